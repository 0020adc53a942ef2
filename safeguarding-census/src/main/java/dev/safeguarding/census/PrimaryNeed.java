package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The child's primary need, {@code <PrimaryNeedCode>} (N00101) of a CIN episode. "If there is difficulty
 * choosing between two or more categories of need, choose the category that comes highest up in the
 * table" (the DfE definitions as carried by SSD {@code ssd_cin_episodes.yml}, S6).
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code primaryneedcodetype}; the validator's rule 8650
 * accepts N0 to N9 (S1).
 *
 * <p>Valid in every collection year the library knows (2022-23 to 2026-27) unless a constant says
 * otherwise: the validator's 2022-23 to 2025-26 rule sets accept the same list, and the 2026-27 list was
 * not found, so the library's reading carries the 2025-26 list forward.
 */
public enum PrimaryNeed implements CensusCode {

    /**
     * {@code N1}: Abuse or neglect
     */
    ABUSE_OR_NEGLECT("N1", "Abuse or neglect", Codes.allYears()),

    /**
     * {@code N2}: Child's disability
     */
    CHILDS_DISABILITY("N2", "Child's disability", Codes.allYears()),

    /**
     * {@code N3}: Parental disability or illness
     */
    PARENTAL_DISABILITY_OR_ILLNESS("N3", "Parental disability or illness", Codes.allYears()),

    /**
     * {@code N4}: Family in acute stress
     */
    FAMILY_IN_ACUTE_STRESS("N4", "Family in acute stress", Codes.allYears()),

    /**
     * {@code N5}: Family dysfunction
     */
    FAMILY_DYSFUNCTION("N5", "Family dysfunction", Codes.allYears()),

    /**
     * {@code N6}: Socially unacceptable behaviour
     */
    SOCIALLY_UNACCEPTABLE_BEHAVIOUR("N6", "Socially unacceptable behaviour", Codes.allYears()),

    /**
     * {@code N7}: Low income
     */
    LOW_INCOME("N7", "Low income", Codes.allYears()),

    /**
     * {@code N8}: Absent parenting
     */
    ABSENT_PARENTING("N8", "Absent parenting", Codes.allYears()),

    /**
     * {@code N9}: Cases other than children in need
     */
    CASES_OTHER_THAN_CHILDREN_IN_NEED("N9", "Cases other than children in need", Codes.allYears()),

    /**
     * {@code N0}: Not stated
     */
    NOT_STATED("N0", "Not stated", Codes.allYears());

    private static final Map<String, PrimaryNeed> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    PrimaryNeed(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<PrimaryNeed> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <PrimaryNeedCode>}. */
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
