package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The child's ethnicity, {@code <Ethnicity>} (N00177).
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code ethnicitytype}; the validator's rule 4220 (S1).
 *
 * <p>Valid in every collection year the library knows (2022-23 to 2026-27) unless a constant says
 * otherwise: the validator's 2022-23 to 2025-26 rule sets accept the same list, and the 2026-27 list was
 * not found, so the library's reading carries the 2025-26 list forward.
 */
public enum Ethnicity implements CensusCode {

    /**
     * {@code WBRI}: White British
     */
    WHITE_BRITISH("WBRI", "White British", Codes.allYears()),

    /**
     * {@code WIRI}: White Irish
     */
    WHITE_IRISH("WIRI", "White Irish", Codes.allYears()),

    /**
     * {@code WIRT}: Traveller of Irish heritage
     */
    TRAVELLER_OF_IRISH_HERITAGE("WIRT", "Traveller of Irish heritage", Codes.allYears()),

    /**
     * {@code WOTH}: Any other White background
     */
    ANY_OTHER_WHITE_BACKGROUND("WOTH", "Any other White background", Codes.allYears()),

    /**
     * {@code WROM}: Gypsy/Roma
     */
    GYPSY_ROMA("WROM", "Gypsy/Roma", Codes.allYears()),

    /**
     * {@code MWBC}: White and Black Caribbean
     */
    WHITE_AND_BLACK_CARIBBEAN("MWBC", "White and Black Caribbean", Codes.allYears()),

    /**
     * {@code MWBA}: White and Black African
     */
    WHITE_AND_BLACK_AFRICAN("MWBA", "White and Black African", Codes.allYears()),

    /**
     * {@code MWAS}: White and Asian
     */
    WHITE_AND_ASIAN("MWAS", "White and Asian", Codes.allYears()),

    /**
     * {@code MOTH}: Any other mixed background
     */
    ANY_OTHER_MIXED_BACKGROUND("MOTH", "Any other mixed background", Codes.allYears()),

    /**
     * {@code AIND}: Indian
     */
    INDIAN("AIND", "Indian", Codes.allYears()),

    /**
     * {@code APKN}: Pakistani
     */
    PAKISTANI("APKN", "Pakistani", Codes.allYears()),

    /**
     * {@code ABAN}: Bangladeshi
     */
    BANGLADESHI("ABAN", "Bangladeshi", Codes.allYears()),

    /**
     * {@code AOTH}: Any other Asian background
     */
    ANY_OTHER_ASIAN_BACKGROUND("AOTH", "Any other Asian background", Codes.allYears()),

    /**
     * {@code BCRB}: Caribbean
     */
    CARIBBEAN("BCRB", "Caribbean", Codes.allYears()),

    /**
     * {@code BAFR}: African
     */
    AFRICAN("BAFR", "African", Codes.allYears()),

    /**
     * {@code BOTH}: Any other black background
     */
    ANY_OTHER_BLACK_BACKGROUND("BOTH", "Any other black background", Codes.allYears()),

    /**
     * {@code CHNE}: Chinese
     */
    CHINESE("CHNE", "Chinese", Codes.allYears()),

    /**
     * {@code OOTH}: Any other ethnic group
     */
    ANY_OTHER_ETHNIC_GROUP("OOTH", "Any other ethnic group", Codes.allYears()),

    /**
     * {@code REFU}: Refused
     */
    REFUSED("REFU", "Refused", Codes.allYears()),

    /**
     * {@code NOBT}: Information not yet obtained
     */
    INFORMATION_NOT_YET_OBTAINED("NOBT", "Information not yet obtained", Codes.allYears());

    private static final Map<String, Ethnicity> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    Ethnicity(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<Ethnicity> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <Ethnicity>}. */
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
