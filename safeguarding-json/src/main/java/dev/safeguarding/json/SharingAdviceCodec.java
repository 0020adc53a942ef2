package dev.safeguarding.json;

import dev.safeguarding.model.sharing.SharingAdvice;
import java.util.List;

/**
 * Information-sharing advice: every property is required but the collections, which may be absent
 * (empty), though the model asks for at least one reason.
 */
final class SharingAdviceCodec implements Codec<SharingAdvice> {

    private static final List<String> PROPERTIES = Vocabulary.properties("profileId", "action",
            "reasonsWithoutConsent", "reasons", "considerations", "record", "professionalJudgement");

    @Override
    public Class<SharingAdvice> type() {
        return SharingAdvice.class;
    }

    @Override
    public void write(SharingAdvice advice, Out out) {
        out.startObject()
                .string("profileId", advice.profileId())
                .value("action", Codecs.SHARING_ACTION, advice.action())
                .enumSet("reasonsWithoutConsent", Codecs.WITHOUT_CONSENT_REASON, advice.reasonsWithoutConsent())
                .array("reasons", Codecs.SHARING_STATEMENT, advice.reasons())
                .array("considerations", Codecs.SHARING_STATEMENT, advice.considerations())
                .value("record", Codecs.RECORD_REQUIREMENT, advice.record())
                .value("professionalJudgement", Codecs.SHARING_STATEMENT, advice.professionalJudgement())
                .endObject();
    }

    @Override
    public SharingAdvice read(In in) {
        ObjectIn advice = in.object(PROPERTIES);
        return SharingAdvice.builder()
                .profileId(advice.required("profileId").string())
                .action(advice.required("action").read(Codecs.SHARING_ACTION))
                .reasonsWithoutConsent(advice.enumSet("reasonsWithoutConsent", Codecs.WITHOUT_CONSENT_REASON))
                .reasons(advice.list("reasons", Codecs.SHARING_STATEMENT))
                .considerations(advice.list("considerations", Codecs.SHARING_STATEMENT))
                .record(advice.required("record").read(Codecs.RECORD_REQUIREMENT))
                .professionalJudgement(advice.required("professionalJudgement").read(Codecs.SHARING_STATEMENT))
                .build();
    }
}
