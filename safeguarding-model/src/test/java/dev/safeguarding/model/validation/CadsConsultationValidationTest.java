package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.multiagency.CadsOutcome;
import dev.safeguarding.model.multiagency.CadsScriptStep;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consultation with the Children's Advice and Duty Service as a record with two stages: it saves during
 * the call, and before its record is complete the outcome, the script, consent for a referral and the named
 * Consultant Social Worker are queried. NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023),
 * "The Children's Advice &amp; Duty Service" and "Recording what we do and the decisions we take".
 */
class CadsConsultationValidationTest {

    private static final String CONTINUUM = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";
    private static final Practitioner TEACHER = Practitioner.of("p-1", "Designated safeguarding lead",
            Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION));
    private static final Practitioner CSW = Practitioner.of("p-2", "Consultant Social Worker",
            Agency.of("cads", "Children's Advice and Duty Service", AgencyType.LOCAL_AUTHORITY));
    private static final LocalDate CALLED = LocalDate.of(2025, 12, 19);

    private static CadsConsultation.Builder call() {
        return CadsConsultation.builder().id("k-1").addChildId("c-1").caller(TEACHER).consultedOn(CALLED)
                .concern("Worries about a child's weight loss");
    }

    private static List<String> complete(CadsConsultation consultation) {
        return Findings.check(Validators.DEFAULT, consultation, Complete.class).stream()
                .map(f -> f.severity() + " " + f.code() + " at " + f.path()).sorted().toList();
    }

    @Test
    void aCallInProgressSavesAndIsQueriedUntilItsOutcomeAndConsultantAreRecorded() {
        // "They are working to the principle of 'never do nothing' ... The outcomes of these conversations will
        //  result in a clearly defined pathway"; "The named Consultant Social Worker will always provide the caller
        //  a feedback summary"
        CadsConsultation draft = call().build();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, draft));
        assertEquals(List.of("QUERY multiagency.cads-consultant-not-named at consultantSocialWorker",
                "QUERY multiagency.cads-no-outcome at outcome"), complete(draft));

        CadsConsultation filledIn = call().consultantSocialWorker(CSW).completedSteps(EnumSet.allOf(CadsScriptStep.class))
                .consent(ConsentStatus.GIVEN).outcome(CadsOutcome.FORMAL_REFERRAL)
                .referralPathway(Pathway.FAMILY_SUPPORT_REFERRAL).levelOfNeed(LevelOfNeed.COMPLEX).build();
        assertEquals(List.of(), complete(filledIn), "the same record, filled in, is complete");
    }

    @Test
    void aReferralWithTheScriptIncompleteAndConsentNotSoughtIsQueried() {
        // "Consultant Social Workers will support professionals to gain consent, if it has not already been given"
        CadsConsultation referral = call().consultantSocialWorker(CSW).addCompletedStep(CadsScriptStep.values()[0])
                .outcome(CadsOutcome.FORMAL_REFERRAL).referralPathway(Pathway.FAST_REFERRAL)
                .levelOfNeed(LevelOfNeed.COMPLEX).build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, referral, Complete.class);

        assertEquals(List.of("QUERY multiagency.cads-consent-not-sought at consent",
                "QUERY multiagency.cads-script-incomplete at completedSteps"), complete(referral));
        assertEquals(SourcePassage.of(CONTINUUM, "The Children's Advice & Duty Service"),
                findings.get(0).source().orElseThrow());
        assertEquals(List.of(), complete(CadsConsultation.builder(referral).consent(ConsentStatus.REFUSED)
                .completedSteps(EnumSet.allOf(CadsScriptStep.class)).build()),
                "refused consent is not a gap: refusal is not in itself a reason to escalate");
        assertEquals(Severity.QUERY, findings.get(1).severity());
    }

    @Test
    void aReferralWhoseLevelContradictsItsPathwayIsQueried() {
        // "Or a formal referral, recording the level of need. Depending on the level, the referral will be
        //  processed into either a Family Support Team or Social Work Team" (The Children's Advice & Duty Service);
        //  FAST: "If child is at risk or likely risk of harm requiring a statutory Social Work Assessment"
        CadsConsultation.Builder referral = call().consultantSocialWorker(CSW)
                .completedSteps(EnumSet.allOf(CadsScriptStep.class)).consent(ConsentStatus.GIVEN)
                .outcome(CadsOutcome.FORMAL_REFERRAL);
        CadsConsultation fastAtUniversal = referral.referralPathway(Pathway.FAST_REFERRAL)
                .levelOfNeed(LevelOfNeed.UNIVERSAL).build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, fastAtUniversal, Complete.class);
        assertEquals(List.of("QUERY multiagency.cads-level-contradicts-pathway at levelOfNeed"),
                complete(fastAtUniversal));
        assertEquals(SourcePassage.of(CONTINUUM, "The Children's Advice & Duty Service"),
                findings.get(0).source().orElseThrow());
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, fastAtUniversal), "it saves as recorded");

        assertEquals(List.of("QUERY multiagency.cads-level-contradicts-pathway at levelOfNeed"), complete(referral
                .referralPathway(Pathway.FAMILY_SUPPORT_REFERRAL).levelOfNeed(LevelOfNeed.ACUTE).build()));
        for (LevelOfNeed level : List.of(LevelOfNeed.COMPLEX, LevelOfNeed.ACUTE)) {
            assertEquals(List.of(), complete(referral.referralPathway(Pathway.FAST_REFERRAL).levelOfNeed(level).build()));
        }
    }
}
