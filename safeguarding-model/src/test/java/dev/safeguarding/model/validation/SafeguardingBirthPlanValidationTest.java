package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.prebirth.BirthPlanDissemination;
import dev.safeguarding.model.prebirth.BirthPlanRecipient;
import dev.safeguarding.model.prebirth.PreBirthAssessment;
import dev.safeguarding.model.prebirth.PreBirthTask;
import dev.safeguarding.model.prebirth.ProfessionalContact;
import dev.safeguarding.model.prebirth.SafeguardingBirthPlan;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A safeguarding birth plan, and the pre-birth assessment before it, as records with two stages. Somerset
 * Safeguarding Children Board, Multi-agency Pre-birth Protocol to Safeguard Unborn Babies (September 2016), as
 * extracted in the practitioner forum (2017): "Developing a Safeguarding Birth Plan will plan for the delivery
 * of the baby and the immediate post-natal period, including who should be notified of the birth of the baby.
 * This is disseminated to the agreed partners and birthing units. Disseminated to relevant professionals
 * including Emergency Duty Team (EDT). Should include contact names and numbers of professionals involved and
 * agreed arrangements for discharge." The constraints are the rules module's findings ({@code PreBirth.check}),
 * with the same codes, severities, paths and source.
 */
class SafeguardingBirthPlanValidationTest {

    private static final SourcePassage PROTOCOL = SourcePassage.of("Somerset Safeguarding Children Board,"
            + " Multi-agency Pre-birth Protocol to Safeguard Unborn Babies (September 2016)",
            "Extracts from Multi-Agency Pre-Birth Protocol");

    /** The seed's timeline: "[November 2016] Pre-birth Planning mtg and Child in Need Mtg (CiN)". */
    private static final LocalDate PLANNING_MEETING = LocalDate.of(2016, 11, 10);
    private static final Child BABY = Child.builder().id("baby-1").expectedDateOfDelivery(LocalDate.of(2016, 12, 28))
            .name("Baby Testchild").build();
    private static final Agency HOSPITAL = Agency.of("hosp", "Test Hospital", AgencyType.HEALTH);
    private static final Agency COUNCIL = Agency.of("csc", "Children's Social Care", AgencyType.LOCAL_AUTHORITY);
    private static final Practitioner MIDWIFE = Practitioner.builder().id("mw-1").role("Specialist midwife")
            .agency(HOSPITAL).name("Mary Midwife").build();
    private static final String MIDWIFE_NUMBER = "01234 567890";
    private static final String DISCHARGE = "Discharge planning meeting on the ward before mother and baby go home";

    /** The plan as first saved after the planning meeting: the midwife, not yet to be told; sent to the unit. */
    private static SafeguardingBirthPlan draft() {
        return SafeguardingBirthPlan.builder().id("sbp-1").child(BABY).agreedOn(PLANNING_MEETING)
                .addContact(ProfessionalContact.of(MIDWIFE, MIDWIFE_NUMBER, false))
                .addSentTo(BirthPlanDissemination.of(BirthPlanRecipient.BIRTHING_UNIT, HOSPITAL, PLANNING_MEETING))
                .build();
    }

    /** The same plan as the protocol describes it: who is told of the birth, discharge, sent to the EDT too. */
    private static SafeguardingBirthPlan filledIn() {
        return SafeguardingBirthPlan.builder().from(draft())
                .contacts(List.of(ProfessionalContact.of(MIDWIFE, MIDWIFE_NUMBER, true),
                        ProfessionalContact.of(Practitioner.of("edt-1", "Emergency Duty Team social worker", COUNCIL),
                                "01234 000000", true)))
                .dischargeArrangements(DISCHARGE)
                .addSentTo(BirthPlanDissemination.of(BirthPlanRecipient.EMERGENCY_DUTY_TEAM, COUNCIL,
                        PLANNING_MEETING.plusDays(1)))
                .build();
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList();
    }

    @Test
    void aDraftPlanSavesAndIsNotCompleteUntilItSaysWhoIsToldOfTheBirthDischargeAndTheEdt() {
        SafeguardingBirthPlan draft = draft();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, draft), "a draft saves at any stage");
        List<Finding> findings = Findings.check(Validators.DEFAULT, draft, Complete.class);
        assertEquals(List.of(
                "ERROR prebirth.no-one-to-notify at contacts",
                "ERROR prebirth.no-discharge-arrangements at dischargeArrangements",
                "QUERY prebirth.not-sent-to-edt at sentTo"), described(findings));
        assertEquals(List.of(PROTOCOL, PROTOCOL, PROTOCOL), findings.stream().map(f -> f.source().orElseThrow()).toList());

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, filledIn(), Complete.class),
                "the same plan, filled in, is complete");
    }

    @Test
    void anEmptyPlanLacksEverythingTheProtocolAsksOfItAtThePathsOfTheRulesModule() {
        SafeguardingBirthPlan empty = SafeguardingBirthPlan.builder().id("sbp-2").child(BABY)
                .agreedOn(PLANNING_MEETING).build();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, empty));
        assertEquals(List.of(
                "ERROR prebirth.no-contacts at contacts",
                "ERROR prebirth.no-one-to-notify at contacts",
                "ERROR prebirth.no-discharge-arrangements at dischargeArrangements",
                "QUERY prebirth.not-sent-to-birthing-unit at sentTo",
                "QUERY prebirth.not-sent-to-edt at sentTo"),
                described(Findings.check(Validators.DEFAULT, empty, Complete.class)));
        assertEquals(List.of("contacts", "contacts", "dischargeArrangements", "sentTo", "sentTo"),
                Validators.DEFAULT.validate(empty, Complete.class).stream().map(v -> v.getPropertyPath().toString())
                        .sorted().toList());
    }

    @Test
    void sentToTheBirthingUnitButNotTheEdtIsAQueryNotAnError() {
        // "This is disseminated to the agreed partners and birthing units." "Disseminated to relevant professionals
        //  including Emergency Duty Team (EDT)."
        SafeguardingBirthPlan notToEdt = SafeguardingBirthPlan.builder().from(filledIn())
                .sentTo(List.of(BirthPlanDissemination.of(BirthPlanRecipient.BIRTHING_UNIT, HOSPITAL, PLANNING_MEETING)))
                .build();

        assertEquals(List.of("QUERY prebirth.not-sent-to-edt at sentTo"),
                described(Findings.check(Validators.DEFAULT, notToEdt, Complete.class)));
    }

    @Test
    void aPreBirthAssessmentIsQueriedForTheProtocolsTasksAndOnceCompletedForItsRisksAndLevelOfNeed() {
        // "The ante-natal period gives a window of opportunity for practitioners and families to work together
        //  to; ..." and "The aim of the assessment is to ensure that; The risks and vulnerabilities are identified
        //  as early as possible." The seed's timeline: "[October 2016] ... Pre-birth Assessment".
        PreBirthAssessment started = PreBirthAssessment.builder().id("pba-1").child(BABY)
                .startedOn(LocalDate.of(2016, 10, 20))
                .addressedTasks(EnumSet.complementOf(EnumSet.of(PreBirthTask.SAFETY_PLANNING, PreBirthTask.ADULT_SERVICES)))
                .build();
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, started));
        List<Finding> findings = Findings.check(Validators.DEFAULT, started, Complete.class);
        assertEquals(List.of("QUERY prebirth.tasks-not-addressed at addressedTasks"), described(findings));
        assertEquals(PROTOCOL, findings.get(0).source().orElseThrow());

        PreBirthAssessment completed = PreBirthAssessment.builder().from(started).completedOn(PLANNING_MEETING)
                .addressedTasks(EnumSet.allOf(PreBirthTask.class)).build();
        assertEquals(List.of("QUERY prebirth.no-level-of-need at levelOfNeed", "QUERY prebirth.no-risks-recorded at risks"),
                described(Findings.check(Validators.DEFAULT, completed, Complete.class)));

        PreBirthAssessment filledIn = PreBirthAssessment.builder().from(completed)
                .addRisk("Parental mental health").levelOfNeed(LevelOfNeed.COMPLEX).build();
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, filledIn, Complete.class));
    }

    @Test
    void noFindingHoldsANameANumberTheExpectedDateOrTheDischargeArrangements() {
        SafeguardingBirthPlan plan = SafeguardingBirthPlan.builder().from(draft()).dischargeArrangements(DISCHARGE)
                .build();
        for (Finding finding : Findings.check(Validators.DEFAULT, plan, Complete.class)) {
            for (String personal : List.of("Baby Testchild", "Mary Midwife", MIDWIFE_NUMBER, "2016-12-28", DISCHARGE)) {
                assertFalse(finding.message().contains(personal) || finding.toString().contains(personal),
                        finding.code());
            }
        }
    }
}
