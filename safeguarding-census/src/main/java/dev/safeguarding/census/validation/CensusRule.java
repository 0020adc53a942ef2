package dev.safeguarding.census.validation;

import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the Children in Need census that the library's {@link CensusValidator} checks: each with
 * its code, whether it is an error or a query (codes ending in {@code Q} are queries), its message and the
 * collection years in which it applies. The constant's Javadoc quotes the rule's text ("Rule details").
 *
 * <p>Source: the DfE's validation rules for the <i>Children in need census 2025 to 2026</i>, as implemented
 * by Data to Insight's reference validator (S1, {@code csc-validator-be-cin}, MIT, source of 2026-05-01,
 * commit {@code 1bf6f22}): rule sets {@code cin2022_23} (the base), {@code cin2023_24} and
 * {@code cin2024_25} (new and changed rules) and {@code cin2025_26} (no changes). Messages are the
 * validator's, verbatim (one leading space dropped from 8898's). Where the reference behaves differently
 * from its rule's text (docs/national-data-standards.md, known defects), the constant or the rule's class
 * says so and which the library
 * follows.
 */
public enum CensusRule {

    /**
     * 100.
     */
    R100("100", CollectionYear.first(), "Reference Date is incorrect"),

    /**
     * 1103.
     */
    R1103("1103", CollectionYear.first(), "The assessment start date cannot be before the referral date"),

    /**
     * 1104.
     */
    R1104("1104", CollectionYear.first(), "The date of the initial child protection conference cannot be before the referral date"),

    /**
     * 1105: "Where present, the {@code <CPPStartDate>} (N00105) must be on or after the {@code
     * <CINReferralDate>} (N00100)"
     */
    R1105("1105", CollectionYear.first(), "The child protection plan start date cannot be before the referral date"),

    /**
     * 1510.
     */
    R1510("1510", CollectionYear.first(), "UPN invalid (wrong check letter at character 1)"),

    /**
     * 1520: "Each pupil {@code <UPN>} (N00001) must be unique across all pupils in the extract. Note: This
     * rule should be evaluated at LA-level for imported data"
     */
    R1520("1520", CollectionYear.first(), "More than one record with the same UPN."),

    /**
     * 1530: "If {@code <UPN>} (N00001) present then characters 2-4 of {@code <UPN>} must be a valid post April
     * 1998 LA code or a recognised ‘pseudo LA’ code". Its list of codes gained 942 and 943 in 2023-24 (S1
     * {@code cin2023_24/rule_1530.py}).
     */
    R1530("1530", "UPN invalid (characters 2-4 not a recognised LA code)",
            "UPN invalid (characters 2-4 not a recognised LA code)"),

    /**
     * 1540: "If {@code <UPN>} (N00001) present Characters 5-12 of {@code <UPN>} must be numeric"
     */
    R1540("1540", CollectionYear.first(), "UPN invalid (characters 5-12 not all numeric)"),

    /**
     * 1550: "if {@code <UPN>} (N00001)) present Character 13 of {@code <UPN>} must be numeric or A-Z
     * omitting I, O and S"
     */
    R1550("1550", CollectionYear.first(), "UPN invalid (character 13 not a recognised value)"),

    /**
     * 1560Q: "{@code <FormerUPN>} (N00002) where present should be in the correct format, as specified in
     * the data table"
     */
    R1560Q("1560Q", CollectionYear.first(), "Please check and either amend or provide a reason: Former UPN wrongly formatted"),

    /**
     * 2883: "Within a Local Authority, count the number of {@code <CPPStartDate>} (N00105) where a date is
     * present and within [Period_of_Census]. This value should be less than or equal to the sum of: a) the
     * count of {@code <DateOfInitialCPC>} (N00110) on CIN Details module where a date is present and
     * within [Period_of_Census], plus b) the count of {@code <DateOfInitialCPC>} on the S47 module where a
     * date is present and within [Period_of_Census]."
     */
    R2883("2883", CollectionYear.first(), "There are more child protection plans starting than initial conferences taking place"),

    /**
     * 2884.
     *
     * <p>Like the reference, compares the episode's date with the enquiries of all the child's episodes.
     */
    R2884("2884", CollectionYear.first(), "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one"),

    /**
     * 2885.
     */
    R2885("2885", CollectionYear.first(), "Child protection plan shown as starting a different day to the initial child protection conference."),

    /**
     * 2886Q: "The sum of: the number of child records where {@code <GenderCurrent>} (N00065) is equal to
     * zero or missing, and the {@code <ExpectedPersonBirthDate>} (N00098) is equal to missing, divided by
     * the total number of"
     * Its message changed in cin2024_25 (S1 {@code cin2024_25/rule_2886Q.py}).
     */
    R2886Q("2886Q", "Please check and either amend or provide a reason: Percentage of children with no gender recorded is more than 2% (excluding unborns)",
            "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)"),

    /**
     * 2887Q: "Excluding children where {@code <Disability>} (N00099) is ‘NONE’, the number of different
     * disability codes used by a LA should be more than 7."
     */
    R2887Q("2887Q", CollectionYear.first(), "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return"),

    /**
     * 2888Q: "Excluding children where {@code <Disability>} (N00099) is ‘NONE’, within a local authority,
     * one or more children should have more than one disability recorded."
     */
    R2888Q("2888Q", CollectionYear.first(), "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible."),

    /**
     * 2889.
     */
    R2889("2889", CollectionYear.first(), "The S47 start date cannot be before the referral date."),

    /**
     * 2990: "If a {@code <CINDetails>} module has {@code <ReasonForClosure>} (N00103) = RC8 or RC9, then
     * it cannot have any of the following modules: {@code <Section47>} module {@code
     * <ChildProtectionPlan>} module {@code <DateofInitialCPC>} (N00110) within the {@code <CINDetails>}
     * module"
     */
    R2990("2990", CollectionYear.first(), "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'."),

    /**
     * 2991Q: "If {@code <Section47>} module is present then {@code <Assessment>} module should be
     * present."
     */
    R2991Q("2991Q", CollectionYear.first(), "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode"),

    /**
     * 4000.
     */
    R4000("4000", CollectionYear.first(), "CIN Plan details provided for a referral with no further action"),

    /**
     * 4001: "If a {@code <CINDetails>} module has a {@code <ChildProtectionPlan>} module present with no
     * {@code <CPPendDate>} (N00115) - then a {@code <CINPlanDates>} module with no {@code
     * <CINPlanEndDate>} (N00690) must not be present"
     */
    R4001("4001", CollectionYear.first(), "A CIN Plan cannot run concurrently with a Child Protection Plan"),

    /**
     * 4003: "Within a {@code <CINDetails>} module, no {@code <CPPReviewDate>} (N00116) can fall between
     * any {@code <CINPlanStartdate>} (N00689) or {@code <CINPlanEndDate>} (N00690) unless {@code
     * <CPPReviewDate>} is equal to {@code <CPPendDate>} (N00115)"
     */
    R4003("4003", CollectionYear.first(), "A CPP review date is shown as being held at the same time as an open CIN Plan."),

    /**
     * 4004: "Within a {@code <CINDetails>} module, there must be only one {@code <CINplanDates>} group
     * where the &lt;CINPlanEnd Date&gt; (N00690) is missing"
     */
    R4004("4004", CollectionYear.first(), "This child is showing more than one open CIN Plan, i.e. with no End Date"),

    /**
     * 4008.
     */
    R4008("4008", CollectionYear.first(), "CIN Plan shown as starting after the child’s Date of Death."),

    /**
     * 4009Q.
     */
    R4009Q("4009Q", CollectionYear.first(), "CIN Plan cannot end after the child’s Date of Death"),

    /**
     * 4010.
     */
    R4010("4010", CollectionYear.first(), "CIN Plan start date is missing or out of data collection period"),

    /**
     * 4011.
     */
    R4011("4011", CollectionYear.first(), "CIN Plan End Date earlier than Start Date"),

    /**
     * 4012Q.
     */
    R4012Q("4012Q", CollectionYear.first(), "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day"),

    /**
     * 4013.
     */
    R4013("4013", CollectionYear.first(), "CIN Plan end date must fall within the census year"),

    /**
     * 4014: "Where more than one {@code <CINplanDates>} group is included, the {@code <CINPlanStartDate>}
     * (N00105) of each group cannot fall within either: a) {@code <CINPlanStartDate>} (N00105) to {@code
     * <CINPlanEndDate>} (N00115), or b) {@code <CINPlanStartDate>} (N00105) and {@code <ReferenceDate>} if
     * {@code <CINPlanEndDate>} (N00115) is not present"
     */
    R4014("4014", CollectionYear.first(), "CIN Plan data contains overlapping dates"),

    /**
     * 4015.
     */
    R4015("4015", CollectionYear.first(), "The CIN Plan start date cannot be before the referral date"),

    /**
     * 4016: "The {@code <CINPlanStartDate>} (N00689) for any CIN Plan group cannot fall within either:
     * {@code <CPPstartDate>} (N00105) or {@code <CPPendDate>} (N00115); or {@code <CPPstartDate>} and
     * {@code <ReferenceDate>} (N00603) if {@code <CPPendDate>} is not present - for any CPP group; unless
     * {@code <CINPlanStartDate>} is equal to {@code <CPPendDate>} for this group"
     */
    R4016("4016", CollectionYear.first(), "A CIN Plan has been reported as open at the same time as a Child Protection Plan."),

    /**
     * 4017: "The {@code <CPPstartDate>} (N00105) for any CPP group cannot fall within either: {@code
     * <CINPlanStartDate>} (N00689) or {@code <CINPlanEndDate>} (N00690); or {@code <CINPlanStartDate>} and
     * {@code <ReferenceDate>} (N00603) if {@code <CINPlanEndDate>} is not present - for any CIN Plan
     * Group; unless {@code <CCPstartDate>} is equal to {@code <CINPlanEndDate>} for this group."
     */
    R4017("4017", CollectionYear.first(), "A CIN Plan has been reported as open at the same time as a Child Protection Plan."),

    /**
     * 4180.
     * Its message changed in cin2024_25 (S1 {@code cin2024_25/rule_4180.py}).
     */
    R4180("4180", "Gender is missing",
            "Sex must be provided and equal M, F, or U"),

    /**
     * 4220.
     */
    R4220("4220", CollectionYear.first(), "Ethnicity is missing or invalid (see Ethnicity table)"),

    /**
     * 8500.
     */
    R8500("8500", CollectionYear.first(), "LA Child ID missing"),

    /**
     * 8510: "Each {@code <LAchildID>} (N00097) must be unique across all children within the same LA
     * return."
     */
    R8510("8510", CollectionYear.first(), "More than one child record with the same LA Child ID"),

    /**
     * 8520.
     */
    R8520("8520", CollectionYear.first(), "Date of Birth is after data collection period (must be on or before the end of the census period)"),

    /**
     * 8525Q.
     */
    R8525Q("8525Q", CollectionYear.first(), "Either Date of Birth or Expected Date of Birth must be provided (but not both)"),

    /**
     * 8530Q: "If present {@code <ExpectedPersonBirthDate>} (N00098) should be between [{@code
     * <ReferenceDate>} (N00603) minus 30 days] and [{@code <ReferenceDate>} (N00603) plus 9 months]"
     */
    R8530Q("8530Q", CollectionYear.first(), "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)"),

    /**
     * 8535Q.
     */
    R8535Q("8535Q", CollectionYear.first(), "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth"),

    /**
     * 8540: "If {@code <PersonBirthDate>} (N00066) is present and at least one {@code <ReferralNFA>}
     * (N00112) is false or 0, then one or more instances of {@code <Disability>} (N00099) must be
     * present,"
     *
     * <p>The reference never reports it (its issue table names the row column {@code ROW_ID_x}; {@code
     * docs/national-data-standards.md}, known defects); the library reports what the rule says, at {@code
     * <Disabilities>}.
     */
    R8540("8540", CollectionYear.first(), "Child’s disability is missing or invalid (see Disability table)"),

    /**
     * 8545Q.
     */
    R8545Q("8545Q", CollectionYear.first(), "Please check and either amend data or provide a reason: Child's date of death should be within the census year"),

    /**
     * 8555Q: "If {@code <PersonDeathDate>} (N00108) is present, then the {@code <CINreferralDate>}
     * (N00100) must be on or before the {@code <PersonDeathDate>} (N00108)"
     */
    R8555Q("8555Q", CollectionYear.first(), "Child cannot be referred after its recorded date of death"),

    /**
     * 8565: "If {@code <CINclosureDate>} (N00102) is present then it must be on or after all of the
     * following dates that are present: {@code <AssessmentActualStartDate>} (N00159) {@code
     * <AssessmentAuthorisationDate>}(N00160) {@code <S47ActualStartDate>} (N00148) {@code
     * <DateOfInitialCPC>} (N00110) {@code <CPPendDate>} (N00115) {@code <CINPlanStartDate>} (N00689)
     * {@code <CINPlanEndDate>} (N00690)"
     *
     * <p>The reference can raise and report nothing, and checks "plan ends after closure" on a hard-coded
     * table (docs/national-data-standards.md, known defects); the library checks the listed dates of the
     * episode against its closure date.
     */
    R8565("8565", CollectionYear.first(), "Activity shown after a case has been closed"),

    /**
     * 8568.
     */
    R8568("8568", CollectionYear.first(), "RNFA flag is missing or invalid"),

    /**
     * 8569Q.
     *
     * <p>Computed as the reference computes it: "collection start minus 1 working day" is
     * {@code CustomBusinessDay(n=0)}, which leaves a working day where it is and rolls a non-working one
     * forward, so it is in effect "before the census start (or the first working day on or after it)": for
     * 2024-25 (1 April 2024, Easter Monday) a no-further-action referral on 1 April 2024 is queried, for 2023-24
     * (1 April 2023, a Saturday) one on 1 April 2023. {@code CountingConvention.INCLUSIVE} has no counterpart: one
     * working day counted inclusively from a working day is that day, i.e. also no offset. A referral is "no
     * further action" unless {@code <ReferralNFA>} is false (a missing flag is queried, as in the reference).
     */
    R8569Q("8569Q", CollectionYear.first(), "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case"),

    /**
     * 8585Q: "If {@code <ReasonForClosure>} (N00103) = RC2 (Died) then a valid {@code <PersonDeathDate>}
     * (N00108) must be present."
     */
    R8585Q("8585Q", CollectionYear.first(), "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death"),

    /**
     * 8590.
     */
    R8590("8590", CollectionYear.first(), "Child does not have a recorded CIN episode."),

    /**
     * 8600.
     */
    R8600("8600", CollectionYear.first(), "Child referral date missing or after data collection period"),

    /**
     * 8606: "{@code <CINreferralDate>} (N00100) cannot be more than 280 days before {@code
     * <PersonBirthDate>} (N00066) or {@code <ExpectedPersonBirthDate>} (N00098)"
     */
    R8606("8606", CollectionYear.first(), "Child referral date is more than 40 weeks before DOB or expected DOB"),

    /**
     * 8608.
     */
    R8608("8608", CollectionYear.first(), "Assessment Start Date cannot be later than its End Date"),

    /**
     * 8610.
     */
    R8610("8610", CollectionYear.first(), "Primary Need code is missing for a referral which led to further action."),

    /**
     * 8614.
     */
    R8614("8614", CollectionYear.first(), "Parental or child factors at assessment should only be present for a completed assessment."),

    /**
     * 8615.
     */
    R8615("8615", CollectionYear.first(), "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference"),

    /**
     * 8620.
     */
    R8620("8620", CollectionYear.first(), "CIN Closure Date present and does not fall within the Census year"),

    /**
     * 8630.
     */
    R8630("8630", CollectionYear.first(), "CIN Closure Date is before CIN Referral Date for the same CIN episode"),

    /**
     * 8640.
     */
    R8640("8640", CollectionYear.first(), "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)"),

    /**
     * 8650.
     */
    R8650("8650", CollectionYear.first(), "Primary Need Code invalid (see Primary Need table in CIN census code set)"),

    /**
     * 8670Q: "Where present, within an {@code <Assessments>} group, if {@code
     * <AssessmentAuthorisationDate>} (N00160) is not present then {@code <AssessmentActualStartDate>}
     * (N00159) should not be before the {@code <ReferenceDate>} (N00603) minus 45 working days."
     *
     * <p>Computed as the reference computes it ({@code ReferenceDate - CustomBusinessDay(44)}, see
     * {@code WorkingDayRule}): with a working reference date the start date may be the 45th working day
     * before it counting both ends (31 March 2026: 28 January 2026 passes, 27 January is queried); a weekend
     * start is compared as a raw date (Saturday 28 January 2023 is queried); with a non-working reference date
     * the window is one working day shorter (31 March 2024, a Sunday: 29 January 2024 passes, 28 January is
     * queried). The library's {@code CountingConvention.INCLUSIVE} says the same for a working start and a
     * working reference date (queried exactly when the 45th working day counted inclusively falls before the
     * reference date), but differs for a weekend start (it counts the Monday as day 1: Saturday 28 January
     * 2023 reaches day 45 on 31 March, not overdue) and for a non-working reference date (26 January 2024 reaches
     * day 45 on 28 March, overdue, as the reference says; Sunday 28 January, which the reference queries as a
     * raw date, counts from Monday 29 January and reaches day 45 on 2 April, clear).
     */
    R8670Q("8670Q", CollectionYear.first(), "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date."),

    /**
     * 8675Q.
     *
     * <p>Computed as the reference computes it ({@code ReferenceDate - CustomBusinessDay(14)}): 31 March 2026
     * less 15 working days counting both ends is 11 March 2026 (passes; 10 March is queried); a weekend start is
     * compared as a raw date. {@code CountingConvention.INCLUSIVE} agrees for a working start (11 March 2026 is
     * day 1 of 15 ending on 31 March) and differs for a weekend start just before the boundary, which it counts
     * from the Monday. "Conference required" is {@code <ICPCnotRequired>} false in any of the schema's spellings
     * (the reference: only {@code false} or {@code 0}).
     */
    R8675Q("8675Q", CollectionYear.first(), "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference."),

    /**
     * 8696.
     */
    R8696("8696", CollectionYear.first(), "Assessment end date must fall within the census year"),

    /**
     * 8715.
     */
    R8715("8715", CollectionYear.first(), "Date of Initial Child Protection Conference must fall within the census year"),

    /**
     * 8720.
     */
    R8720("8720", CollectionYear.first(), "Child Protection Plan Start Date missing or out of data collection period"),

    /**
     * 8730.
     */
    R8730("8730", CollectionYear.first(), "Total Number of previous Child Protection Plans missing"),

    /**
     * 8736.
     */
    R8736("8736", CollectionYear.first(), "For an Assessment that has not been completed, the start date must fall within the census year"),

    /**
     * 8740.
     */
    R8740("8740", CollectionYear.first(), "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year"),

    /**
     * 8750.
     * Its message changed in cin2024_25 (S1 {@code cin2024_25/rule_8750.py}).
     */
    R8750("8750", "Gender must equal 0 for an unborn child",
            "Sex must equal U for an unborn child"),

    /**
     * 8770Q: "If {@code <ReferralNFA>} (N00112) = 0 or false and {@code <PersonBirthDate>} (N00066) is
     * earlier than [{@code <ReferenceDate>} (N00603) minus 6 years] then either {@code <UPN>} (N00001) or
     * a valid {@code <UPNunknown>} (N00135) should be present"
     * Its message and its age changed in cin2024_25 (S1 {@code cin2024_25/rule_8770Q.py}): from 2024-25 a
     * child born on or before the "school start date" (the reference date plus four months and 31 days) less
     * six years; a reason other than UN1 ("Child is not of school age") is required.
     */
    R8770Q("8770Q", "Please check and either amend data or provide a reason: UPN or reason UPN missing expected for a child who is more than 5 years old",
            "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age."),

    /**
     * 8772: "If {@code <UPNunknown>} (N00135) is UN7 then all of the CIN details must have {@code
     * <ReferralNFA>} (N00112) = 1 or true"
     */
    R8772("8772", CollectionYear.first(), "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action"),

    /**
     * 8775Q: "{@code <PersonBirthDate>} (N00066) is before ({@code <ReferenceDate>} (N00603) minus 25
     * years) AND {{@code <CINClosureDate>} (N00102) is after ({@code <PersonBirthDate>} plus 25 years) OR
     * {@code <CINClosureDate>} is NULL}"
     */
    R8775Q("8775Q", CollectionYear.first(), "Please check and either amend data or provide a reason: Child is over 25 years old"),

    /**
     * 8790.
     */
    R8790("8790", CollectionYear.first(), "Disability information includes both None and other values"),

    /**
     * 8794.
     */
    R8794("8794", CollectionYear.first(), "Child has two or more disabilities with the same code"),

    /**
     * 8805.
     */
    R8805("8805", CollectionYear.first(), "A CIN case cannot have a CIN closure date without a Reason for Closure"),

    /**
     * 8810.
     */
    R8810("8810", CollectionYear.first(), "A CIN case cannot have a Reason for Closure without a CIN Closure Date"),

    /**
     * 8815.
     */
    R8815("8815", CollectionYear.first(), "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action."),

    /**
     * 8816.
     */
    R8816("8816", CollectionYear.first(), "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode."),

    /**
     * 8820.
     */
    R8820("8820", CollectionYear.first(), "The dates on the CIN episodes for this child overlap"),

    /**
     * 8825Q: "If {@code <ReasonforClosure>} (N00103) = RC8 or RC9 then at least one {@code <Assessments>}
     * module must be present"
     */
    R8825Q("8825Q", CollectionYear.first(), "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode."),

    /**
     * 8831: "If a {@code <CINdetails>} module has {@code <ReferralNFA>} (N00112) = true or 1, then it
     * cannot have any of the following: {@code <AssessmentActualStartDate>} (N00159) {@code
     * <AssessmentAuthorisationDate>} (N00160) {@code <S47ActualStartDate>} (N00148)"
     */
    R8831("8831", CollectionYear.first(), "Activity is recorded against a case marked as a referral with no further action"),

    /**
     * 8832: "If a {@code <CINdetails>} module has {@code <ReferralNFA>} (N00112) = true or 1, then there
     * should be no Child Protection module present Excluding rows with false or 0 {@code <ReferralNFA>} to
     * fix bug where they were flagged as failing any rows found in df_merged are ones where {@code
     * <ReferralNFA>} (N00112) = true or 1 and yet the child existed in the CINdetails table."
     *
     * <p>Reported at each plan of the episode; the reference swaps merge suffixes and reports another row or
     * nothing (docs/national-data-standards.md, known defects).
     */
    R8832("8832", CollectionYear.first(), "Child Protection details provided for a referral with no further action."),

    /**
     * 8839.
     */
    R8839("8839", CollectionYear.first(), "Within one CINDetails group there are 2 or more open S47 Assessments"),

    /**
     * 8840.
     */
    R8840("8840", CollectionYear.first(), "Child Protection Plan cannot start and end on the same day"),

    /**
     * 8841.
     */
    R8841("8841", CollectionYear.first(), "The review date cannot be on the same day or before the Child protection Plan start date."),

    /**
     * 8842Q: "Where a {@code <Reviews>} group is present, a valid {@code <CPPreviewdate>} (N00116) should be
     * present within the group" (S1 {@code cin2022_23/rule_8842Q.py}, unchanged since).
     *
     * <p>Reported at the plan's {@code Reviews} when the group holds no date
     * ({@link dev.safeguarding.census.ChildProtectionPlan#reviewsWithoutDate()}): no {@code <CPPreviewDate>}, an
     * empty one, or one that is not a date (which the reader also reports as a bad date). The reference reads only
     * the first {@code <CPPreviewDate>} of a group, so it also queries a group whose first date is missing and a
     * later one present; the library follows the rule's text ("a valid ... should be present within the group")
     * and does not.
     */
    R8842Q("8842Q", CollectionYear.first(), "Please check: Review Record has a missing date"),

    /**
     * 8863Q.
     */
    R8863Q("8863Q", CollectionYear.first(), "An Assessment is shown as starting when there is another Assessment ongoing."),

    /**
     * 8866.
     */
    R8866("8866", CollectionYear.first(), "Source of Referral is missing or an invalid code"),

    /**
     * 8867: "If {@code <CINclosureDate>} (N00102) is present then all instances of the {@code
     * <Assessments>} group must include the {@code <AssesssmentAuthorisationDate>} (N00160)"
     */
    R8867("8867", CollectionYear.first(), "CIN episode is shown as closed, however Assessment is not shown as completed"),

    /**
     * 8868: "If {@code <CINclosureDate>} (N00102) is present then all instances of the {@code <Section47>}
     * group must either i) include the {@code <DateOfInitialCPC>} (N00110) or ii) include {@code
     * <ICPCnotRequired>} (N00111) with a value of true or 1"
     */
    R8868("8868", CollectionYear.first(), "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag"),

    /**
     * 8869.
     */
    R8869("8869", CollectionYear.first(), "The assessment factors code “21” cannot be used in conjunction with any other assessment factors."),

    /**
     * 8870Q: "Where present, the {@code <InitialCPCtarget>} (N00109) should not be a Saturday, Sunday"
     *
     * <p>Saturdays and Sundays only, not bank holidays. The reference never reports it on ISO dates (it
     * parses {@code InitialCPCtarget} as {@code dd-mm-yyyy}; docs/national-data-standards.md, known defects):
     * the library reports what the
     * rule says.
     */
    R8870Q("8870Q", CollectionYear.first(), "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend"),

    /**
     * 8873Q: "Within a {@code <CINDetails>} group, if there is only one {@code <Assessment>} group present
     * and {@code <AssessmentFactors>} (N00181) = “21”, {@code <ReasonForClosure>} (N00103) must should =
     * RC8 or RC9."
     */
    R8873Q("8873Q", CollectionYear.first(), "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used."),

    /**
     * 8875: "Where present, the {@code <DateOfInitialCPC>} (N00110) must not be a Saturday, Sunday"
     *
     * <p>Saturdays and Sundays only, not bank holidays, on a Section 47 enquiry's {@code <DateOfInitialCPC>}
     * (not the episode's), as the reference has it.
     */
    R8875("8875", CollectionYear.first(), "The Date of Initial Child Protection Conference cannot be a weekend"),

    /**
     * 8890.
     */
    R8890("8890", CollectionYear.first(), "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing"),

    /**
     * 8896.
     */
    R8896("8896", CollectionYear.first(), "Within one CINDetails group there are 2 or more open Assessments groups"),

    /**
     * 8897Q.
     */
    R8897Q("8897Q", CollectionYear.first(), "Parental or child factors at assessment information is missing from a completed assessment"),

    /**
     * 8898.
     */
    R8898("8898", CollectionYear.first(), "The assessment has more than one parental or child factors with the same code"),

    /**
     * 8905.
     */
    R8905("8905", CollectionYear.first(), "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)"),

    /**
     * 8910.
     */
    R8910("8910", CollectionYear.first(), "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)"),

    /**
     * 8915: "If {@code <PersonDeathDate>} (N00108) is present, then {@code <CPPstartDate>} (N00105) must
     * be on or before {@code <PersonDeathDate>} (N00108)"
     */
    R8915("8915", CollectionYear.first(), "Child Protection Plan shown as starting after the child’s Date of Death"),

    /**
     * 8920.
     */
    R8920("8920", CollectionYear.first(), "Child Protection Plan cannot end after the child’s Date of Death"),

    /**
     * 8925.
     */
    R8925("8925", CollectionYear.first(), "Child Protection Plan End Date earlier than Start Date"),

    /**
     * 8930.
     */
    R8930("8930", CollectionYear.first(), "Child Protection Plan End Date must fall within the census year"),

    /**
     * 8935.
     *
     * <p>The library counts the child's open plans across all its episodes; the reference groups them by a plan
     * number that restarts in each episode, so two open plans of one episode escape it
     * (docs/national-data-standards.md, known defects).
     */
    R8935("8935", CollectionYear.first(), "This child is showing more than one open Child Protection plan, i.e. with no End Date"),

    /**
     * 8940: "Where more than one {@code <ChildProtectionPlans>} group is included, the {@code
     * <CPPstartDate>} (N00105) of each group cannot fall within either: a) {@code <CPPstartDate>} (N00105)
     * to {@code <CPPendDate>} (N00115), or b) {@code <CPPstartDate>} (N00105) and {@code <ReferenceDate>}
     * if {@code <CPPendDate>} (N00115) is not present"
     */
    R8940("8940", CollectionYear.first(), "Child Protection Plan data contains overlapping dates"),

    /**
     * 1570.
     */
    R1570("1570", CollectionYear.CIN_2024_25, "LA Child ID must not be longer than 20 characters"),

    /**
     * 1580.
     */
    R1580("1580", CollectionYear.CIN_2024_25, "LA Child ID must not contain any non-alphanumeric characters"),

    /**
     * 8945Q.
     */
    R8945Q("8945Q", CollectionYear.CIN_2024_25, "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)"),

    /**
     * 8950Q.
     */
    R8950Q("8950Q", CollectionYear.CIN_2024_25, "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)");

    private final String code;
    private final Set<CollectionYear> years;
    private final String message;
    private final String messageFrom2024;

    CensusRule(String code, CollectionYear first, String message) {
        this(code, first, message, message);
    }

    CensusRule(String code, String messageTo2023, String messageFrom2024) {
        this(code, CollectionYear.first(), messageTo2023, messageFrom2024);
    }

    CensusRule(String code, CollectionYear first, String message, String messageFrom2024) {
        this.code = code;
        this.years = Collections.unmodifiableSet(EnumSet.range(first, CollectionYear.last()));
        this.message = message;
        this.messageFrom2024 = messageFrom2024;
    }

    /** The rule's code, for example {@code 8670Q} or {@code 1103}. */
    public String code() {
        return code;
    }

    /** {@link Severity#QUERY} for a code ending in {@code Q}, otherwise {@link Severity#ERROR}. */
    public Severity severity() {
        return code.endsWith("Q") ? Severity.QUERY : Severity.ERROR;
    }

    /** The collection years in which the rule applies (the validator's 2025-26 rules are carried to 2026-27). */
    public Set<CollectionYear> collectionYears() {
        return years;
    }

    /** Whether the rule applies in {@code year}. */
    public boolean appliesIn(CollectionYear year) {
        return years.contains(year);
    }

    /** The rule's message in {@code year}, verbatim from the reference validator's rule set for that year. */
    public String message(CollectionYear year) {
        return year.returnsSex() ? messageFrom2024 : message;
    }

    /** The rule with {@code code}, if the library implements it. */
    public static Optional<CensusRule> fromCode(String code) {
        for (CensusRule rule : values()) {
            if (rule.code.equals(code)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** A finding of this rule at {@code path}, in {@code year}. */
    Finding finding(CollectionYear year, String path) {
        return severity() == Severity.QUERY ? Finding.query(code, path, message(year))
                : Finding.error(code, path, message(year));
    }
}
