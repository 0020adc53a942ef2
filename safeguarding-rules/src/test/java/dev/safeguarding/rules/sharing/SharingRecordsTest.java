package dev.safeguarding.rules.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.sharing.Consent;
import dev.safeguarding.model.sharing.ConsentScope;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.PersonAtRisk;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingDecision;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SharingGen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record of every decision: corrections, and checks against the guidance and the advice. */
class SharingRecordsTest {

    private static final InformationSharingAdvisor ADVISOR = InformationSharingAdvisor.norfolk2023();
    private static final Child CHILD = Child.born("c-1", LocalDate.of(2017, 1, 15));
    private static final Agency CADS = Agency.of("cads", "Children's Advice and Duty Service",
            AgencyType.LOCAL_AUTHORITY);
    private static final Contributor DSL = Contributor.of(ContributorKind.PRACTITIONER, "dsl-1");
    private static final String SECRET = "Mother told the teacher about the violence at home";

    private static SharingDecision.Builder notShared(String id) {
        return SharingDecision.builder().id(id).child(CHILD).share(false).reasons(SECRET).decidedBy(DSL)
                .decidedOn(LocalDate.of(2026, 3, 2));
    }

    private static SharingDecision.Builder sharedWithoutConsent(String id) {
        return SharingDecision.builder().id(id).child(CHILD).share(true).information(SECRET).addRecipient(CADS)
                .purpose("Consultation with CADS about the child's safety")
                .addReasonsWithoutConsent(WithoutConsentReason.SEEKING_CONSENT_WOULD_INCREASE_RISK_OF_HARM)
                .reasons("Asking the parents would put the child and the mother at risk").decidedBy(DSL)
                .decidedOn(LocalDate.of(2026, 3, 2));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void theRecordsThatStandAreThoseNoCorrectionReplaces() {
        SharingDecision first = notShared("d-1").build();
        SharingDecision correction = sharedWithoutConsent("d-2").corrects("d-1").build();
        SharingDecision other = notShared("d-3").build();
        assertEquals(List.of(correction, other), SharingRecords.current(List.of(first, correction, other)));
        assertTrue(SharingRecords.checkCorrections(List.of(first, correction, other)).isEmpty());
    }

    @Test
    void correctionsOfUnknownRecordsTwiceCorrectedRecordsCirclesAndDuplicatesAreFound() {
        SharingDecision a = notShared("a").corrects("b").build();
        SharingDecision b = notShared("b").corrects("a").build();
        SharingDecision c = notShared("c").corrects("missing").build();
        SharingDecision d = notShared("d").build();
        SharingDecision d1 = notShared("d1").corrects("d").build();
        SharingDecision d2 = notShared("d2").corrects("d").decidedOn(LocalDate.of(2026, 3, 1)).build();
        SharingDecision dup = notShared("d").build();
        List<Finding> findings = SharingRecords.checkCorrections(List.of(a, b, c, d, d1, d2, dup));
        assertEquals(List.of(SharingRecords.CORRECTION_CYCLE, SharingRecords.CORRECTION_CYCLE,
                SharingRecords.CORRECTS_UNKNOWN_RECORD, SharingRecords.CORRECTED_MORE_THAN_ONCE,
                SharingRecords.CORRECTION_BEFORE_ORIGINAL, SharingRecords.DUPLICATE_ID).stream().sorted().toList(),
                codes(findings).stream().sorted().toList());
        Finding unknown = findings.stream().filter(f -> f.code().equals(SharingRecords.CORRECTS_UNKNOWN_RECORD))
                .findFirst().orElseThrow();
        assertEquals("2/corrects", unknown.path());
        assertEquals(Severity.ERROR, unknown.severity());
        assertFalse(SharingRecords.current(List.of(a, b)).contains(a), "a circle leaves no record standing");
    }

    /** The Ofsted school: the advice permits sharing; a record of not sharing is a query, not an error. */
    @Test
    void notSharingWhereTheAdvicePermitsItIsAQueryForTheReasonsToShowTheJudgement() {
        SharingAdvice advice = ADVISOR.advise(SharingQuestion.builder()
                .addAtRiskIfConsentSought(PersonAtRisk.CHILD, PersonAtRisk.SOMEONE_ELSE).build());
        List<Finding> findings = SharingRecords.check(advice, notShared("d-1").build());
        assertEquals(List.of(SharingRecords.DIFFERS_FROM_ADVICE), codes(findings));
        assertEquals(Severity.QUERY, findings.get(0).severity());
        assertEquals("share", findings.get(0).path());
        assertTrue(SharingRecords.check(advice, sharedWithoutConsent("d-2").build()).isEmpty());
    }

    @Test
    void aRefusalRespectedIsRecordedWithTheRefusalAsItsBasis() {
        SharingAdvice advice = ADVISOR.advise(SharingQuestion.builder().consent(ConsentStatus.REFUSED).build());
        List<Finding> findings = SharingRecords.check(advice, notShared("d-1").build());
        assertEquals(List.of(SharingRecords.CONTENT_MISSING), codes(findings));
        assertEquals("consentId", findings.get(0).path());
        assertTrue(SharingRecords.check(advice, notShared("d-1").consentId("k-1").build()).isEmpty());
    }

    @Test
    void seekingAdviceIsRecordedWithWhomItWasSoughtFrom() {
        SharingAdvice advice = ADVISOR.advise(SharingQuestion.builder().inDoubt(true).build());
        assertEquals(List.of("adviceSoughtFrom"),
                SharingRecords.check(advice, notShared("d-1").build()).stream().map(Finding::path).toList());
        assertTrue(SharingRecords.check(advice, notShared("d-1")
                .addAdviceSoughtFrom(Contributor.of(ContributorKind.PRACTITIONER, "csw-4")).build()).isEmpty());
        assertEquals(List.of(SharingRecords.DIFFERS_FROM_ADVICE), codes(SharingRecords.check(advice,
                sharedWithoutConsent("d-2").addAdviceSoughtFrom(DSL).build())));
    }

    /** "Consent means that the family is fully informed about the services they are being referred to". */
    @Test
    void consentGivenButNotInformedIsAQuery() {
        Consent uninformed = Consent.builder().id("k-1").child(CHILD).askedBy(DSL)
                .asked(Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1")).askedOn(LocalDate.of(2026, 3, 1))
                .answer(ConsentStatus.GIVEN).scope(ConsentScope.of(SECRET, List.of(CADS), SECRET)).informed(false)
                .build();
        List<Finding> findings = SharingRecords.check(uninformed);
        assertEquals(List.of(SharingRecords.CONSENT_NOT_INFORMED), codes(findings));
        assertEquals("informed", findings.get(0).path());
    }

    @Test
    void findingsNeverHoldTheRecordsFreeText() {
        Property.forAll(SharingGen.sharingDecisions(), decision -> {
            for (SharingAdvice advice : List.of(ADVISOR.advise(SharingQuestion.builder().build()),
                    ADVISOR.advise(SharingQuestion.builder().immediateRiskOfHarm(true).build()),
                    ADVISOR.advise(SharingQuestion.builder().inDoubt(true).build()))) {
                for (Finding finding : SharingRecords.check(advice, decision)) {
                    assertFalse(finding.toString().contains(decision.reasons()));
                    decision.information().ifPresent(i -> assertFalse(finding.toString().contains(i)));
                }
            }
        });
        Property.forAll(SharingGen.consents(), consent -> SharingRecords.check(consent).forEach(finding -> {
            assertFalse(finding.toString().contains(consent.scope().information()));
        }));
    }
}
