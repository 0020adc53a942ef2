package dev.safeguarding.testing.model.multiagency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.multiagency.CadsOutcome;
import dev.safeguarding.model.multiagency.CadsScriptStep;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.RequesterRole;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.testing.MultiagencyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The joint supervision and CADS records reject what makes no sense and keep names and free text out of
 * {@code toString()}; a session that breaks the procedure can still be recorded, because it happened.
 */
class MultiagencyRecordsTest {

    private static final Practitioner TEACHER = Practitioner.builder().id("p-1").role("Designated safeguarding lead")
            .agency(Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION)).name("Ann Example-Teacher")
            .build();
    private static final Practitioner MANAGER = Practitioner.of("p-3", "Team manager",
            Agency.of("fs-1", "Family Support", AgencyType.LOCAL_AUTHORITY));
    private static final LocalDate MONDAY = LocalDate.of(2025, 12, 8);

    private static JointSupervisionRequest.Builder request() {
        return JointSupervisionRequest.builder().id("r-1").addChildId("c-1").requestedBy(TEACHER)
                .requesterRole(RequesterRole.PRACTITIONER).requestedOn(MONDAY);
    }

    private static CadsConsultation.Builder consultation() {
        return CadsConsultation.builder().id("k-1").caller(TEACHER).consultedOn(MONDAY);
    }

    @Test
    void aDecisionOrSessionBeforeTheRequestIsRejected() {
        assertEquals("decision", assertThrows(InvalidValueException.class, () -> request()
                .decision(JointSupervisionDecision.agreed(MANAGER, MONDAY.minusDays(1))).build()).field());
        assertEquals("session", assertThrows(InvalidValueException.class, () -> request()
                .session(JointSupervisionSession.builder().heldOn(MONDAY.minusDays(1)).build()).build()).field());
        assertEquals("session", assertThrows(InvalidValueException.class, () -> request()
                .decision(JointSupervisionDecision.agreed(MANAGER, MONDAY.plusDays(2)))
                .session(JointSupervisionSession.builder().heldOn(MONDAY.plusDays(1)).build()).build()).field());
    }

    @Test
    void aSessionWithOneSupervisorAndNoLeadCanBeRecorded() {
        JointSupervisionSession session = JointSupervisionSession.builder().heldOn(MONDAY).addSupervisor(MANAGER).build();
        assertEquals(Optional.empty(), session.leadCoordinator());
        assertFalse(session.participantsToldOfDisclosure());
        assertFalse(session.furtherSessionsAgreed());
    }

    @Test
    void theLeadCoordinatorMustBeOneOfTheSupervisors() {
        assertEquals("leadCoordinatorId", assertThrows(InvalidValueException.class, () -> JointSupervisionSession
                .builder().heldOn(MONDAY).addSupervisor(MANAGER).leadCoordinatorId("p-1").build()).field());
        JointSupervisionSession led = JointSupervisionSession.builder().heldOn(MONDAY).addSupervisor(MANAGER)
                .leadCoordinatorId("p-3").build();
        assertEquals(Optional.of(MANAGER), led.leadCoordinator());
    }

    @Test
    void recordsAndFurtherSessionsComeAfterTheSession() {
        assertEquals("recordPlacedOnFileOn", assertThrows(InvalidValueException.class, () -> JointSupervisionSession
                .builder().heldOn(MONDAY).recordPlacedOnFileOn(MONDAY.minusDays(1)).build()).field());
        assertEquals("recordCirculatedOn", assertThrows(InvalidValueException.class, () -> JointSupervisionSession
                .builder().heldOn(MONDAY).recordCirculatedOn(MONDAY.minusDays(1)).build()).field());
        assertEquals("furtherSessionDates", assertThrows(InvalidValueException.class, () -> JointSupervisionSession
                .builder().heldOn(MONDAY).furtherSessionsAgreed(true).addFurtherSessionDate(MONDAY).build()).field());
        assertEquals("furtherSessionDates", assertThrows(InvalidValueException.class, () -> JointSupervisionSession
                .builder().heldOn(MONDAY).addFurtherSessionDate(MONDAY.plusDays(14)).build()).field());
    }

    @Test
    void aFormalReferralRecordsFamilySupportOrFastAndTheLevelOfNeed() {
        CadsConsultation referral = consultation().outcome(CadsOutcome.FORMAL_REFERRAL)
                .referralPathway(Pathway.FAST_REFERRAL).levelOfNeed(LevelOfNeed.ACUTE).build();
        assertEquals(Optional.of(LevelOfNeed.ACUTE), referral.levelOfNeed());
        assertEquals(ConsentStatus.NOT_SOUGHT, referral.consent());
        assertEquals(EnumSet.allOf(CadsScriptStep.class), referral.missingSteps());

        assertEquals("referralPathway", assertThrows(InvalidValueException.class,
                () -> consultation().outcome(CadsOutcome.FORMAL_REFERRAL).build()).field());
        assertEquals("referralPathway", assertThrows(InvalidValueException.class, () -> consultation()
                .outcome(CadsOutcome.FORMAL_REFERRAL).referralPathway(Pathway.EMERGENCY)
                .levelOfNeed(LevelOfNeed.ACUTE).build()).field());
        assertEquals("levelOfNeed", assertThrows(InvalidValueException.class, () -> consultation()
                .outcome(CadsOutcome.FORMAL_REFERRAL).referralPathway(Pathway.FAMILY_SUPPORT_REFERRAL).build()).field());
        assertEquals("referralPathway", assertThrows(InvalidValueException.class, () -> consultation()
                .outcome(CadsOutcome.ADVICE_AND_SIGNPOSTING).referralPathway(Pathway.FAMILY_SUPPORT_REFERRAL)
                .levelOfNeed(LevelOfNeed.COMPLEX).build()).field());
    }

    @Test
    void informationSharedInTheMashMayLeadToAReferralToFast() {
        CadsConsultation mash = consultation().outcome(CadsOutcome.SHARED_IN_MASH)
                .referralPathway(Pathway.FAST_REFERRAL).levelOfNeed(LevelOfNeed.ACUTE).build();
        assertEquals(Optional.of(Pathway.FAST_REFERRAL), mash.referralPathway());
    }

    @Test
    void feedbackBeforeTheConsultationIsRejected() {
        assertEquals("feedbackSummaryGivenOn", assertThrows(InvalidValueException.class,
                () -> consultation().feedbackSummaryGivenOn(MONDAY.minusDays(1)).build()).field());
    }

    @Test
    void noNameOrFreeTextInAnyToString() {
        Property.forAll(MultiagencyGen.requests(), r -> assertNoPersonalData(r.toString(),
                Stream.concat(Stream.of(r.requestedBy()), Stream.concat(r.decision().stream()
                        .map(JointSupervisionDecision::decidedBy), r.session().stream().flatMap(s -> Stream.concat(
                                Stream.concat(s.supervisors().stream(), s.supervisees().stream()),
                                s.keyworker().stream())))).toList(), List.of()));
        Property.forAll(MultiagencyGen.consultations(), c -> assertNoPersonalData(c.toString(),
                Stream.concat(Stream.of(c.caller()), c.consultantSocialWorker().stream()).toList(),
                c.concern().stream().toList()));
        Property.forAll(MultiagencyGen.disagreements(), d -> assertNoPersonalData(d.toString(),
                Stream.concat(Stream.of(d.raisedBy(), d.raisedWith()),
                        d.stages().stream().flatMap(s -> s.participants().stream())).toList(),
                Stream.concat(Stream.concat(d.concern().stream(), d.resolution().stream()),
                        d.stages().stream().flatMap(s -> s.outcome().stream())).toList()));
    }

    @Test
    void theNamedTeacherIsNotInTheRequestsToString() {
        String text = request().build().toString();
        assertFalse(text.contains("Ann Example-Teacher"), text);
        assertTrue(text.contains("p-1"), text);
    }

    private static void assertNoPersonalData(String text, List<Practitioner> people, List<String> freeText) {
        for (Practitioner person : people) {
            person.name().ifPresent(name -> assertFalse(text.contains(name), () -> "shows a name: " + text));
        }
        for (String free : freeText) {
            assertFalse(text.contains(free), () -> "shows free text: " + text);
        }
    }
}
