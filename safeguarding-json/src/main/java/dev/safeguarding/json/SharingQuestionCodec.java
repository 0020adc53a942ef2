package dev.safeguarding.json;

import dev.safeguarding.model.sharing.SharingQuestion;
import java.util.List;

/**
 * The facts of an information-sharing question. Every property may be absent when reading (the model's
 * default, or empty for {@code atRiskIfConsentSought}); all are always written, except
 * {@code childProtectionConcern}, added after the first release: it is written only when true, so that a
 * question without one is the same document as before, and read as false when absent.
 */
final class SharingQuestionCodec implements Codec<SharingQuestion> {

    private static final List<String> PROPERTIES = Vocabulary.properties("consent", "atRiskIfConsentSought",
            "wouldUndermineSeriousCrimeInvestigation", "delayWouldPutChildAtRisk", "immediateRiskOfHarm",
            "purposeIsSafeguarding", "inDoubt", "childProtectionConcern");

    @Override
    public Class<SharingQuestion> type() {
        return SharingQuestion.class;
    }

    @Override
    public void write(SharingQuestion question, Out out) {
        Out object = out.startObject()
                .value("consent", Codecs.CONSENT_STATUS, question.consent())
                .enumSet("atRiskIfConsentSought", Codecs.PERSON_AT_RISK, question.atRiskIfConsentSought())
                .bool("wouldUndermineSeriousCrimeInvestigation", question.wouldUndermineSeriousCrimeInvestigation())
                .bool("delayWouldPutChildAtRisk", question.delayWouldPutChildAtRisk())
                .bool("immediateRiskOfHarm", question.immediateRiskOfHarm())
                .bool("purposeIsSafeguarding", question.purposeIsSafeguarding())
                .bool("inDoubt", question.inDoubt());
        if (question.childProtectionConcern()) {
            object.bool("childProtectionConcern", true);
        }
        object.endObject();
    }

    @Override
    public SharingQuestion read(In in) {
        ObjectIn question = in.object(PROPERTIES);
        SharingQuestion.Builder builder = SharingQuestion.builder();
        question.defaulted("consent").map(v -> v.read(Codecs.CONSENT_STATUS)).ifPresent(builder::consent);
        builder.atRiskIfConsentSought(question.enumSet("atRiskIfConsentSought", Codecs.PERSON_AT_RISK));
        question.defaulted("wouldUndermineSeriousCrimeInvestigation").map(In::bool)
                .ifPresent(builder::wouldUndermineSeriousCrimeInvestigation);
        question.defaulted("delayWouldPutChildAtRisk").map(In::bool).ifPresent(builder::delayWouldPutChildAtRisk);
        question.defaulted("immediateRiskOfHarm").map(In::bool).ifPresent(builder::immediateRiskOfHarm);
        question.defaulted("purposeIsSafeguarding").map(In::bool).ifPresent(builder::purposeIsSafeguarding);
        question.defaulted("inDoubt").map(In::bool).ifPresent(builder::inDoubt);
        question.defaulted("childProtectionConcern").map(In::bool).ifPresent(builder::childProtectionConcern);
        return builder.build();
    }
}
