package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A disability of the child, {@code <Disability>} (N00099) within {@code <Disabilities>}.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code disabilitytype}; the validator's rule 8540 (S1).
 * Rules on the list: 8790 ({@code NONE} not with others), 8794 (no duplicates), 2887Q and 2888Q.
 *
 * <p>Valid in every collection year the library knows (2022-23 to 2026-27) unless a constant says
 * otherwise: the validator's 2022-23 to 2025-26 rule sets accept the same list, and the 2026-27 list was
 * not found, so the library's reading carries the 2025-26 list forward.
 */
public enum Disability implements CensusCode {

    /**
     * {@code NONE}: No disability
     */
    NONE("NONE", "No disability", Codes.allYears()),

    /**
     * {@code MOB}: Mobility
     */
    MOBILITY("MOB", "Mobility", Codes.allYears()),

    /**
     * {@code HAND}: Hand function
     */
    HAND_FUNCTION("HAND", "Hand function", Codes.allYears()),

    /**
     * {@code PC}: Personal care
     */
    PERSONAL_CARE("PC", "Personal care", Codes.allYears()),

    /**
     * {@code INC}: Incontinence
     */
    INCONTINENCE("INC", "Incontinence", Codes.allYears()),

    /**
     * {@code COMM}: Communication
     */
    COMMUNICATION("COMM", "Communication", Codes.allYears()),

    /**
     * {@code LD}: Learning
     */
    LEARNING("LD", "Learning", Codes.allYears()),

    /**
     * {@code HEAR}: Hearing
     */
    HEARING("HEAR", "Hearing", Codes.allYears()),

    /**
     * {@code VIS}: Vision
     */
    VISION("VIS", "Vision", Codes.allYears()),

    /**
     * {@code BEH}: Behaviour
     */
    BEHAVIOUR("BEH", "Behaviour", Codes.allYears()),

    /**
     * {@code CON}: Consciousness
     */
    CONSCIOUSNESS("CON", "Consciousness", Codes.allYears()),

    /**
     * {@code AUT}: Autism SSD wording (S6): "Diagnosed with autism or Asperger's syndrome".
     */
    AUTISM("AUT", "Autism", Codes.allYears()),

    /**
     * {@code DDA}: Other SSD wording (S6): "Disabled under DDA but not in defined categories".
     */
    OTHER("DDA", "Other", Codes.allYears());

    private static final Map<String, Disability> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    Disability(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<Disability> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <Disability>}. */
    @Override
    public String code() {
        return code;
    }

    /** The label, verbatim from the source named on the type. */
    public String label() {
        return label;
    }

    @Override
    public Set<CollectionYear> collectionYears() {
        return collectionYears;
    }
}
