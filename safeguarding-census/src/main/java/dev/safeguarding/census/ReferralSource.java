package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The source of a referral, {@code <ReferralSource>} (N00152) of a CIN episode.
 *
 * <p>Source: S2 {@code liia-tools}, {@code cin_census/cin-2022.xsd}, {@code referralsourcetype} (labels
 * verbatim, including S2's dashes; {@code 5D} from the S2 2023 schema, where its label begins with a stray
 * parenthesis, kept here); the validator's rule 8866 accepts exactly these 22 codes (S1). Newer wording
 * (SSD {@code contact_source.yml}, S6) is noted on the constants it changes.
 *
 * <p>Valid in every collection year the library knows (2022-23 to 2026-27) unless a constant says
 * otherwise: the validator's 2022-23 to 2025-26 rule sets accept the same list, and the 2026-27 list was
 * not found, so the library's reading carries the 2025-26 list forward.
 */
public enum ReferralSource implements CensusCode {

    /**
     * {@code 1A}: INDIVIDUAL – family member, relative or carer
     */
    INDIVIDUAL_FAMILY_MEMBER("1A", "INDIVIDUAL – family member, relative or carer", Codes.allYears()),

    /**
     * {@code 1B}: INDIVIDUAL – acquaintance (including neighbours and child minders)
     */
    INDIVIDUAL_ACQUAINTANCE("1B", "INDIVIDUAL – acquaintance (including neighbours and child minders)", Codes.allYears()),

    /**
     * {@code 1C}: INDIVIDUAL – self
     */
    INDIVIDUAL_SELF("1C", "INDIVIDUAL – self", Codes.allYears()),

    /**
     * {@code 1D}: INDIVIDUAL – other (including strangers) SSD wording: "INDIVIDUAL - other (including
     * strangers or Members of Parliament (MPs))".
     */
    INDIVIDUAL_OTHER("1D", "INDIVIDUAL – other (including strangers)", Codes.allYears()),

    /**
     * {@code 2A}: SCHOOLS
     */
    SCHOOLS("2A", "SCHOOLS", Codes.allYears()),

    /**
     * {@code 2B}: EDUCATION SERVICES
     */
    EDUCATION_SERVICES("2B", "EDUCATION SERVICES", Codes.allYears()),

    /**
     * {@code 3A}: HEALTH SERVICES – general practitioner (GP)
     */
    HEALTH_GENERAL_PRACTITIONER("3A", "HEALTH SERVICES – general practitioner (GP)", Codes.allYears()),

    /**
     * {@code 3B}: HEALTH SERVICES – health visitor
     */
    HEALTH_VISITOR("3B", "HEALTH SERVICES – health visitor", Codes.allYears()),

    /**
     * {@code 3C}: HEALTH SERVICES – school nurse
     */
    HEALTH_SCHOOL_NURSE("3C", "HEALTH SERVICES – school nurse", Codes.allYears()),

    /**
     * {@code 3D}: HEALTH SERVICES – other primary health services
     */
    HEALTH_OTHER_PRIMARY("3D", "HEALTH SERVICES – other primary health services", Codes.allYears()),

    /**
     * {@code 3E}: HEALTH SERVICES – A&amp;E (accident and emergency department)
     */
    HEALTH_ACCIDENT_AND_EMERGENCY("3E", "HEALTH SERVICES – A&E (accident and emergency department)", Codes.allYears()),

    /**
     * {@code 3F}: HEALTH SERVICES – other (for example hospice)
     */
    HEALTH_OTHER("3F", "HEALTH SERVICES – other (for example hospice)", Codes.allYears()),

    /**
     * {@code 4}: HOUSING - local authority housing or housing association
     */
    HOUSING("4", "HOUSING - local authority housing or housing association", Codes.allYears()),

    /**
     * {@code 5A}: LA SERVICES – social care for example adults social care services
     */
    LA_SOCIAL_CARE("5A", "LA SERVICES – social care for example adults social care services", Codes.allYears()),

    /**
     * {@code 5B}: LA SERVICES – other internal (department other than social care in local authorities,
     * for example, youth offending (excluding housing)) SSD wording: "LA SERVICES - other internal
     * services, not including social care or early help".
     */
    LA_OTHER_INTERNAL("5B", "LA SERVICES – other internal (department other than social care in local authorities, for example, youth offending (excluding housing))", Codes.allYears()),

    /**
     * {@code 5C}: LA SERVICES – external, for example, from another local authority’s adults social care
     * services SSD wording: "LA SERVICES - external, from another local authority’s services, for example
     * social care or early help".
     */
    LA_EXTERNAL("5C", "LA SERVICES – external, for example, from another local authority’s adults social care services", Codes.allYears()),

    /**
     * {@code 5D}: (LA SERVICES – early help SSD wording: "LA SERVICES - early help". Added in the S2 2023
     * schema; accepted by every rule set of the validator.
     */
    LA_EARLY_HELP("5D", "(LA SERVICES – early help", Codes.allYears()),

    /**
     * {@code 6}: POLICE
     */
    POLICE("6", "POLICE", Codes.allYears()),

    /**
     * {@code 7}: OTHER LEGAL AGENCY – including courts, probation, immigration, CAFCASS (Children and
     * Family Court Advisory and Support Service) or prison
     */
    OTHER_LEGAL_AGENCY("7", "OTHER LEGAL AGENCY – including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison", Codes.allYears()),

    /**
     * {@code 8}: OTHER – including children’s centres, independent agency providers or voluntary
     * organisations
     */
    OTHER("8", "OTHER – including children’s centres, independent agency providers or voluntary organisations", Codes.allYears()),

    /**
     * {@code 9}: ANONYMOUS
     */
    ANONYMOUS("9", "ANONYMOUS", Codes.allYears()),

    /**
     * {@code 10}: UNKNOWN
     */
    UNKNOWN("10", "UNKNOWN", Codes.allYears());

    private static final Map<String, ReferralSource> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    ReferralSource(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<ReferralSource> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <ReferralSource>}. */
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
