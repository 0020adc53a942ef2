package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.neverShows;
import static dev.safeguarding.json.Docs.roundTripsExactly;
import static dev.safeguarding.json.Docs.JSON;
import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.readFails;
import static dev.safeguarding.json.Docs.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.sharing.ChildConsentBasis;
import dev.safeguarding.model.sharing.Consent;
import dev.safeguarding.model.sharing.ConsentScope;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.ConsentWithdrawal;
import dev.safeguarding.model.sharing.FraserCriterion;
import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.PersonAtRisk;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.RecordRequirement;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingDecision;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingQuality;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import dev.safeguarding.rules.sharing.InformationSharingAdvisor;
import dev.safeguarding.rules.sharing.SharingProfiles;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SharingGen;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON format of information sharing and consent: exact round trips of every type, and bad input as
 * for every other type (an error at the JSON Pointer of the bad value, never repeating the value).
 */
class SharingJsonTest {

    private static final Child CHILD = Child.born("c-1", LocalDate.of(2012, 3, 10));
    private static final Agency CADS = Agency.of("cads", "Children's Advice and Duty Service",
            AgencyType.LOCAL_AUTHORITY);
    private static final Contributor DSL = Contributor.of(ContributorKind.PRACTITIONER, "dsl-1");
    private static final String FREE_TEXT = "Mother disclosed that her partner hit her in front of Sam";

    private static final SharingAdvice ADVICE = InformationSharingAdvisor.norfolk2023().advise(
            SharingQuestion.builder().addAtRiskIfConsentSought(PersonAtRisk.CHILD, PersonAtRisk.SOMEONE_ELSE).build());

    private static final SharingDecision DECISION = SharingDecision.builder().id("d-1").child(CHILD).share(true)
            .information(FREE_TEXT).addRecipient(CADS).purpose("Consultation about the child's safety")
            .addReasonsWithoutConsent(WithoutConsentReason.SEEKING_CONSENT_WOULD_INCREASE_RISK_OF_HARM)
            .reasons("Asking would put the child and mother at risk").decidedBy(DSL)
            .decidedOn(LocalDate.of(2026, 3, 2)).build();

    private static final Consent CONSENT = Consent.builder().id("k-1").child(CHILD).askedBy(DSL)
            .asked(Contributor.child(CHILD)).askedOn(LocalDate.of(2026, 3, 2)).answer(ConsentStatus.GIVEN)
            .scope(ConsentScope.of(FREE_TEXT, List.of(CADS), "Support from the school nurse")).informed(true)
            .childBasis(ChildConsentBasis.gillick(true)).build();


    // round trips

    @Test
    void sharingQuestionsRoundTripExactly() {
        roundTripsExactly(SharingGen.sharingQuestions(), SharingQuestion.class);
    }

    @Test
    void sharingStatementsAndProfilesRoundTripExactly() {
        roundTripsExactly(SharingGen.sharingStatements(), SharingStatement.class);
        roundTripsExactly(SharingGen.sharingProfiles(), SharingProfile.class);
    }

    @Test
    void sharingAdviceAndItsRecordRequirementRoundTripExactly() {
        roundTripsExactly(SharingGen.recordRequirements(), RecordRequirement.class);
        roundTripsExactly(SharingGen.sharingAdvice(), SharingAdvice.class);
    }

    @Test
    void theAdviceOfTheNorfolkAdvisorForEveryQuestionRoundTrips() {
        InformationSharingAdvisor advisor = InformationSharingAdvisor.norfolk2023();
        Property.forEvery(SharingGen.everySharingQuestion(), question -> {
            SharingAdvice advice = advisor.advise(question);
            assertEquals(advice, JSON.read(JSON.write(advice), SharingAdvice.class));
            assertEquals(question, JSON.read(JSON.write(question), SharingQuestion.class));
        });
        assertEquals(SharingProfiles.norfolk2023(),
                JSON.read(JSON.write(SharingProfiles.norfolk2023()), SharingProfile.class));
    }

    @Test
    void consentRecordsTheirScopesBasesAndWithdrawalsRoundTripExactly() {
        roundTripsExactly(SharingGen.consentScopes(), ConsentScope.class);
        roundTripsExactly(SharingGen.childConsentBases(), ChildConsentBasis.class);
        roundTripsExactly(SharingGen.consents(), Consent.class);
        roundTripsExactly(SharingGen.consentWithdrawals(), ConsentWithdrawal.class);
    }

    @Test
    void sharingDecisionsAndCorrectionsRoundTripExactly() {
        roundTripsExactly(SharingGen.sharingDecisions(), SharingDecision.class);
    }

    @ParameterizedTest
    @ValueSource(classes = {GoldenRule.class, SharingQuality.class, PersonAtRisk.class, WithoutConsentReason.class,
        FraserCriterion.class, SharingAction.class, RecordContent.class})
    void everyConstantOfEverySharingEnumIsWrittenAsItsName(Class<?> type) {
        Property.forEvery(List.of(type.getEnumConstants()), constant -> {
            String text = JSON.write(constant);
            assertEquals("\"" + ((Enum<?>) constant).name() + "\"", text);
            assertEquals(constant, JSON.read(text, type));
        });
    }

    @Test
    void sharingAdviceCodesAreWrittenAsTheirStableCodes() {
        Property.forEvery(List.of(SharingAdviceCode.values()), code -> {
            assertEquals("\"" + code.code() + "\"", JSON.write(code));
            assertEquals(code, JSON.read(JSON.write(code), SharingAdviceCode.class));
        });
    }

    // the shape

    @Test
    void aQuestionWithNoFactsReadsAsTheModelsDefaultsAndIsWrittenInFull() {
        assertEquals(SharingQuestion.builder().build(), JSON.read("{}", SharingQuestion.class));
        assertEquals(json("{'consent':'NOT_SOUGHT','atRiskIfConsentSought':[],"
                + "'wouldUndermineSeriousCrimeInvestigation':false,'delayWouldPutChildAtRisk':false,"
                + "'immediateRiskOfHarm':false,'purposeIsSafeguarding':true,'inDoubt':false}"),
                JSON.write(SharingQuestion.builder().build()));
    }

    @Test
    void aQuestionWrittenBeforeTheChildProtectionConcernReadsWithoutOne() {
        SharingQuestion read = JSON.read(json("{'consent':'REFUSED','atRiskIfConsentSought':[],"
                + "'wouldUndermineSeriousCrimeInvestigation':false,'delayWouldPutChildAtRisk':false,"
                + "'immediateRiskOfHarm':false,'purposeIsSafeguarding':true,'inDoubt':false}"), SharingQuestion.class);
        assertFalse(read.childProtectionConcern());
        SharingQuestion concern = SharingQuestion.builder().childProtectionConcern(true).build();
        assertTrue(JSON.write(concern).endsWith(",\"childProtectionConcern\":true}"), JSON.write(concern));
        assertEquals(concern, JSON.read(JSON.write(concern), SharingQuestion.class));
    }

    @Test
    void aConsentWithoutAnswererOrAnswerDayReadsAsTheModelsDefaults() {
        ObjectNode consent = tree(CONSENT);
        consent.remove("answeredBy");
        consent.remove("answeredOn");
        assertEquals(CONSENT, JSON.read(consent.toString(), Consent.class));
    }

    @Test
    void aCorrectionNamesTheRecordItCorrects() {
        SharingDecision correction = SharingDecision.builder().from(DECISION).id("d-2").corrects("d-1").build();
        ObjectNode tree = tree(correction);
        assertEquals("d-1", tree.get("corrects").stringValue());
        assertFalse(tree(DECISION).has("corrects"), "an empty optional is left out");
    }

    // bad input

    @Test
    void unknownSharingActionListsTheKnownOnes() {
        ObjectNode advice = tree(ADVICE).put("action", "SHARE_ANYWAY");
        failsAt("/action", "not a known SharingAction; expected one of: SEEK_CONSENT, SHARE_WITH_CONSENT,",
                advice.toString(), SharingAdvice.class);
    }

    @Test
    void goldenRuleByNumberIsNotAConstant() {
        ObjectNode advice = tree(ADVICE);
        ((ArrayNode) advice.get("reasons").get(0).get("goldenRules")).add(7);
        failsAt("/reasons/0/goldenRules/3", "expected a string, found a number", advice.toString(),
                SharingAdvice.class);
    }

    @Test
    void adviceWithARecordWithoutItsDecisionIsRejectedAtTheField() {
        ObjectNode advice = tree(ADVICE);
        ((ObjectNode) advice.get("record")).putArray("contents").add("REASONS");
        failsAt("/record/contents", "must hold the decision and the reasons", advice.toString(), SharingAdvice.class);
    }

    @Test
    void adviceToShareWithoutConsentMustNameItsReasons() {
        ObjectNode advice = tree(ADVICE);
        advice.putArray("reasonsWithoutConsent");
        failsAt("/reasonsWithoutConsent", "must be given exactly when the action is SHARE_WITHOUT_CONSENT",
                advice.toString(), SharingAdvice.class);
    }

    @Test
    void aDecisionToShareWithoutSayingWhatWasSharedIsAnErrorAtInformation() {
        ObjectNode decision = tree(DECISION);
        decision.remove("information");
        failsAt("/information", "must say what was shared", decision.toString(), SharingDecision.class);
    }

    @Test
    void aDecisionOnTwoBasesIsAnErrorAtConsentId() {
        ObjectNode decision = tree(DECISION).put("consentId", "k-1");
        failsAt("/consentId", "exactly one basis", decision.toString(), SharingDecision.class);
    }

    @Test
    void aDecisionWithoutItsDayIsMissingDecidedOn() {
        ObjectNode decision = tree(DECISION);
        decision.remove("decidedOn");
        failsAt("/decidedOn", "required, but missing", decision.toString(), SharingDecision.class);
    }

    @Test
    void aDecisionShareThatIsNotTrueOrFalse() {
        ObjectNode decision = tree(DECISION).put("share", "yes");
        failsAt("/share", "expected true or false, found a string", decision.toString(), SharingDecision.class);
    }

    @Test
    void aChildUnder16GivingConsentWithoutABasisIsAnErrorAtChildBasisButARefusalReads() {
        ObjectNode consent = tree(CONSENT);
        consent.remove("childBasis");
        consent.put("answer", "GIVEN");
        failsAt("/childBasis", "must be given when a child under 16 gives consent", consent.toString(), Consent.class);
        consent.put("answer", "REFUSED");
        assertEquals(Optional.empty(), JSON.read(consent.toString(), Consent.class).childBasis(),
                "a child's own refusal is recorded as their wish before any judgement of competence");
    }

    @Test
    void consentAnsweredNotSoughtIsAnErrorAtAnswer() {
        ObjectNode consent = tree(CONSENT).put("answer", "NOT_SOUGHT");
        failsAt("/answer", "must be GIVEN or REFUSED", consent.toString(), Consent.class);
    }

    @Test
    void anUnknownFraserCriterionIsAnErrorAtItsPlace() {
        ObjectNode consent = tree(CONSENT);
        ObjectNode basis = (ObjectNode) consent.get("childBasis");
        basis.put("fraserApplies", true);
        basis.putArray("fraserCriteriaMet").add("UNDERSTANDS_THE_ADVICE").add("PARENTS_AGREE");
        failsAt("/childBasis/fraserCriteriaMet/1", "not a known FraserCriterion", consent.toString(), Consent.class);
    }

    @Test
    void aScopeWithNoAgencyIsAnErrorAtAgencies() {
        ObjectNode consent = tree(CONSENT);
        ((ObjectNode) consent.get("scope")).putArray("agencies");
        failsAt("/scope/agencies", "must name at least one agency", consent.toString(), Consent.class);
    }

    @Test
    void anUnknownPropertyOfAWithdrawalListsTheKnownOnes() {
        ConsentWithdrawal withdrawal = ConsentWithdrawal.builder().id("w-1").consentId("k-1")
                .withdrawnBy(Contributor.child(CHILD)).withdrawnOn(LocalDate.of(2026, 4, 1)).build();
        ObjectNode tree = tree(withdrawal).put("reason", FREE_TEXT);
        failsAt("/(unknown property 5)", "unknown property; expected one of: id, consentId, withdrawnBy, withdrawnOn",
                tree.toString(), ConsentWithdrawal.class);
        assertEquals(withdrawal, SafeguardingJson.lenient().read(tree.toString(), ConsentWithdrawal.class));
    }

    @Test
    void anImpossibleDayOfWithdrawal() {
        failsAt("/withdrawnOn", "expected a date that exists", json("{'id':'w','consentId':'k','withdrawnBy':"
                + "{'kind':'FAMILY_MEMBER','id':'m-1'},'withdrawnOn':'2026-02-30'}"), ConsentWithdrawal.class);
    }

    // personal data

    @Test
    void freeTextInTheWrongPlaceIsNeverInTheError() {
        Gen<String> texts = SharingGen.freeText();
        Property.forAll(texts, text -> {
            neverShows(text, readFails(JSON, tree(DECISION).put("decidedOn", text).toString(), SharingDecision.class));
            neverShows(text, readFails(JSON, tree(CONSENT).put("answer", text).toString(), Consent.class));
            ObjectNode decision = tree(DECISION);
            decision.putArray("qualities").add(text);
            neverShows(text, readFails(JSON, decision.toString(), SharingDecision.class));
        });
    }

    @Test
    void freeTextOfARecordTheModelRejectsIsNeverInTheError() {
        ObjectNode decision = tree(DECISION).put("consentId", "k-1");
        neverShows(FREE_TEXT, readFails(JSON, decision.toString(), SharingDecision.class));
        ObjectNode consent = tree(CONSENT);
        consent.remove("childBasis");
        neverShows(FREE_TEXT, readFails(JSON, consent.toString(), Consent.class));
        ObjectNode typo = tree(DECISION);
        typo.put("informaton", typo.remove("information").stringValue());
        neverShows(FREE_TEXT, readFails(JSON, typo.toString(), SharingDecision.class));
    }

}
