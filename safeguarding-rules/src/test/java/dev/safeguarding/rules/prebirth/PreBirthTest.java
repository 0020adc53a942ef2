package dev.safeguarding.rules.prebirth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
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
 * The Somerset pre-birth protocol as checks. "Developing a Safeguarding Birth Plan will plan for the delivery
 * of the baby and the immediate post-natal period, including who should be notified of the birth of the baby.
 * This is disseminated to the agreed partners and birthing units. Disseminated to relevant professionals
 * including Emergency Duty Team (EDT). Should include contact names and numbers of professionals involved and
 * agreed arrangements for discharge."
 */
class PreBirthTest {

    private static final Child BABY = Child.unborn("baby-1", LocalDate.of(2016, 12, 28));
    private static final Agency HOSPITAL = Agency.of("hosp", "Test Hospital", AgencyType.HEALTH);
    private static final Agency COUNCIL = Agency.of("csc", "Children's Social Care", AgencyType.LOCAL_AUTHORITY);
    private static final LocalDate AGREED = LocalDate.of(2016, 11, 10);

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void aPlanWithNoOneToNotifyNoDischargeArrangementsAndNotSentToEdtIsIncomplete() {
        SafeguardingBirthPlan plan = SafeguardingBirthPlan.builder().id("sbp-1").child(BABY).agreedOn(AGREED)
                .addContact(ProfessionalContact.of(Practitioner.of("mw", "Specialist midwife", HOSPITAL), "01234 567890",
                        false))
                .addSentTo(BirthPlanDissemination.of(BirthPlanRecipient.BIRTHING_UNIT, HOSPITAL, AGREED))
                .build();

        List<Finding> findings = PreBirth.check(plan);

        assertEquals(List.of("prebirth.no-one-to-notify", "prebirth.no-discharge-arrangements",
                "prebirth.not-sent-to-edt"), codes(findings));
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.QUERY),
                findings.stream().map(Finding::severity).toList());
    }

    @Test
    void aPlanAsTheProtocolDescribesItHasNoFindings() {
        SafeguardingBirthPlan plan = SafeguardingBirthPlan.builder().id("sbp-1").child(BABY).agreedOn(AGREED)
                .addContact(ProfessionalContact.of(Practitioner.of("mw", "Specialist midwife", HOSPITAL), "01234 567890",
                        true))
                .addContact(ProfessionalContact.of(Practitioner.of("edt", "Emergency Duty Team", COUNCIL), "01234 000000",
                        true))
                .dischargeArrangements("Discharge planning meeting before mother and baby leave the ward")
                .addSentTo(BirthPlanDissemination.of(BirthPlanRecipient.BIRTHING_UNIT, HOSPITAL, AGREED),
                        BirthPlanDissemination.of(BirthPlanRecipient.EMERGENCY_DUTY_TEAM, COUNCIL, AGREED))
                .build();
        assertEquals(List.of(), PreBirth.check(plan));
        assertEquals(List.of("prebirth.no-contacts", "prebirth.no-one-to-notify", "prebirth.no-discharge-arrangements",
                "prebirth.not-sent-to-birthing-unit", "prebirth.not-sent-to-edt"), codes(PreBirth.check(
                SafeguardingBirthPlan.builder().id("sbp-2").child(BABY).agreedOn(AGREED).build())));
    }

    @Test
    void anAssessmentIsQueriedForTasksNotAddressedAndACompletedOneForNoRisksOrLevel() {
        PreBirthAssessment started = PreBirthAssessment.builder().id("pba-1").child(BABY)
                .startedOn(LocalDate.of(2016, 10, 20))
                .addressedTasks(EnumSet.complementOf(EnumSet.of(PreBirthTask.ADULT_SERVICES, PreBirthTask.SAFETY_PLANNING)))
                .build();
        List<Finding> findings = PreBirth.check(started);
        assertEquals(List.of("prebirth.tasks-not-addressed"), codes(findings));
        assertEquals("Tasks of the ante-natal period not addressed: 4, 7 of 7.", findings.get(0).message());

        PreBirthAssessment completed = PreBirthAssessment.builder().from(started)
                .completedOn(LocalDate.of(2016, 11, 3)).addressedTasks(EnumSet.allOf(PreBirthTask.class)).build();
        assertEquals(List.of("prebirth.no-risks-recorded", "prebirth.no-level-of-need"), codes(PreBirth.check(completed)));
        assertEquals(List.of(), PreBirth.check(PreBirthAssessment.builder().from(completed)
                .addRisk("Parental mental health").levelOfNeed(LevelOfNeed.COMPLEX).build()));
    }
}
