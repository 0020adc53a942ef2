package dev.safeguarding.census.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CategoryOfAbuse;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Ethnicity;
import dev.safeguarding.census.PrimaryNeed;
import dev.safeguarding.census.ReasonForClosure;
import dev.safeguarding.census.ReferralSource;
import dev.safeguarding.census.Section47;
import dev.safeguarding.census.Sex;
import dev.safeguarding.census.UpnUnknown;
import dev.safeguarding.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule on one child of the 2025-26 collection: a child that breaks nothing gives no finding, and the same
 * child changed in one place, as the rule's text (S1 {@code rule_*.py}, "Rule details") and its fixture
 * describe the failing case, gives the rule at the changed item. The message is the rule's own.
 */
class RuleExamplesTest {

    private static final CollectionYear YEAR = CollectionYear.CIN_2025_26;

    /**
     * A child of a valid 2025-26 return, changed by each example. Blocks an example adds to the episode come
     * before the base assessment, enquiry and plan, which are added last.
     */
    static final class Kid {
        ChildIdentifiers.Builder ids = ChildIdentifiers.builder().laChildId("C1").upn("R926000000001")
                .personBirthDate(d("2015-01-01")).sex(Sex.MALE);
        Optional<ChildCharacteristics> characteristics = Optional.of(ChildCharacteristics.builder()
                .ethnicity(Ethnicity.values()[0]).addDisability(Disability.NONE).build());
        CinDetails.Builder episode = CinDetails.builder().referralDate(d("2025-05-01"))
                .referralSource(ReferralSource.values()[0]).primaryNeed(PrimaryNeed.ABUSE_OR_NEGLECT).referralNfa(false);
        Assessment.Builder assessment = Assessment.builder().actualStartDate(d("2025-05-02"))
                .authorisationDate(d("2025-05-20")).addFactor(AssessmentFactor.NEGLECT);
        Section47.Builder enquiry = Section47.builder().actualStartDate(d("2025-05-06"))
                .initialCpcTarget(d("2025-05-27")).dateOfInitialCpc(d("2025-05-20")).icpcNotRequired(false);
        ChildProtectionPlan.Builder plan = ChildProtectionPlan.builder().startDate(d("2025-05-20"))
                .initialCategoryOfAbuse(CategoryOfAbuse.NEGLECT).latestCategoryOfAbuse(CategoryOfAbuse.NEGLECT)
                .numberOfPreviousCpp(0).addReviewDate(d("2025-08-12"));
        List<CinDetails> more = new ArrayList<>();
        boolean noEpisode;
        boolean noAssessment;
        boolean noEnquiry;
        boolean noPlan;

        CensusChild build() {
            CinDetails.Builder first = episode;
            if (!noAssessment) {
                first.addAssessment(assessment.build());
            }
            if (!noEnquiry) {
                first.addSection47(enquiry.build());
            }
            if (!noPlan) {
                first.addChildProtectionPlan(plan.build());
            }
            CensusChild.Builder child = CensusChild.builder().identifiers(ids.build()).characteristics(characteristics);
            if (!noEpisode) {
                child.addCinDetail(first.build());
            }
            return child.addAllCinDetails(more).build();
        }
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static List<Finding> validate(Kid kid) {
        return WorkingDayRulesTest.validator(YEAR).validate(kid.build());
    }

    /** The base child (its UPN carries the check letter rule 1510 computes for 926000000001: R). */
    @Test
    void theUnchangedChildBreaksNoRule() {
        assertEquals(List.of(), validate(new Kid()));
    }

    private static final String E1 = "CINdetails[1]/";
    private static final String A1 = E1 + "Assessments[1]/";
    private static final String S1 = E1 + "Section47[1]/";
    private static final String P1 = E1 + "ChildProtectionPlans[1]/";
    private static final String IDS = "ChildIdentifiers/";

    static Stream<Arguments> examples() {
        return Stream.of(
                ex("8500", IDS + "LAchildID", k -> k.ids.laChildId(Optional.empty())),
                ex("1570", IDS + "LAchildID", k -> k.ids.laChildId("C123456789012345678901")),
                ex("1580", IDS + "LAchildID", k -> k.ids.laChildId("C-1")),
                ex("8525Q", IDS + "ExpectedPersonBirthDate", k -> k.ids.expectedPersonBirthDate(d("2026-05-01"))),
                ex("4180", IDS + "Sex", k -> k.ids.sex(Optional.empty())),
                ex("8750", IDS + "Sex", k -> k.ids.personBirthDate(Optional.empty()).upn(Optional.empty())
                        .upnUnknown(UpnUnknown.UN1).expectedPersonBirthDate(d("2026-05-01"))),
                ex("8520", IDS + "PersonBirthDate", k -> k.ids.personBirthDate(d("2026-04-02"))),
                ex("8535Q", IDS + "PersonDeathDate", k -> k.ids.personDeathDate(d("2014-12-31"))),
                ex("8545Q", IDS + "PersonDeathDate", k -> k.ids.personDeathDate(d("2025-03-31"))),
                ex("8590", IDS.substring(0, IDS.length() - 1), k -> k.noEpisode = true),
                ex("4220", "ChildCharacteristics/Ethnicity", k -> k.characteristics = Optional.empty()),
                ex("8790", "ChildCharacteristics/Disabilities/Disability[2]", k -> k.characteristics = Optional.of(
                        ChildCharacteristics.builder().ethnicity(Ethnicity.values()[0]).addDisability(Disability.NONE)
                                .addDisability(Disability.HEARING).build())),
                ex("8794", "ChildCharacteristics/Disabilities/Disability[2]", k -> k.characteristics = Optional.of(
                        ChildCharacteristics.builder().ethnicity(Ethnicity.values()[0]).addDisability(Disability.VISION)
                                .addDisability(Disability.VISION).build())),
                ex("8540", "ChildCharacteristics/Disabilities", k -> k.characteristics = Optional.of(
                        ChildCharacteristics.builder().ethnicity(Ethnicity.values()[0]).build())),
                ex("1510", IDS + "UPN", k -> k.ids.upn("B926000000001")),
                ex("1530", IDS + "UPN", k -> k.ids.upn("A999000000001")),
                ex("1540", IDS + "UPN", k -> k.ids.upn("R9260000X0001")),
                ex("1550", IDS + "UPN", k -> k.ids.upn("R92600000000I")),
                ex("1560Q", IDS + "FormerUPN", k -> k.ids.formerUpn("A92600")),
                ex("8530Q", IDS + "ExpectedPersonBirthDate", k -> k.ids.personBirthDate(Optional.empty())
                        .upn(Optional.empty()).upnUnknown(UpnUnknown.UN1).sex(Sex.UNKNOWN)
                        .expectedPersonBirthDate(d("2027-01-01"))),
                ex("8606", E1 + "CINreferralDate", k -> k.ids.personBirthDate(d("2026-03-01"))),
                ex("8772", IDS + "UPNunknown", k -> k.ids.upn(Optional.empty()).upnUnknown(UpnUnknown.UN7)),
                ex("8775Q", IDS + "PersonBirthDate", k -> k.ids.personBirthDate(d("1990-01-01"))),
                ex("8600", E1 + "CINreferralDate", k -> k.episode.referralDate(d("2026-04-01"))),
                ex("8866", E1 + "ReferralSource", k -> k.episode.referralSource(Optional.empty())),
                ex("8569Q", E1 + "CINreferralDate", k -> k.episode.referralDate(d("2025-03-31")).referralNfa(true)),
                ex("8620", E1 + "CINclosureDate", k -> k.episode.closureDate(d("2026-04-01"))
                        .reasonForClosure(ReasonForClosure.SERVICES_CEASED)),
                ex("8630", E1 + "CINclosureDate", k -> k.episode.closureDate(d("2025-04-30"))
                        .reasonForClosure(ReasonForClosure.SERVICES_CEASED)),
                ex("8805", E1 + "ReasonForClosure", k -> k.episode.closureDate(d("2026-03-01"))),
                ex("8810", E1 + "CINclosureDate", k -> k.episode.reasonForClosure(ReasonForClosure.SERVICES_CEASED)),
                ex("8610", E1 + "PrimaryNeedCode", k -> k.episode.primaryNeed(Optional.empty())),
                ex("8568", E1 + "ReferralNFA", k -> k.episode.referralNfa(Optional.empty())),
                ex("8555Q", E1 + "CINreferralDate", k -> k.ids.personDeathDate(d("2025-04-30"))),
                ex("8585Q", E1 + "ReasonForClosure", k -> k.episode.closureDate(d("2026-03-01"))
                        .reasonForClosure(ReasonForClosure.DIED)),
                ex("8815", "CINdetails[2]/CINclosureDate", k -> k.more.add(openEpisode("2025-06-01"))),
                ex("8816", E1 + "CINclosureDate", k -> k.more.add(openEpisode("2025-06-01"))),
                ex("8820", "CINdetails[2]/CINreferralDate", k -> k.more.add(openEpisode("2025-06-01"))),
                ex("1103", A1 + "AssessmentActualStartDate", k -> k.assessment.actualStartDate(d("2025-04-30"))),
                ex("8608", A1 + "AssessmentActualStartDate", k -> k.assessment.authorisationDate(d("2025-05-01"))),
                ex("8670Q", A1 + "AssessmentActualStartDate", k -> k.assessment.authorisationDate(Optional.empty())
                        .factors(List.of())),
                ex("8696", A1 + "AssessmentAuthorisationDate", k -> k.assessment.authorisationDate(d("2026-04-01"))),
                ex("8736", A1 + "AssessmentActualStartDate", k -> {
                    k.episode.referralDate(d("2025-03-01"));
                    k.assessment.actualStartDate(d("2025-03-02")).authorisationDate(Optional.empty()).factors(List.of());
                }),
                ex("8614", A1 + "FactorsIdentifiedAtAssessment", k -> k.assessment.authorisationDate(Optional.empty())),
                ex("8869", A1 + "FactorsIdentifiedAtAssessment/AssessmentFactors[2]",
                        k -> k.assessment.addFactor(AssessmentFactor.NO_FACTORS_IDENTIFIED)),
                ex("8898", A1 + "FactorsIdentifiedAtAssessment/AssessmentFactors[2]",
                        k -> k.assessment.addFactor(AssessmentFactor.NEGLECT)),
                ex("8945Q", A1 + "FactorsIdentifiedAtAssessment/AssessmentFactors[2]",
                        k -> k.assessment.addFactor(AssessmentFactor.PHYSICAL_ABUSE)),
                ex("8950Q", A1 + "FactorsIdentifiedAtAssessment/AssessmentFactors[2]",
                        k -> k.assessment.addFactor(AssessmentFactor.SEXUAL_ABUSE)),
                ex("8897Q", A1 + "FactorsIdentifiedAtAssessment", k -> k.assessment.factors(List.of())),
                ex("8863Q", A1 + "AssessmentActualStartDate", k -> k.episode.addAssessment(
                        Assessment.builder().actualStartDate(d("2025-05-10")).authorisationDate(d("2025-05-30"))
                                .addFactor(AssessmentFactor.NEGLECT).build())),
                ex("8896", E1 + "Assessments[2]/AssessmentAuthorisationDate", k -> {
                    k.assessment.authorisationDate(Optional.empty()).factors(List.of()).actualStartDate(d("2026-03-20"));
                    k.episode.addAssessment(Assessment.builder().actualStartDate(d("2026-03-25")).build());
                }),
                ex("8615", S1 + "S47ActualStartDate", k -> k.enquiry.actualStartDate(d("2025-05-21"))),
                ex("8675Q", S1 + "S47ActualStartDate", k -> {
                    k.enquiry.dateOfInitialCpc(Optional.empty()).initialCpcTarget(d("2025-05-27"));
                    k.noPlan = true;
                }),
                ex("8870Q", S1 + "InitialCPCtarget", k -> k.enquiry.initialCpcTarget(d("2025-05-25"))),
                ex("8875", S1 + "DateOfInitialCPC", k -> {
                    k.enquiry.dateOfInitialCpc(d("2025-05-24"));
                    k.plan.startDate(d("2025-05-24"));
                }),
                ex("1104", S1 + "DateOfInitialCPC", k -> k.episode.referralDate(d("2025-05-21"))),
                ex("2889", S1 + "S47ActualStartDate", k -> {
                    k.episode.referralDate(d("2025-05-07"));
                    k.assessment.actualStartDate(d("2025-05-07"));
                }),
                ex("8715", S1 + "DateOfInitialCPC", k -> k.enquiry.dateOfInitialCpc(d("2026-04-01"))),
                ex("8740", S1 + "S47ActualStartDate", k -> {
                    k.enquiry.dateOfInitialCpc(Optional.empty()).actualStartDate(d("2025-03-20"));
                    k.noPlan = true;
                }),
                ex("8839", E1 + "Section47[2]/DateOfInitialCPC", k -> {
                    k.enquiry.dateOfInitialCpc(Optional.empty()).actualStartDate(d("2026-03-25"));
                    k.episode.addSection47(Section47.builder().actualStartDate(d("2026-03-26")).icpcNotRequired(false)
                            .build());
                    k.noPlan = true;
                }),
                ex("8890", S1 + "S47ActualStartDate", k -> k.episode.addSection47(Section47.builder()
                        .actualStartDate(d("2025-05-08")).dateOfInitialCpc(d("2025-05-21")).icpcNotRequired(false)
                        .build())),
                ex("8840", P1 + "CPPendDate", k -> k.plan.endDate(d("2025-05-20")).reviewDates(List.of())),
                ex("8925", P1 + "CPPendDate", k -> k.plan.endDate(d("2025-05-19")).reviewDates(List.of())),
                ex("8930", P1 + "CPPendDate", k -> k.plan.endDate(d("2026-04-02"))),
                ex("8720", P1 + "CPPstartDate", k -> k.plan.startDate(Optional.empty())),
                ex("1105", P1 + "CPPstartDate", k -> {
                    k.episode.referralDate(d("2025-05-21"));
                    k.plan.startDate(d("2025-05-20"));
                }),
                ex("8730", P1 + "NumberOfPreviousCPP", k -> k.plan.numberOfPreviousCpp(Optional.empty())),
                ex("8905", P1 + "InitialCategoryOfAbuse", k -> k.plan.initialCategoryOfAbuse(Optional.empty())),
                ex("8910", P1 + "LatestCategoryOfAbuse", k -> k.plan.latestCategoryOfAbuse(Optional.empty())),
                ex("8915", P1 + "CPPstartDate", k -> k.ids.personDeathDate(d("2025-05-19"))),
                ex("8920", P1 + "CPPendDate", k -> {
                    k.ids.personDeathDate(d("2025-09-01"));
                    k.plan.endDate(d("2025-09-02"));
                }),
                ex("8935", E1 + "ChildProtectionPlans[2]/CPPendDate", k -> k.episode.addChildProtectionPlan(
                        k.plan.build())),
                ex("8940", P1 + "CPPstartDate", k -> k.episode.addChildProtectionPlan(
                        ChildProtectionPlan.builder().from(k.plan.build()).startDate(d("2025-06-02")).build())),
                ex("8841", P1 + "Reviews/CPPreviewDate[1]", k -> k.plan.reviewDates(List.of(d("2025-05-20")))),
                ex("2885", P1 + "CPPstartDate", k -> k.plan.startDate(d("2025-05-21"))),
                ex("2884", E1 + "DateOfInitialCPC", k -> k.episode.dateOfInitialCpc(d("2025-05-20"))),
                ex("4010", E1 + "CINPlanDates[1]/CINPlanStartDate", k -> cinPlanOnly(k, "2026-04-01", null)),
                ex("4011", E1 + "CINPlanDates[1]/CINPlanEndDate", k -> cinPlanOnly(k, "2025-06-01", "2025-05-31")),
                ex("4012Q", E1 + "CINPlanDates[1]/CINPlanEndDate", k -> cinPlanOnly(k, "2025-06-01", "2025-06-01")),
                ex("4013", E1 + "CINPlanDates[1]/CINPlanEndDate", k -> cinPlanOnly(k, "2025-06-01", "2026-04-01")),
                ex("4015", E1 + "CINPlanDates[1]/CINPlanStartDate", k -> cinPlanOnly(k, "2025-04-30", null)),
                ex("4004", E1 + "CINPlanDates[2]/CINPlanEndDate", k -> {
                    cinPlanOnly(k, "2025-06-01", null);
                    k.episode.addCinPlan(CinPlan.of(d("2025-07-01"), Optional.empty()));
                }),
                ex("4014", E1 + "CINPlanDates[2]/CINPlanStartDate", k -> {
                    cinPlanOnly(k, "2025-06-01", "2025-08-01");
                    k.episode.addCinPlan(CinPlan.of(d("2025-07-01"), Optional.of(d("2025-09-01"))));
                }),
                ex("4008", E1 + "CINPlanDates[1]/CINPlanStartDate", k -> {
                    cinPlanOnly(k, "2025-06-01", null);
                    k.ids.personDeathDate(d("2025-05-31"));
                }),
                ex("4009Q", E1 + "CINPlanDates[1]/CINPlanEndDate", k -> {
                    cinPlanOnly(k, "2025-06-01", "2025-08-01");
                    k.ids.personDeathDate(d("2025-07-31"));
                }),
                ex("4001", E1 + "CINPlanDates[1]/CINPlanStartDate",
                        k -> k.episode.addCinPlan(CinPlan.of(d("2025-06-01"), Optional.empty()))),
                ex("4016", E1 + "CINPlanDates[1]/CINPlanStartDate",
                        k -> k.episode.addCinPlan(CinPlan.of(d("2025-06-01"), Optional.of(d("2025-07-01"))))),
                ex("4017", P1 + "CPPstartDate",
                        k -> k.episode.addCinPlan(CinPlan.of(d("2025-05-19"), Optional.of(d("2025-07-01"))))),
                ex("2990", E1 + "ReasonForClosure", k -> {
                    k.episode.closureDate(d("2026-03-01")).reasonForClosure(
                            ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION);
                    k.plan.endDate(d("2026-02-01"));
                }),
                ex("8825Q", E1 + "ReasonForClosure", k -> {
                    k.episode.closureDate(d("2026-03-01")).reasonForClosure(
                            ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP);
                    k.noAssessment = true;
                    k.noEnquiry = true;
                    k.noPlan = true;
                }),
                ex("2991Q", S1 + "S47ActualStartDate", k -> k.noAssessment = true),
                ex("8831", E1 + "ReferralNFA", k -> k.episode.referralNfa(true)),
                ex("4000", E1 + "CINPlanDates[1]/CINPlanStartDate", k -> {
                    cinPlanOnly(k, "2025-06-01", null);
                    k.episode.referralNfa(true);
                    k.noAssessment = true;
                }),
                ex("8832", P1 + "CPPstartDate", k -> k.episode.referralNfa(true)),
                ex("8867", A1 + "AssessmentAuthorisationDate", k -> {
                    k.assessment.authorisationDate(Optional.empty()).factors(List.of()).actualStartDate(d("2026-03-01"));
                    k.episode.closureDate(d("2026-03-20")).reasonForClosure(ReasonForClosure.SERVICES_CEASED);
                    k.noEnquiry = true;
                    k.noPlan = true;
                }),
                ex("8868", S1 + "DateOfInitialCPC", k -> {
                    k.enquiry.dateOfInitialCpc(Optional.empty()).actualStartDate(d("2026-03-20"));
                    k.episode.closureDate(d("2026-03-25")).reasonForClosure(ReasonForClosure.SERVICES_CEASED);
                    k.noPlan = true;
                }),
                ex("8770Q", IDS + "UPNunknown", k -> k.ids.upn(Optional.empty()).upnUnknown(UpnUnknown.UN1)
                        .personBirthDate(d("2020-08-31"))),
                ex("4003", P1 + "Reviews/CPPreviewDate[1]", k -> {
                    k.episode.addCinPlan(CinPlan.of(d("2025-08-01"), Optional.of(d("2025-09-01"))));
                    k.plan.endDate(d("2025-10-01"));
                }),
                ex("8873Q", E1 + "ReasonForClosure", k -> {
                    k.assessment.factors(List.of(AssessmentFactor.NO_FACTORS_IDENTIFIED));
                    k.episode.closureDate(d("2026-03-01")).reasonForClosure(ReasonForClosure.SERVICES_CEASED);
                    k.plan.endDate(d("2026-02-01"));
                }),
                ex("8565", E1 + "CINclosureDate", k -> {
                    k.plan.endDate(d("2026-02-01"));
                    k.episode.closureDate(d("2026-01-31")).reasonForClosure(ReasonForClosure.SERVICES_CEASED);
                }));
    }

    private static Arguments ex(String rule, String path, Consumer<Kid> change) {
        return Arguments.of(rule, path, change);
    }

    private static CinDetails openEpisode(String referral) {
        return CinDetails.builder().referralDate(d(referral)).referralSource(ReferralSource.values()[0])
                .primaryNeed(PrimaryNeed.ABUSE_OR_NEGLECT).referralNfa(false).addAssessment(Assessment.builder()
                        .actualStartDate(d(referral)).authorisationDate(d(referral).plusDays(10))
                        .addFactor(AssessmentFactor.NEGLECT).build()).build();
    }

    /** The episode with an assessment and one CIN plan, no Section 47 enquiry or child protection plan. */
    private static void cinPlanOnly(Kid kid, String start, String end) {
        kid.noEnquiry = true;
        kid.noPlan = true;
        kid.episode.addCinPlan(CinPlan.of(d(start), Optional.ofNullable(end).map(LocalDate::parse)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("examples")
    void theRuleIsFoundAtTheChangedItem(String rule, String path, Consumer<Kid> change) {
        Kid kid = new Kid();
        change.accept(kid);
        List<Finding> findings = validate(kid);
        List<String> paths = findings.stream().filter(f -> f.code().equals(rule)).map(Finding::path).toList();
        assertTrue(paths.contains("Message/Children/Child[1]/" + path), rule + ": " + findings);
        Finding finding = findings.stream().filter(f -> f.code().equals(rule)).findFirst().orElseThrow();
        assertEquals(CensusRule.fromCode(rule).orElseThrow().message(YEAR), finding.message());
        assertEquals(CensusRule.fromCode(rule).orElseThrow().severity(), finding.severity());
    }
}
