package dev.safeguarding.json;

import dev.safeguarding.model.need.ThresholdGuidance;
import java.util.List;

/**
 * Threshold guidance: every property is required but the two lists, which may be absent (empty), though
 * the model asks for at least one entry in each.
 */
final class ThresholdGuidanceCodec implements Codec<ThresholdGuidance> {

    private static final List<String> PROPERTIES = Vocabulary.properties("profileId", "level", "response", "reasons",
            "considerations", "professionalJudgement");

    @Override
    public Class<ThresholdGuidance> type() {
        return ThresholdGuidance.class;
    }

    @Override
    public void write(ThresholdGuidance guidance, Out out) {
        out.startObject()
                .string("profileId", guidance.profileId())
                .value("level", Codecs.LEVEL_OF_NEED, guidance.level())
                .value("response", Codecs.PATHWAY, guidance.response())
                .array("reasons", Codecs.GUIDANCE_STATEMENT, guidance.reasons())
                .array("considerations", Codecs.GUIDANCE_STATEMENT, guidance.considerations())
                .value("professionalJudgement", Codecs.GUIDANCE_STATEMENT, guidance.professionalJudgement())
                .endObject();
    }

    @Override
    public ThresholdGuidance read(In in) {
        ObjectIn guidance = in.object(PROPERTIES);
        return ThresholdGuidance.builder()
                .profileId(guidance.required("profileId").string())
                .level(guidance.required("level").read(Codecs.LEVEL_OF_NEED))
                .response(guidance.required("response").read(Codecs.PATHWAY))
                .reasons(guidance.list("reasons", Codecs.GUIDANCE_STATEMENT))
                .considerations(guidance.list("considerations", Codecs.GUIDANCE_STATEMENT))
                .professionalJudgement(guidance.required("professionalJudgement").read(Codecs.GUIDANCE_STATEMENT))
                .build();
    }
}
