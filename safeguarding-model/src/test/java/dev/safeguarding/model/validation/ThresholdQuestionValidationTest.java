package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A threshold question as a record with two stages: a draft that may be saved, and a question complete
 * enough to share with the Children's Advice and Duty Service.
 */
class ThresholdQuestionValidationTest {

    private static final String CONTINUUM = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

    private static final Child UNNAMED = Child.born("child-17", LocalDate.of(2019, 5, 4));

    private static List<Finding> draft(ThresholdQuestion question) {
        return Findings.check(Validators.DEFAULT, question);
    }

    private static List<Finding> complete(ThresholdQuestion question) {
        return Findings.check(Validators.DEFAULT, question, Complete.class);
    }

    private static List<String> codesAndPaths(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList();
    }

    @Test
    void aQuestionWithOnlyTheChildSavesAsADraftAndIsNotCompleteUntilFilledIn() {
        ThresholdQuestion draft = ThresholdQuestion.builder().child(UNNAMED).build();

        assertEquals(List.of(), draft(draft), "a saved draft satisfies the default group");
        assertEquals(List.of(
                "QUERY need.child-named at child/name",
                "QUERY sharing.consent-considered at consent",
                "ERROR need.concern-recorded at indicators"), codesAndPaths(complete(draft)));

        ThresholdQuestion filledIn = ThresholdQuestion.builder(draft)
                .child(Child.builder().id("child-17").dateOfBirth(LocalDate.of(2019, 5, 4)).name("Sam Example").build())
                .addIndicator(NeedIndicator.of(AssessmentDomain.PARENTING_CAPACITY, LevelOfNeed.ADDITIONAL,
                        "Missed two health appointments"))
                .consent(ConsentStatus.GIVEN)
                .build();
        assertEquals(List.of(), complete(filledIn), "the same record, filled in, is complete");
    }

    @Test
    void theNatureOfTheConcernIsAnErrorCitingTheSection47Passage() {
        // "For any call raising concerns about a child, the Children's Advice and Duty Service will ask for:
        //  ... the nature of the concern" (Section 47 Duty to Investigate)
        Finding finding = complete(ThresholdQuestion.builder().child(UNNAMED).consent(ConsentStatus.GIVEN).build())
                .stream().filter(f -> f.code().equals("need.concern-recorded")).findFirst().orElseThrow();

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("indicators", finding.path());
        assertEquals(SourcePassage.of(CONTINUUM, "Section 47 Duty to Investigate"), finding.source().orElseThrow());
        assertTrue(finding.message().contains("nature of the concern"), finding.message());
        assertTrue(finding.message().endsWith("Source: " + CONTINUUM + ", 'Section 47 Duty to Investigate'."),
                finding.message());
    }

    @Test
    void aSection47IndicatorOrImmediateDangerIsAConcernRecordedWithoutIndicatorsOfNeed() {
        ThresholdQuestion section47 = ThresholdQuestion.builder().child(UNNAMED).consent(ConsentStatus.GIVEN)
                .addSection47Indicator(Section47Indicator.values()[0]).build();
        ThresholdQuestion danger = ThresholdQuestion.builder().child(UNNAMED).immediateDanger(true).build();

        assertEquals(List.of("QUERY need.child-named at child/name"), codesAndPaths(complete(section47)));
        assertEquals(List.of("QUERY need.child-named at child/name"), codesAndPaths(complete(danger)),
                "with immediate danger, consent is not queried: the first step is to call 999");
    }

    @Test
    void knownOrSuspectedNeglectEarlyHelpOrACohortIsTheConcernRecorded() {
        // "We have a local assessment tool, the Norfolk Graded Care Profile (NGCP) that is mandated for using in
        //  cases where neglect is known or suspected." (Norfolk Graded Care Profile)
        ThresholdQuestion neglect = ThresholdQuestion.builder().child(UNNAMED).consent(ConsentStatus.GIVEN)
                .neglectKnownOrSuspected(true).build();
        // "Support already being provided by an organisation to the child / family should continue until it's
        //  clear that support is no longer required." (Determining the Level of Need or Urgency)
        ThresholdQuestion earlyHelp = ThresholdQuestion.builder().child(UNNAMED).consent(ConsentStatus.GIVEN)
                .earlyHelp(EarlyHelpStatus.IN_PLACE).build();
        // "Some children / cohorts of children with specific needs may require statutory intervention and / or
        //  may be eligible for additional support" (Consideration of Additional Needs)
        ThresholdQuestion cohort = ThresholdQuestion.builder().child(UNNAMED).consent(ConsentStatus.GIVEN)
                .addCohort(AdditionalNeedsCohort.YOUNG_CARERS).build();

        for (ThresholdQuestion question : List.of(neglect, earlyHelp, cohort)) {
            assertEquals(List.of("QUERY need.child-named at child/name"), codesAndPaths(complete(question)),
                    question::toString);
        }
    }

    @Test
    void eachIndicatorWithoutWordingIsQueriedAtItsOwnPath() {
        // "Recording needs to be clear, concise, explain the evidence" (Recording what we do and the decisions we take)
        ThresholdQuestion question = ThresholdQuestion.builder().child(UNNAMED).consent(ConsentStatus.GIVEN)
                .addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ADDITIONAL))
                .addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ADDITIONAL, "Late"))
                .addIndicator(NeedIndicator.of(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS, LevelOfNeed.COMPLEX))
                .build();

        List<Finding> described = complete(question).stream().filter(f -> f.code().equals("need.concern-described"))
                .toList();

        assertEquals(List.of("QUERY need.concern-described at indicators/0/description",
                "QUERY need.concern-described at indicators/2/description"), codesAndPaths(described));
        assertEquals(SourcePassage.of(CONTINUUM, "Recording what we do and the decisions we take"),
                described.get(0).source().orElseThrow());
    }

    @Test
    void consentRefusedIsNotAGapInTheRecord() {
        // "Refusal to give consent to share information or to engage with services should not be seen in
        //  isolation as a reason to escalate concerns to the next level." (Information Sharing)
        ThresholdQuestion refused = ThresholdQuestion.builder().child(UNNAMED).consent(ConsentStatus.REFUSED)
                .addSection47Indicator(Section47Indicator.values()[0]).build();

        assertTrue(complete(refused).stream().noneMatch(f -> f.code().equals("sharing.consent-considered")));
    }

    @Test
    void anUnbornChildIsNotAskedForAName() {
        ThresholdQuestion unborn = ThresholdQuestion.builder().child(Child.unborn("unborn-3", LocalDate.of(2026, 3, 1)))
                .consent(ConsentStatus.GIVEN).immediateDanger(true).build();

        assertEquals(List.of(), complete(unborn));
    }

    @Test
    void theViolationsThemselvesCarryThePropertyPathInBeanValidationsNotation() {
        ThresholdQuestion question = ThresholdQuestion.builder().child(UNNAMED)
                .addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ADDITIONAL))
                .build();

        List<String> paths = Validators.DEFAULT.validate(question, Complete.class).stream()
                .map(v -> v.getPropertyPath().toString()).sorted().toList();

        assertEquals(List.of("child.name", "consent", "indicators[0].description"), paths);
    }
}
