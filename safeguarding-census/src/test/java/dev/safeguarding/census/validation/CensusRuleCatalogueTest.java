package dev.safeguarding.census.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Sex;
import dev.safeguarding.census.UpnUnknown;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of rules against the reference validator's inventory of the 2025-26 rule set (S1
 * {@code cin2022_23} + {@code cin2023_24} + {@code cin2024_25}, {@code cin2025_26} changing none: 109 rules),
 * and a few rules' own fixtures.
 */
class CensusRuleCatalogueTest {

    /** Every rule code of the reference's 2025-26 rule set (S1, source of 2026-05-01, commit 1bf6f22). */
    private static final List<String> INVENTORY = Arrays.asList("100 1103 1104 1105 1510 1520 1530 1540 1550 1560Q 2883 2884 2885 2886Q 2887Q 2888Q 2889 2990 2991Q 4000 4001 4003 4004 4008 4009Q 4010 4011 4012Q 4013 4014 4015 4016 4017 4180 4220 8500 8510 8520 8525Q 8530Q 8535Q 8540 8545Q 8555Q 8565 8568 8569Q 8585Q 8590 8600 8606 8608 8610 8614 8615 8620 8630 8640 8650 8670Q 8675Q 8696 8715 8720 8730 8736 8740 8750 8770Q 8772 8775Q 8790 8794 8805 8810 8815 8816 8820 8825Q 8831 8832 8839 8840 8841 8842Q 8863Q 8866 8867 8868 8869 8870Q 8873Q 8875 8890 8896 8897Q 8898 8905 8910 8915 8920 8925 8930 8935 8940 1570 1580 8945Q 8950Q".split(" "));

    @Test
    void theCatalogueIsTheWholeInventory() {
        assertEquals(109, INVENTORY.size());
        Set<String> implemented = new TreeSet<>();
        for (CensusRule rule : CensusRule.values()) {
            implemented.add(rule.code());
            assertTrue(INVENTORY.contains(rule.code()), rule.code() + " is in the reference's inventory");
        }
        Set<String> missing = new TreeSet<>(INVENTORY);
        missing.removeAll(implemented);
        assertEquals(Set.of(), missing, "every rule of the 2025-26 rule set is implemented");
    }

    @Test
    void codesEndingInQAreQueriesAndTheRestErrors() {
        for (CensusRule rule : CensusRule.values()) {
            assertEquals(rule.code().endsWith("Q") ? Severity.QUERY : Severity.ERROR, rule.severity(), rule.code());
            for (CollectionYear year : rule.collectionYears()) {
                assertFalse(rule.message(year).isBlank());
                assertEquals(rule.message(year).strip(), rule.message(year));
            }
        }
    }

    /** The 2024-25 rule set changed 4180's message and added 1570 and 1580 (S1 cin2024_25). */
    @Test
    void rulesThatChangedIn2024To25SayWhatThatYearSays() {
        assertEquals("Gender is missing", CensusRule.R4180.message(CollectionYear.CIN_2023_24));
        assertEquals("Sex must be provided and equal M, F, or U", CensusRule.R4180.message(CollectionYear.CIN_2025_26));
        assertFalse(CensusRule.R1570.appliesIn(CollectionYear.CIN_2023_24));
        assertTrue(CensusRule.R1570.appliesIn(CollectionYear.CIN_2025_26));
        CensusChild longId = CensusChild.builder().identifiers(ChildIdentifiers.builder()
                .laChildId("A123456789012345678901").personBirthDate(LocalDate.parse("2015-01-01")).sex(Sex.MALE)
                .build()).build();
        assertTrue(codes(CollectionYear.CIN_2025_26, longId).contains("1570"));
        assertFalse(codes(CollectionYear.CIN_2023_24, longId).contains("1570"));
    }

    /**
     * Rule 8770Q's age moved in 2024-25 (S1 cin2024_25/rule_8770Q.py: "school start date" less six years): a
     * child born on 31 August 2020 with UN1 is of school age for 2025-26, not for 2023-24.
     */
    @Test
    void theSchoolAgeOfRule8770QMovedIn2024To25() {
        ChildIdentifiers.Builder ids = ChildIdentifiers.builder().laChildId("C1").upnUnknown(UpnUnknown.UN1)
                .personBirthDate(LocalDate.parse("2020-08-31"));
        CensusChild in2025 = CensusChild.builder().identifiers(ids.sex(Sex.FEMALE).build())
                .addCinDetail(CinDetails.builder().referralDate(LocalDate.parse("2025-05-01")).referralNfa(false).build())
                .build();
        CensusChild in2023 = CensusChild.builder().identifiers(ids.sex(Optional.empty()).build())
                .addCinDetail(CinDetails.builder().referralDate(LocalDate.parse("2023-05-01")).referralNfa(false).build())
                .build();
        assertTrue(codes(CollectionYear.CIN_2025_26, in2025).contains("8770Q"));
        assertFalse(codes(CollectionYear.CIN_2023_24, in2023).contains("8770Q"));
        assertEquals("Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing"
                + " or is UN1 for a child who is of school age.", CensusRule.R8770Q.message(CollectionYear.CIN_2025_26));
    }

    /** Rule 8869's text: "The assessment factors code “21” cannot be used in conjunction with any other assessment factors." */
    @Test
    void factorTwentyOneWithAnotherFactorIsAnError() {
        CensusChild child = episode(Assessment.builder().actualStartDate(LocalDate.parse("2025-05-01"))
                .authorisationDate(LocalDate.parse("2025-06-01")).addFactor(AssessmentFactor.NO_FACTORS_IDENTIFIED)
                .addFactor(AssessmentFactor.NEGLECT).build());
        List<Finding> findings = WorkingDayRulesTest.codes(
                WorkingDayRulesTest.validator(CollectionYear.CIN_2025_26).validate(child), "8869");
        assertEquals(List.of("Message/Children/Child[1]/CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/"
                + "AssessmentFactors[1]"), findings.stream().map(Finding::path).toList());
    }

    /** Rule 1103's fixture idea (S1 rule_1103.py): an assessment starting before its episode's referral. */
    @Test
    void anAssessmentStartingBeforeItsReferralIsAnErrorAtItsStartDate() {
        CensusChild child = episode(Assessment.builder().actualStartDate(LocalDate.parse("2025-04-29"))
                .authorisationDate(LocalDate.parse("2025-06-01")).addFactor(AssessmentFactor.NEGLECT).build());
        assertTrue(codes(CollectionYear.CIN_2025_26, child).contains("1103"));
    }

    /** A duplicated LAchildID is reported at both children (rule 8510), the first once the file is finished. */
    @Test
    void aSharedLaChildIdIsReportedAtEveryChildThatHasIt() {
        CensusValidator.Pass pass = WorkingDayRulesTest.validator(CollectionYear.CIN_2025_26).start(Optional.empty());
        CensusChild child = CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("A1").build()).build();
        List<Finding> findings = new ArrayList<>(pass.headerFindings());
        findings.addAll(pass.accept(child));
        findings.addAll(pass.accept(CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("B2").build()).build()));
        findings.addAll(pass.accept(child));
        findings.addAll(pass.finish());
        assertEquals(List.of("Message/Children/Child[3]/ChildIdentifiers/LAchildID",
                "Message/Children/Child[1]/ChildIdentifiers/LAchildID"),
                findings.stream().filter(f -> f.code().equals("8510")).map(Finding::path).toList());
        assertEquals(List.of("Message/Header/CollectionDetails/ReferenceDate"),
                findings.stream().filter(f -> f.code().equals("100")).map(Finding::path).toList());
    }

    /**
     * The rules over the whole return, from their texts: 2883 "more child protection plans starting than
     * initial conferences"; 2886Q more than 2% with no sex recorded, unborn children excepted; 2887Q
     * "Excluding children where Disability is ‘NONE’, the number of different disability codes used by a LA
     * should be more than 7"; 2888Q "one or more children should have more than one disability recorded";
     * 1520 "More than one record with the same UPN".
     */
    @Test
    void theRulesOverTheWholeReturnAreReportedAtItsChildren() {
        CensusChild planWithoutConference = CensusChild.builder()
                .identifiers(ChildIdentifiers.builder().laChildId("A1").upn("R926000000001").build())
                .addCinDetail(CinDetails.builder().referralDate(LocalDate.parse("2025-05-01"))
                        .addChildProtectionPlan(ChildProtectionPlan.builder()
                                .startDate(LocalDate.parse("2025-05-20")).build()).build())
                .build();
        CensusChild sameUpn = CensusChild.builder()
                .identifiers(ChildIdentifiers.builder().laChildId("A2").upn("R926000000001").sex(Sex.MALE).build())
                .build();
        CensusValidator.Pass pass = WorkingDayRulesTest.validator(CollectionYear.CIN_2025_26).start(Optional.empty());
        List<Finding> findings = new ArrayList<>(pass.accept(planWithoutConference));
        findings.addAll(pass.accept(sameUpn));
        findings.addAll(pass.finish());
        for (String code : List.of("2883", "2886Q", "2887Q", "2888Q")) {
            assertEquals(List.of("Message/Children"), findings.stream().filter(f -> f.code().equals(code))
                    .map(Finding::path).toList(), code);
        }
        assertEquals(List.of("Message/Children/Child[2]/ChildIdentifiers/UPN",
                "Message/Children/Child[1]/ChildIdentifiers/UPN"),
                findings.stream().filter(f -> f.code().equals("1520")).map(Finding::path).toList());
        assertEquals(List.of(), WorkingDayRulesTest.validator(CollectionYear.CIN_2025_26).start(Optional.empty())
                .finish(), "an empty return: no counts to report");
    }

    private static CensusChild episode(Assessment assessment) {
        return WorkingDayRulesTest.child(CinDetails.builder().referralDate(LocalDate.parse("2025-05-01"))
                .referralNfa(false).addAssessment(assessment).build());
    }

    private static List<String> codes(CollectionYear year, CensusChild child) {
        return WorkingDayRulesTest.validator(year).validate(child).stream().map(Finding::code).toList();
    }
}
