package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The category of abuse of a child protection plan, {@code <InitialCategoryOfAbuse>} (N00113) and
 * {@code <LatestCategoryOfAbuse>} (N00114).
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code categoryofabuse}; the validator's rules 8905 and
 * 8910 (S1).
 *
 * <p>Valid in every collection year the library knows (2022-23 to 2026-27) unless a constant says
 * otherwise: the validator's 2022-23 to 2025-26 rule sets accept the same list, and the 2026-27 list was
 * not found, so the library's reading carries the 2025-26 list forward.
 */
public enum CategoryOfAbuse implements CensusCode {

    /**
     * {@code NEG}: Neglect
     */
    NEGLECT("NEG", "Neglect", Codes.allYears()),

    /**
     * {@code PHY}: Physical abuse
     */
    PHYSICAL_ABUSE("PHY", "Physical abuse", Codes.allYears()),

    /**
     * {@code SAB}: Sexual abuse
     */
    SEXUAL_ABUSE("SAB", "Sexual abuse", Codes.allYears()),

    /**
     * {@code EMO}: Emotional abuse
     */
    EMOTIONAL_ABUSE("EMO", "Emotional abuse", Codes.allYears()),

    /**
     * {@code MUL}: Multiple/not recommended
     */
    MULTIPLE("MUL", "Multiple/not recommended", Codes.allYears());

    private static final Map<String, CategoryOfAbuse> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    CategoryOfAbuse(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<CategoryOfAbuse> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <InitialCategoryOfAbuse>}. */
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
