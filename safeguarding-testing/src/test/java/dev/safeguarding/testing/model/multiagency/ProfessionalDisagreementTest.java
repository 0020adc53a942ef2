package dev.safeguarding.testing.model.multiagency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.MultiagencyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A professional disagreement's record can never show escalation moving backwards, skipping a stage or
 * going past the fourth, nor dates out of order (NSCP 3.15, section 5: "Stage One: Direct Professional to
 * Professional Discussion" ... "Stage Four: Norfolk Safeguarding Children Partnership (NSCP) Resolution
 * Panel chaired by the NSCP Independent Chair").
 */
class ProfessionalDisagreementTest {

    private static final Practitioner TEACHER = Practitioner.of("p-1", "Designated safeguarding lead",
            Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION));
    private static final Practitioner CONSULTANT = Practitioner.of("p-2", "Consultant Social Worker",
            Agency.of("cads", "Children's Advice and Duty Service", AgencyType.LOCAL_AUTHORITY));
    private static final LocalDate RAISED = LocalDate.of(2025, 12, 17);

    private static ProfessionalDisagreement.Builder raised() {
        return ProfessionalDisagreement.builder().id("d-1").raisedBy(TEACHER).raisedWith(CONSULTANT).raisedOn(RAISED);
    }

    private static DisagreementStage stage(EscalationStage stage, LocalDate startedOn) {
        return DisagreementStage.of(stage, startedOn, List.of(TEACHER, CONSULTANT));
    }

    @Test
    void stagesRunFromStageOneInOrder() {
        ProfessionalDisagreement d = raised()
                .addStage(stage(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, RAISED))
                .addStage(stage(EscalationStage.FIRST_LINE_MANAGERS, RAISED.plusDays(7)))
                .build();
        assertEquals(Optional.of(EscalationStage.FIRST_LINE_MANAGERS), d.currentStage());
        assertTrue(d.isFormallyEscalated());
        assertFalse(d.isResolved());
    }

    @Test
    void aDisagreementNotYetDiscussedHasNoStage() {
        ProfessionalDisagreement d = raised().build();
        assertEquals(Optional.empty(), d.currentStage());
        assertFalse(d.isFormallyEscalated());
    }

    @Test
    void skippingAStageIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> raised()
                .addStage(stage(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, RAISED))
                .addStage(stage(EscalationStage.SENIOR_MANAGERS, RAISED.plusDays(7)))
                .build());
        assertEquals("stages", e.field());
    }

    @Test
    void startingAnywhereButStageOneIsRejected() {
        assertEquals("stages", assertThrows(InvalidValueException.class,
                () -> raised().addStage(stage(EscalationStage.FIRST_LINE_MANAGERS, RAISED)).build()).field());
    }

    @Test
    void aStageBeforeTheResponseAtTheStageBeforeIsRejected() {
        DisagreementStage one = DisagreementStage.builder(stage(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, RAISED))
                .respondedOn(RAISED.plusDays(5)).build();
        assertEquals("stages", assertThrows(InvalidValueException.class, () -> raised().addStage(one)
                .addStage(stage(EscalationStage.FIRST_LINE_MANAGERS, RAISED.plusDays(4))).build()).field());
    }

    @Test
    void aStageBeforeTheDisagreementWasRaisedIsRejected() {
        assertEquals("stages", assertThrows(InvalidValueException.class, () -> raised()
                .addStage(stage(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, RAISED.minusDays(1))).build()).field());
    }

    @Test
    void aResponseBeforeItsStageStartedIsRejected() {
        assertEquals("respondedOn", assertThrows(InvalidValueException.class, () -> DisagreementStage.builder()
                .stage(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL).startedOn(RAISED).respondedOn(RAISED.minusDays(1))
                .build()).field());
    }

    @Test
    void aResolutionBeforeTheLastStageOrWithoutADateIsRejected() {
        ProfessionalDisagreement.Builder atOne = raised()
                .addStage(stage(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, RAISED.plusDays(2)));
        assertEquals("resolvedOn", assertThrows(InvalidValueException.class,
                () -> atOne.resolvedOn(RAISED.plusDays(1)).build()).field());
        assertEquals("resolvedOn", assertThrows(InvalidValueException.class,
                () -> raised().resolution("Agreed to refer to Family Support").build()).field());
    }

    @Test
    void blankTextIsRejectedNamingTheField() {
        assertEquals("concern", assertThrows(InvalidValueException.class, () -> raised().concern(" ").build()).field());
        assertEquals("id", assertThrows(InvalidValueException.class, () -> raised().id("").build()).field());
        assertEquals("childIds", assertThrows(InvalidValueException.class,
                () -> raised().addChildId(" ").build()).field());
    }

    @Test
    void stageDatesAreOrderedInEveryRecord() {
        Property.forAll(MultiagencyGen.disagreements(), d -> {
            LocalDate last = d.raisedOn();
            for (int i = 0; i < d.stages().size(); i++) {
                DisagreementStage stage = d.stages().get(i);
                assertEquals(i + 1, stage.stage().number());
                assertFalse(stage.startedOn().isBefore(last));
                assertFalse(stage.lastDate().isBefore(stage.startedOn()));
                last = stage.lastDate();
            }
            LocalDate end = last;
            d.resolvedOn().ifPresent(r -> assertFalse(r.isBefore(end)));
        });
    }

    @Test
    void anyStageMovedEarlierThanTheStageBeforeIsRejected() {
        Gen<ProfessionalDisagreement> withTwoOrMore = MultiagencyGen.disagreements().filter(d -> d.stages().size() >= 2);
        Property.forAll(withTwoOrMore.flatMap(d -> random -> {
            int i = 1 + random.nextInt(d.stages().size() - 1);
            DisagreementStage before = d.stages().get(i - 1);
            DisagreementStage moved = DisagreementStage.builder()
                    .stage(d.stages().get(i).stage())
                    .startedOn(before.lastDate().minusDays(1 + random.nextInt(30)))
                    .build();
            List<DisagreementStage> stages = new ArrayList<>(d.stages().subList(0, i));
            stages.add(moved);
            return ProfessionalDisagreement.builder(d).stages(stages).resolvedOn(Optional.empty())
                    .resolution(Optional.empty());
        }), builder -> assertEquals("stages",
                assertThrows(InvalidValueException.class, builder::build).field()));
    }

    @Test
    void anyStageListThatIsNotOneTwoThreeFourIsRejected() {
        Gen<List<EscalationStage>> orders = Gen.lists(Gen.enumValues(EscalationStage.class), 1, 6)
                .filter(list -> {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i).number() != i + 1) {
                            return true;
                        }
                    }
                    return false;
                });
        Property.forAll(orders, order -> {
            ProfessionalDisagreement.Builder builder = raised();
            for (EscalationStage s : order) {
                builder.addStage(stage(s, RAISED));
            }
            assertEquals("stages", assertThrows(InvalidValueException.class, builder::build).field());
        });
    }

    @Test
    void theStagesMoveForwardOneAtATimeAndStopAtTheFourth() {
        assertEquals(Optional.of(EscalationStage.FIRST_LINE_MANAGERS), EscalationStage.PROFESSIONAL_TO_PROFESSIONAL.next());
        assertEquals(Optional.empty(), EscalationStage.RESOLUTION_PANEL.next());
        assertEquals(Optional.empty(), EscalationStage.PROFESSIONAL_TO_PROFESSIONAL.previous());
        assertFalse(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL.isFormalEscalation());
        for (EscalationStage stage : EscalationStage.values()) {
            stage.next().ifPresent(n -> assertEquals(stage.number() + 1, n.number()));
            assertEquals(Optional.of(stage), EscalationStage.ofNumber(stage.number()));
            assertEquals("escalation-stage-" + stage.number(), stage.startedEvent().id());
        }
        assertEquals(Optional.empty(), EscalationStage.ofNumber(0));
        assertEquals(Optional.empty(), EscalationStage.ofNumber(5));
    }
}
