package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Why a CIN episode closed, {@code <ReasonForClosure>}.
 *
 * <p>Source: S2 {@code cin_census/*.xsd}, {@code reasonforclosuretype} ({@code RC9} from the S2 2023
 * schema); the validator's rule 8640 accepts RC1 to RC9 (S1).
 *
 * <p>Valid in every collection year the library knows (2022-23 to 2026-27) unless a constant says
 * otherwise: the validator's 2022-23 to 2025-26 rule sets accept the same list, and the 2026-27 list was
 * not found, so the library's reading carries the 2025-26 list forward.
 */
public enum ReasonForClosure implements CensusCode {

    /**
     * {@code RC1}: Adopted
     */
    ADOPTED("RC1", "Adopted", Codes.allYears()),

    /**
     * {@code RC2}: Died
     */
    DIED("RC2", "Died", Codes.allYears()),

    /**
     * {@code RC3}: Child arrangements order
     */
    CHILD_ARRANGEMENTS_ORDER("RC3", "Child arrangements order", Codes.allYears()),

    /**
     * {@code RC4}: Special guardianship order
     */
    SPECIAL_GUARDIANSHIP_ORDER("RC4", "Special guardianship order", Codes.allYears()),

    /**
     * {@code RC5}: Transferred to services of another local authority
     */
    TRANSFERRED_TO_ANOTHER_LOCAL_AUTHORITY("RC5", "Transferred to services of another local authority", Codes.allYears()),

    /**
     * {@code RC6}: Transferred to adult social care services
     */
    TRANSFERRED_TO_ADULT_SOCIAL_CARE("RC6", "Transferred to adult social care services", Codes.allYears()),

    /**
     * {@code RC7}: Services ceased for any other reason, including child no longer in need
     */
    SERVICES_CEASED("RC7", "Services ceased for any other reason, including child no longer in need", Codes.allYears()),

    /**
     * {@code RC8}: Case closed after assessment, no further action
     */
    CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION("RC8", "Case closed after assessment, no further action", Codes.allYears()),

    /**
     * {@code RC9}: Case closed after assessment, referred to early help Added in the S2 2023 schema;
     * accepted by every rule set of the validator.
     */
    CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP("RC9", "Case closed after assessment, referred to early help", Codes.allYears());

    private static final Map<String, ReasonForClosure> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    ReasonForClosure(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<ReasonForClosure> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <ReasonForClosure>}. */
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
