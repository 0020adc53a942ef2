package dev.safeguarding.census.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.census.synthetic.Violation;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReader;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.calendar.UkCalendars;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The validator on the library's own synthetic returns (issue 15, part 6: "generated census files ...
 * pass the library's own validation"): a valid return gives no finding, and each planted violation is
 * found exactly in the child and at the item where it was planted.
 */
class SyntheticValidationTest {

    private static final int SIZE = 400;

    @ParameterizedTest
    @EnumSource(CollectionYear.class)
    void aValidSyntheticReturnHasNoFindings(CollectionYear year) {
        for (long seed : new long[] {1, 42, 20260331}) {
            CensusMessage message = SyntheticCensus.of(seed, year).message(SIZE);
            List<Finding> findings = CensusValidator.forYear(year, UkCalendars.englandAndWales()).validate(message);
            assertEquals(List.of(), findings, "seed " + seed + ", " + year);
        }
    }

    /** Where each planted violation must be reported, below {@code Child[n]/}. */
    private static final Map<Violation, Set<String>> WHERE = Map.ofEntries(
            Map.entry(Violation.ASSESSMENT_STARTS_BEFORE_REFERRAL,
                    Set.of("CINdetails[1]/Assessments[1]/AssessmentActualStartDate")),
            Map.entry(Violation.ASSESSMENT_AUTHORISED_BEFORE_IT_STARTS,
                    Set.of("CINdetails[1]/Assessments[1]/AssessmentActualStartDate")),
            Map.entry(Violation.CONFERENCE_BEFORE_SECTION_47, Set.of("CINdetails[1]/Section47[1]/S47ActualStartDate")),
            Map.entry(Violation.REVIEW_ON_THE_PLANS_START_DAY,
                    Set.of("CINdetails[1]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[1]")),
            Map.entry(Violation.PLAN_ENDS_ON_ITS_START_DAY, Set.of("CINdetails[1]/ChildProtectionPlans[1]/CPPendDate")),
            Map.entry(Violation.PLAN_STARTS_AWAY_FROM_THE_CONFERENCE,
                    Set.of("CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate")),
            Map.entry(Violation.CONFERENCE_ON_A_WEEKEND, Set.of("CINdetails[1]/Section47[1]/DateOfInitialCPC")),
            Map.entry(Violation.CONFERENCE_TARGET_ON_A_WEEKEND, Set.of("CINdetails[1]/Section47[1]/InitialCPCtarget")),
            Map.entry(Violation.NO_FACTORS_WITH_OTHER_FACTORS,
                    Set.of("CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[1]")),
            Map.entry(Violation.DUPLICATE_FACTOR,
                    Set.of("CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[1]",
                            "CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[2]")),
            Map.entry(Violation.FACTORS_AT_AN_UNAUTHORISED_ASSESSMENT,
                    Set.of("CINdetails[1]/Assessments[2]/FactorsIdentifiedAtAssessment")),
            Map.entry(Violation.OPEN_ASSESSMENT_STARTED_LONG_BEFORE_THE_REFERENCE_DATE,
                    Set.of("CINdetails[1]/Assessments[2]/AssessmentActualStartDate")),
            Map.entry(Violation.NO_DISABILITY_WITH_A_DISABILITY,
                    Set.of("ChildCharacteristics/Disabilities/Disability[2]")),
            Map.entry(Violation.DUPLICATE_DISABILITY, Set.of("ChildCharacteristics/Disabilities/Disability[1]",
                    "ChildCharacteristics/Disabilities/Disability[2]")),
            Map.entry(Violation.BIRTH_DATE_AND_EXPECTED_BIRTH_DATE, Set.of("ChildIdentifiers/ExpectedPersonBirthDate")),
            Map.entry(Violation.LA_CHILD_ID_TOO_LONG, Set.of("ChildIdentifiers/LAchildID")),
            Map.entry(Violation.LA_CHILD_ID_NOT_ALPHANUMERIC, Set.of("ChildIdentifiers/LAchildID")),
            Map.entry(Violation.OVERLAPPING_EPISODES, Set.of("CINdetails[2]/CINreferralDate")),
            Map.entry(Violation.REFERRAL_SOURCE_MISSING, Set.of("CINdetails[1]/ReferralSource")));

    @ParameterizedTest
    @EnumSource(Violation.class)
    void eachPlantedViolationIsFoundExactlyWhereItWasPlanted(Violation violation) {
        for (CollectionYear year : List.of(CollectionYear.CIN_2024_25, CollectionYear.CIN_2025_26)) {
            SyntheticCensus census = SyntheticCensus.of(7, year).planting(violation, 3, 17, 60);
            List<Finding> findings = readAndValidate(census, year);
            Set<String> expected = new TreeSet<>();
            for (int child : List.of(3, 17, 60)) {
                WHERE.get(violation).forEach(path -> expected.add("Message/Children/Child[" + child + "]/" + path));
            }
            Set<String> found = findings.stream().filter(f -> f.code().equals(violation.rule())).map(Finding::path)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, found, violation + " in " + year);
        }
    }

    @Test
    void everyPlantableViolationNamesAnImplementedRule() {
        for (Violation violation : Violation.values()) {
            assertTrue(CensusRule.fromCode(violation.rule()).isPresent(), violation.rule());
            assertTrue(WHERE.containsKey(violation), violation.name());
        }
    }

    private static List<Finding> readAndValidate(SyntheticCensus census, CollectionYear year) {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        census.write(SIZE / 4, xml);
        CensusValidator validator = CensusValidator.forYear(year, UkCalendars.englandAndWales());
        List<Finding> findings = new ArrayList<>();
        try (CensusFile file = CensusReader.tolerant().open(new ByteArrayInputStream(xml.toByteArray()))) {
            CensusValidator.Pass pass = validator.start(file.header());
            findings.addAll(pass.headerFindings());
            file.forEachChild(child -> findings.addAll(pass.accept(child)));
            findings.addAll(pass.finish());
            assertEquals(List.of(), file.findings());
        }
        return findings;
    }
}
