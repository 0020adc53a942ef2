package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A professional disagreement as a record with two stages: it saves at any stage of escalation, and before
 * its record is complete each stage's two sides, joint agency group supervision considered before formal
 * escalation, and the resolution are queried. NSCP 3.15, section 5 ("Clear records should be kept of
 * disagreements and resolutions reached by all parties"); NSCP, Norfolk Guidance to Understanding Continuum
 * of Needs (2023), "Managing Challenge, Disagreement and Uncertainty".
 */
class ProfessionalDisagreementValidationTest {

    private static final Practitioner TEACHER = Practitioner.of("p-1", "Designated safeguarding lead",
            Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION));
    private static final Practitioner CSW = Practitioner.of("p-2", "Consultant Social Worker",
            Agency.of("cads", "Children's Advice and Duty Service", AgencyType.LOCAL_AUTHORITY));
    private static final Practitioner HEAD = Practitioner.of("p-3", "Headteacher",
            Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION));
    private static final Practitioner TEAM_MANAGER = Practitioner.of("p-4", "Team manager",
            Agency.of("cads", "Children's Advice and Duty Service", AgencyType.LOCAL_AUTHORITY));
    private static final LocalDate RAISED = LocalDate.of(2025, 12, 15);

    private static ProfessionalDisagreement.Builder raised() {
        return ProfessionalDisagreement.builder().id("d-1").addChildId("c-1").raisedBy(TEACHER).raisedWith(CSW)
                .raisedOn(RAISED).concern("The school thinks the threshold for a referral is met");
    }

    private static List<String> complete(ProfessionalDisagreement disagreement) {
        return Findings.check(Validators.DEFAULT, disagreement, Complete.class).stream()
                .map(f -> f.severity() + " " + f.code() + " at " + f.path()).sorted().toList();
    }

    @Test
    void aFormallyEscalatedDisagreementSavesAndIsQueriedUntilItsRecordIsClear() {
        // "Consider asking for a Joint Agency Group Supervision ...; this should happen outside or ahead of any
        //  formal escalation" (Managing Challenge, Disagreement and Uncertainty)
        ProfessionalDisagreement escalated = raised()
                .addStage(DisagreementStage.of(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, RAISED, List.of(TEACHER)))
                .addStage(DisagreementStage.of(EscalationStage.FIRST_LINE_MANAGERS, RAISED.plusDays(3),
                        List.of(HEAD, TEAM_MANAGER)))
                .resolvedOn(RAISED.plusDays(10))
                .build();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, escalated));
        List<Finding> findings = Findings.check(Validators.DEFAULT, escalated, Complete.class);
        assertEquals(List.of(
                "QUERY multiagency.escalation-joint-supervision-not-considered at jointSupervisionConsidered",
                "QUERY multiagency.escalation-participants-missing at stages/0/participants",
                "QUERY multiagency.escalation-resolution-not-recorded at resolution"), complete(escalated));
        assertEquals(SourcePassage.of("NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)",
                "Managing Challenge, Disagreement and Uncertainty"), findings.get(0).source().orElseThrow());
        assertEquals(SourcePassage.of("NSCP 3.15, Framework to Support Multi-agency Working Together in Norfolk",
                "5. Resolving Professional Disagreements"), findings.get(1).source().orElseThrow());

        ProfessionalDisagreement filledIn = ProfessionalDisagreement.builder(escalated)
                .stages(List.of(DisagreementStage.of(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, RAISED,
                        List.of(TEACHER, CSW)), escalated.stages().get(1)))
                .jointSupervisionConsidered(true).resolution("A referral to Family Support was agreed").build();
        assertEquals(List.of(), complete(filledIn), "the same record, filled in, is complete");
    }

    @Test
    void theStagesPathIsIndexedForBeanValidation() {
        ProfessionalDisagreement atOne = raised()
                .addStage(DisagreementStage.of(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, RAISED, List.of()))
                .build();

        assertEquals(List.of("stages[0].participants"), Validators.DEFAULT.validate(atOne, Complete.class).stream()
                .map(v -> v.getPropertyPath().toString()).toList());
    }
}
