package dev.safeguarding.testing.model.prebirth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
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
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pre-birth parts of people: the unborn child's pre-birth assessment and safeguarding birth plan, as
 * the Somerset pre-birth protocol describes them. The example is the forum's baby: pre-birth assessment in
 * October 2016 and pre-birth planning meeting in November (the days and the expected date are made up).
 */
class PreBirthTest {

    private static final Child BABY = Child.unborn("baby-1", LocalDate.of(2016, 12, 28));
    private static final Agency HOSPITAL = Agency.of("hosp", "Test Hospital", AgencyType.HEALTH);
    private static final Agency COUNCIL = Agency.of("csc", "Children's Social Care", AgencyType.LOCAL_AUTHORITY);
    private static final Practitioner MIDWIFE = Practitioner.builder().id("mw-1").role("Specialist midwife")
            .agency(HOSPITAL).name("Morgan Example").build();

    @Test
    void aPreBirthAssessmentIsOfAnUnbornChildAndSaysHowEarlyItStarted() {
        PreBirthAssessment assessment = PreBirthAssessment.builder().id("pba-1").child(BABY)
                .startedOn(LocalDate.of(2016, 10, 20))
                .addAddressedTasks(PreBirthTask.IDENTIFY_RISKS, PreBirthTask.ABILITY_TO_PROTECT,
                        PreBirthTask.ADULT_SERVICES)
                .addRisk("Both parents have significant mental health needs")
                .addSiblingIds("sib-1", "sib-2", "sib-3")
                .addAdultService(Agency.of("cpn", "Community Psychiatric Nurse", AgencyType.ADULT_SERVICES))
                .levelOfNeed(LevelOfNeed.COMPLEX)
                .build();

        assertEquals(9, assessment.weeksBeforeDelivery());
        assertEquals(LocalDate.of(2016, 12, 28), assessment.expectedDateOfDelivery());
        assertEquals(EnumSet.of(PreBirthTask.FORM_RELATIONSHIPS, PreBirthTask.UNDERSTAND_IMPACT,
                PreBirthTask.SAFETY_PLANNING, PreBirthTask.ASSESSMENTS_AND_REFERRALS), assessment.tasksNotAddressed());
        assertFalse(assessment.toString().contains("mental health"), "risks are never shown");
        assertFalse(assessment.toString().contains("2016-12-28"), "nor the expected date");
        assertEquals("child", assertThrows(InvalidValueException.class, () -> PreBirthAssessment.builder().id("p")
                .child(Child.born("c", LocalDate.of(2016, 1, 1))).startedOn(LocalDate.of(2016, 1, 1)).build()).field());
        assertEquals("completedOn", assertThrows(InvalidValueException.class, () -> PreBirthAssessment.builder()
                .id("p").child(BABY).startedOn(LocalDate.of(2016, 10, 20)).completedOn(LocalDate.of(2016, 10, 19))
                .build()).field());
    }

    @Test
    void theTasksAreTheProtocolsSevenInItsOrder() {
        assertEquals(7, PreBirthTask.values().length);
        assertEquals(1, PreBirthTask.FORM_RELATIONSHIPS.number());
        assertEquals("Explore and agree safety planning options.", PreBirthTask.SAFETY_PLANNING.label());
    }

    @Test
    void aBirthPlanNamesWhoIsNotifiedAndWhoItWasSentTo() {
        SafeguardingBirthPlan plan = SafeguardingBirthPlan.builder().id("sbp-1").child(BABY)
                .agreedOn(LocalDate.of(2016, 11, 10))
                .addContact(ProfessionalContact.of(MIDWIFE, "01234 567890", true))
                .addContact(ProfessionalContact.of(Practitioner.of("sw-1", "Social worker", COUNCIL), "01234 000000",
                        false))
                .dischargeArrangements("Baby and mother to stay on the ward until the discharge planning meeting")
                .addSentTo(BirthPlanDissemination.of(BirthPlanRecipient.BIRTHING_UNIT, HOSPITAL,
                        LocalDate.of(2016, 11, 11)))
                .build();

        assertEquals(List.of(MIDWIFE), plan.notifiedOfBirth().stream().map(ProfessionalContact::practitioner).toList());
        assertTrue(plan.wasSentTo(BirthPlanRecipient.BIRTHING_UNIT));
        assertFalse(plan.wasSentTo(BirthPlanRecipient.EMERGENCY_DUTY_TEAM));
        String text = plan.toString();
        assertFalse(text.contains("01234"), "no telephone numbers");
        assertFalse(text.contains("Morgan"), "no names");
        assertFalse(text.contains("ward"), "no discharge arrangements");
        assertEquals("sentTo", assertThrows(InvalidValueException.class, () -> SafeguardingBirthPlan.builder()
                .id("p").child(BABY).agreedOn(LocalDate.of(2016, 11, 10))
                .addSentTo(BirthPlanDissemination.of(BirthPlanRecipient.EMERGENCY_DUTY_TEAM, COUNCIL,
                        LocalDate.of(2016, 11, 9))).build()).field());
        assertEquals("telephone", assertThrows(InvalidValueException.class,
                () -> ProfessionalContact.of(MIDWIFE, " ", true)).field());
    }

    @Test
    void preBirthRecordsNeverShowNamesNumbersOrText() {
        Property.forAll(ChronologyGen.birthPlans(), plan -> {
            String text = plan.toString();
            plan.contacts().forEach(c -> {
                assertFalse(text.contains(c.telephone()));
                c.practitioner().name().ifPresent(n -> assertFalse(text.contains(n)));
                assertFalse(c.toString().contains(c.telephone()));
            });
            plan.dischargeArrangements().ifPresent(d -> assertFalse(text.contains(d)));
            plan.child().name().ifPresent(n -> assertFalse(text.contains(n)));
        });
        Property.forAll(ChronologyGen.preBirthAssessments(), a -> a.risks()
                .forEach(r -> assertFalse(a.toString().contains(r))));
    }
}
