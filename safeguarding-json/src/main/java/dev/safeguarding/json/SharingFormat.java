package dev.safeguarding.json;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
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
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON format of information sharing: consent, sharing questions, advice and decisions (Norfolk Continuum of
 * Needs (2023), 'Information Sharing', the seven golden rules): each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class SharingFormat {

    private SharingFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(ConsentStatus.class),
                EnumCodec.byName(GoldenRule.class),
                EnumCodec.byName(SharingQuality.class),
                EnumCodec.byName(PersonAtRisk.class),
                EnumCodec.byName(WithoutConsentReason.class),
                EnumCodec.byName(FraserCriterion.class),
                EnumCodec.byName(SharingAction.class),
                EnumCodec.byName(RecordContent.class),
                EnumCodec.byKey(SharingAdviceCode.class, SharingAdviceCode::code),
                // {@code {"code": "sharing.seek-consent-first", "text": "...", "goldenRules": ["BE_OPEN_AND_HONEST"],
                // "source": {...}}}: the code is the stable code; {@code goldenRules} may be absent (none).
                ObjectFormat.of(SharingStatement.class, SharingStatement::builder, SharingStatement.Builder::build)
                        .required("code", SharingAdviceCode.class, SharingStatement::code,
                                SharingStatement.Builder::code)
                        .required("text", String.class, SharingStatement::text, SharingStatement.Builder::text)
                        .enumSet("goldenRules", GoldenRule.class, SharingStatement::goldenRules,
                                SharingStatement.Builder::goldenRules)
                        .required("source", SourcePassage.class, SharingStatement::source,
                                SharingStatement.Builder::source)
                        .build(),
                // An information-sharing profile: every property is required but {@code statements}, which may be
                // absent (empty), though the model asks for a statement for every code.
                ObjectFormat.of(SharingProfile.class, SharingProfile::builder, SharingProfile.Builder::build)
                        .required("id", String.class, SharingProfile::id, SharingProfile.Builder::id)
                        .required("name", String.class, SharingProfile::name, SharingProfile.Builder::name)
                        .required("source", SourcePassage.class, SharingProfile::source, SharingProfile.Builder::source)
                        .list("statements", SharingStatement.class, SharingProfile::statements,
                                SharingProfile.Builder::statements)
                        .build(),
                // The facts of an information-sharing question. Every property may be absent when reading (the model's
                // default, or empty for {@code atRiskIfConsentSought}); all are always written.
                ObjectFormat.of(SharingQuestion.class, SharingQuestion::builder, SharingQuestion.Builder::build)
                        .defaulted("consent", ConsentStatus.class, SharingQuestion::consent,
                                SharingQuestion.Builder::consent)
                        .enumSet("atRiskIfConsentSought", PersonAtRisk.class, SharingQuestion::atRiskIfConsentSought,
                                SharingQuestion.Builder::atRiskIfConsentSought)
                        .defaulted("wouldUndermineSeriousCrimeInvestigation", Boolean.class,
                                SharingQuestion::wouldUndermineSeriousCrimeInvestigation,
                                SharingQuestion.Builder::wouldUndermineSeriousCrimeInvestigation)
                        .defaulted("delayWouldPutChildAtRisk", Boolean.class, SharingQuestion::delayWouldPutChildAtRisk,
                                SharingQuestion.Builder::delayWouldPutChildAtRisk)
                        .defaulted("immediateRiskOfHarm", Boolean.class, SharingQuestion::immediateRiskOfHarm,
                                SharingQuestion.Builder::immediateRiskOfHarm)
                        .defaulted("purposeIsSafeguarding", Boolean.class, SharingQuestion::purposeIsSafeguarding,
                                SharingQuestion.Builder::purposeIsSafeguarding)
                        .defaulted("inDoubt", Boolean.class, SharingQuestion::inDoubt, SharingQuestion.Builder::inDoubt)
                        .defaulted("childProtectionConcern", Boolean.class, SharingQuestion::childProtectionConcern,
                                SharingQuestion.Builder::childProtectionConcern).omittedWhenFalse()
                        .build(),
                // {@code {"contents": ["DECISION", "REASONS", ...], "statements": [...]}}; either may be absent
                // (empty), though the model asks for the decision and the reasons and golden rule 7's statement first.
                ObjectFormat.ofValues(RecordRequirement.class, v -> RecordRequirement.of(v.nextSet(), v.nextList()))
                        .enumSet("contents", RecordContent.class, RecordRequirement::contents)
                        .list("statements", SharingStatement.class, RecordRequirement::statements)
                        .build(),
                // Information-sharing advice: every property is required but the collections, which may be absent
                // (empty), though the model asks for at least one reason.
                ObjectFormat.of(SharingAdvice.class, SharingAdvice::builder, SharingAdvice.Builder::build)
                        .required("profileId", String.class, SharingAdvice::profileId, SharingAdvice.Builder::profileId)
                        .required("action", SharingAction.class, SharingAdvice::action, SharingAdvice.Builder::action)
                        .enumSet("reasonsWithoutConsent", WithoutConsentReason.class,
                                SharingAdvice::reasonsWithoutConsent,
                                SharingAdvice.Builder::reasonsWithoutConsent)
                        .list("reasons", SharingStatement.class, SharingAdvice::reasons, SharingAdvice.Builder::reasons)
                        .list("considerations", SharingStatement.class, SharingAdvice::considerations,
                                SharingAdvice.Builder::considerations)
                        .required("record", RecordRequirement.class, SharingAdvice::record,
                                SharingAdvice.Builder::record)
                        .required("professionalJudgement", SharingStatement.class, SharingAdvice::professionalJudgement,
                                SharingAdvice.Builder::professionalJudgement)
                        .build(),
                // {@code {"information": "...", "agencies": [{...}], "purpose": "..."}}; {@code agencies} may be
                // absent (empty), though the model asks for at least one.
                ObjectFormat.ofValues(ConsentScope.class, v -> ConsentScope.of(v.next(), v.nextList(), v.next()))
                        .required("information", String.class, ConsentScope::information)
                        .list("agencies", Agency.class, ConsentScope::agencies)
                        .required("purpose", String.class, ConsentScope::purpose)
                        .build(),
                // {@code {"gillickCompetent": true, "fraserApplies": false, "fraserCriteriaMet": [], "rationale":
                // "..."}}: {@code gillickCompetent} is required; {@code fraserApplies} may be absent (false), the
                // criteria absent (none) and the rationale absent or {@code null}.
                ObjectFormat.of(ChildConsentBasis.class, ChildConsentBasis::builder, ChildConsentBasis.Builder::build)
                        .required("gillickCompetent", Boolean.class, ChildConsentBasis::gillickCompetent,
                                ChildConsentBasis.Builder::gillickCompetent)
                        .defaulted("fraserApplies", Boolean.class, ChildConsentBasis::fraserApplies,
                                ChildConsentBasis.Builder::fraserApplies)
                        .enumSet("fraserCriteriaMet", FraserCriterion.class, ChildConsentBasis::fraserCriteriaMet,
                                ChildConsentBasis.Builder::fraserCriteriaMet)
                        .optional("rationale", String.class, ChildConsentBasis::rationale,
                                ChildConsentBasis.Builder::rationale)
                        .build(),
                // A record of consent. {@code answeredBy} and {@code answeredOn} may be absent when reading (the
                // model's defaults: the person asked, the day asked) and are always written; {@code childBasis} may be
                // absent or {@code null}; everything else is required.
                ObjectFormat.of(Consent.class, Consent::builder, Consent.Builder::build)
                        .required("id", String.class, Consent::id, Consent.Builder::id)
                        .required("child", Child.class, Consent::child, Consent.Builder::child)
                        .required("askedBy", Contributor.class, Consent::askedBy, Consent.Builder::askedBy)
                        .required("asked", Contributor.class, Consent::asked, Consent.Builder::asked)
                        .defaulted("answeredBy", Contributor.class, Consent::answeredBy, Consent.Builder::answeredBy)
                        .required("askedOn", LocalDate.class, Consent::askedOn, Consent.Builder::askedOn)
                        .defaulted("answeredOn", LocalDate.class, Consent::answeredOn, Consent.Builder::answeredOn)
                        .required("answer", ConsentStatus.class, Consent::answer, Consent.Builder::answer)
                        .required("scope", ConsentScope.class, Consent::scope, Consent.Builder::scope)
                        .required("informed", Boolean.class, Consent::informed, Consent.Builder::informed)
                        .optional("childBasis", ChildConsentBasis.class, Consent::childBasis,
                                Consent.Builder::childBasis)
                        .build(),
                // {@code {"id": "w-1", "consentId": "k-1", "withdrawnBy": {...}, "withdrawnOn": "2026-05-01"}}; all
                // required.
                ObjectFormat.of(ConsentWithdrawal.class, ConsentWithdrawal::builder, ConsentWithdrawal.Builder::build)
                        .required("id", String.class, ConsentWithdrawal::id, ConsentWithdrawal.Builder::id)
                        .required("consentId", String.class, ConsentWithdrawal::consentId,
                                ConsentWithdrawal.Builder::consentId)
                        .required("withdrawnBy", Contributor.class, ConsentWithdrawal::withdrawnBy,
                                ConsentWithdrawal.Builder::withdrawnBy)
                        .required("withdrawnOn", LocalDate.class, ConsentWithdrawal::withdrawnOn,
                                ConsentWithdrawal.Builder::withdrawnOn)
                        .build(),
                // A record of a sharing decision. {@code id}, {@code child}, {@code share}, {@code reasons}, {@code
                // decidedBy} and {@code decidedOn} are required; the optional strings ({@code corrects}, {@code
                // information}, {@code purpose}, {@code consentId}) may be absent or {@code null} and are left out
                // when empty; the collections may be absent (empty) and are always written.
                ObjectFormat.of(SharingDecision.class, SharingDecision::builder, SharingDecision.Builder::build)
                        .required("id", String.class, SharingDecision::id, SharingDecision.Builder::id)
                        .optional("corrects", String.class, SharingDecision::corrects,
                                SharingDecision.Builder::corrects)
                        .required("child", Child.class, SharingDecision::child, SharingDecision.Builder::child)
                        .required("share", Boolean.class, SharingDecision::share, SharingDecision.Builder::share)
                        .optional("information", String.class, SharingDecision::information,
                                SharingDecision.Builder::information)
                        .list("recipients", Agency.class, SharingDecision::recipients,
                                SharingDecision.Builder::recipients)
                        .optional("purpose", String.class, SharingDecision::purpose, SharingDecision.Builder::purpose)
                        .optional("consentId", String.class, SharingDecision::consentId,
                                SharingDecision.Builder::consentId)
                        .enumSet("reasonsWithoutConsent", WithoutConsentReason.class,
                                SharingDecision::reasonsWithoutConsent,
                                SharingDecision.Builder::reasonsWithoutConsent)
                        .enumSet("qualities", SharingQuality.class, SharingDecision::qualities,
                                SharingDecision.Builder::qualities)
                        .required("reasons", String.class, SharingDecision::reasons, SharingDecision.Builder::reasons)
                        .list("adviceSoughtFrom", Contributor.class, SharingDecision::adviceSoughtFrom,
                                SharingDecision.Builder::adviceSoughtFrom)
                        .required("decidedBy", Contributor.class, SharingDecision::decidedBy,
                                SharingDecision.Builder::decidedBy)
                        .required("decidedOn", LocalDate.class, SharingDecision::decidedOn,
                                SharingDecision.Builder::decidedOn)
                        .build());
    }
}
