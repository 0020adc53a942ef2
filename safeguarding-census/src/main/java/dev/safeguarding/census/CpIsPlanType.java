package dev.safeguarding.census;

import java.util.Objects;

/**
 * The three kinds of plan that Child Protection – Information Sharing (CP-IS) tells NHS unscheduled care
 * about, with the codes a vendor sends for each: a child protection plan, a looked-after child, and an
 * unborn child subject to a child protection plan (held against the mother). "Cohort: child protection
 * plans, looked-after children, and 'pregnant women with an Unborn Child Protection Plan (UCPP)'."
 *
 * <p>Two codings exist, and each constant carries both:
 * <ul>
 *   <li>{@link #snomedCode()}: the UK SNOMED CT concept of NHS England's value set
 *       <i>England-ChildProtectionPlan</i> ({@value #CHILD_PROTECTION_PLAN_VALUE_SET}, draft, version
 *       1.0.0, 2023-08-18), "UK SNOMED CT codes indicating the type of Child Protection Plan that is in
 *       place", which CP-IS applications "SHALL use ... in CareTeam.category" (the FHIR R4 API that NHS
 *       consumers call);</li>
 *   <li>{@link #observationTypeCode()}: the plan type of the local authority's HL7 V3 upload, a local
 *       vocabulary, not SNOMED: {@code CP-ISObservationType} (OID {@value #OBSERVATION_TYPE_OID}), whose
 *       codes {@code CPPI}, {@code LACI} and {@code UCPI} also appear in {@code CarePlan.category} of the
 *       2021 draft FHIR guide.</li>
 * </ul>
 * Also found, and kept as constants rather than as a fourth kind of plan: the Digital Child Health "Legal
 * Information" event's alternative code for a child protection plan,
 * {@value #DIGITAL_CHILD_HEALTH_CHILD_PROTECTION_PLAN_CODE}, and the code of the NHS Patient flags API's
 * CP-IS flag, {@value #CP_IS_FLAG_CODE} "Child protection finding (finding)" (draft, sandbox).
 *
 * <p>The census holds child protection plans only: a census child's plan is {@link #CHILD_PROTECTION_PLAN},
 * or {@link #UNBORN_CHILD_PROTECTION_PLAN} while the child is unborn ({@link #forChildProtectionPlanOf}).
 * Looked-after children are returned in the SSDA903 collection, not the census.
 *
 * <p>Licence: the value set is Apache-2.0; the SNOMED CT concepts are licensed terminology (implementers
 * need the appropriate SNOMED CT affiliate licence). The library's research ({@code
 * docs/national-data-standards.md}) did not establish whether shipping
 * three concept identifiers and their displays needs a licence outside the UK.
 *
 * <p>Sources: NHS England FHIR implementation guide, {@code ValueSet-England-ChildProtectionPlan.xml}
 * (S8); the 2021 draft CP-IS FHIR guide, {@code CodeSystem-CPIS-ObservationType.xml} (S9); NHS Digital,
 * <i>CP-IS Domain Message Specification v1.0 RC5 Patch B</i> (P7); the sandbox value set
 * {@code CPIS-FlagCode} (S10); Digital Child Health STU3, "Legal Information" (P4); NHS Digital, <i>Child
 * Protection - Information Sharing HL7 V3 API</i> (P6); as gathered in {@code
 * docs/national-data-standards.md}, "CP-IS".
 */
public enum CpIsPlanType {

    /** A child protection plan: SNOMED CT {@code 342191000000101} "Subject to child protection plan"; {@code CPPI}. */
    CHILD_PROTECTION_PLAN("342191000000101", "Subject to child protection plan", "CPPI",
            "Child Protection Plan Information"),

    /** A looked-after child: SNOMED CT {@code 764841000000100} "Looked after child"; {@code LACI}. */
    LOOKED_AFTER_CHILD("764841000000100", "Looked after child", "LACI", "Looked After Child Information"),

    /**
     * An unborn child subject to a child protection plan, held against the pregnant mother: SNOMED CT
     * {@code 818901000000100} "Unborn child subject to child protection plan"; {@code UCPI}.
     */
    UNBORN_CHILD_PROTECTION_PLAN("818901000000100", "Unborn child subject to child protection plan", "UCPI",
            "Unborn Child Plan Information");

    /** The FHIR system of SNOMED CT codes. */
    public static final String SNOMED_CT_SYSTEM = "http://snomed.info/sct";

    /** NHS England's value set of the three SNOMED CT plan codes (S8). */
    public static final String CHILD_PROTECTION_PLAN_VALUE_SET =
            "https://fhir.nhs.uk/England/ValueSet/England-ChildProtectionPlan";

    /** The OID of the CP-IS observation types of the local authority's HL7 V3 upload (P7, S9). */
    public static final String OBSERVATION_TYPE_OID = "2.16.840.1.113883.2.1.3.2.4.17.469";

    /**
     * SNOMED CT {@code 1064311000000109} "Child protection plan": the code of the Digital Child Health
     * "Legal Information" event (P4), an alternative to {@link #CHILD_PROTECTION_PLAN}'s code.
     */
    public static final String DIGITAL_CHILD_HEALTH_CHILD_PROTECTION_PLAN_CODE = "1064311000000109";

    /**
     * SNOMED CT {@code 224353004} "Child protection finding (finding)": the code of the CP-IS flag of the NHS
     * Patient flags API (draft value set {@code CPIS-FlagCode}, v0.1.0, 2024-02-14; S10, P8).
     */
    public static final String CP_IS_FLAG_CODE = "224353004";

    private final String snomedCode;
    private final String snomedDisplay;
    private final String observationTypeCode;
    private final String observationTypeLabel;

    CpIsPlanType(String snomedCode, String snomedDisplay, String observationTypeCode, String observationTypeLabel) {
        this.snomedCode = snomedCode;
        this.snomedDisplay = snomedDisplay;
        this.observationTypeCode = observationTypeCode;
        this.observationTypeLabel = observationTypeLabel;
    }

    /** The UK SNOMED CT concept identifier, for {@code CareTeam.category} (S8). */
    public String snomedCode() {
        return snomedCode;
    }

    /** The SNOMED CT display as the value set gives it, for example "Looked after child". */
    public String snomedDisplay() {
        return snomedDisplay;
    }

    /** The CP-IS observation type of the HL7 V3 upload: {@code CPPI}, {@code LACI} or {@code UCPI} (S9). */
    public String observationTypeCode() {
        return observationTypeCode;
    }

    /** The observation type's display, for example "Child Protection Plan Information" (S9). */
    public String observationTypeLabel() {
        return observationTypeLabel;
    }

    /**
     * The CP-IS plan type of a census child's child protection plan: {@link #UNBORN_CHILD_PROTECTION_PLAN}
     * while the child is unborn (an {@code <ExpectedPersonBirthDate>} and no {@code <PersonBirthDate>}),
     * otherwise {@link #CHILD_PROTECTION_PLAN}. Whether the child was unborn when the plan started is not in
     * the census; this is the plan type as the return stands (the library's reading).
     */
    public static CpIsPlanType forChildProtectionPlanOf(CensusChild child) {
        Objects.requireNonNull(child, "child");
        boolean unborn = child.identifiers()
                .map(ids -> ids.personBirthDate().isEmpty() && ids.expectedPersonBirthDate().isPresent())
                .orElse(false);
        return unborn ? UNBORN_CHILD_PROTECTION_PLAN : CHILD_PROTECTION_PLAN;
    }
}
