package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import java.util.List;

/**
 * {@code {"questionId": "q-1", "score": 6, "perspective": {...}, "agency": {...}, "judgedOn": "2017-05-02",
 * "rationale": "...", "whatWouldMakeItHigher": "..."}}; {@code agency} and {@code whatWouldMakeItHigher}
 * are optional. A score outside 0 to 10 is an error at {@code /score}.
 */
final class ScalingJudgementCodec implements Codec<ScalingJudgement> {

    private static final List<String> PROPERTIES = Vocabulary.properties("questionId", "score", "perspective",
            "agency", "judgedOn", "rationale", "whatWouldMakeItHigher");

    @Override
    public Class<ScalingJudgement> type() {
        return ScalingJudgement.class;
    }

    @Override
    public void write(ScalingJudgement judgement, Out out) {
        out.startObject()
                .string("questionId", judgement.questionId())
                .integer("score", judgement.score())
                .value("perspective", Codecs.CONTRIBUTOR, judgement.perspective());
        judgement.agency().ifPresent(agency -> out.value("agency", Codecs.AGENCY, agency));
        out.date("judgedOn", judgement.judgedOn())
                .string("rationale", judgement.rationale())
                .string("whatWouldMakeItHigher", judgement.whatWouldMakeItHigher())
                .endObject();
    }

    @Override
    public ScalingJudgement read(In in) {
        ObjectIn judgement = in.object(PROPERTIES);
        return ScalingJudgement.builder()
                .questionId(judgement.required("questionId").string())
                .score(judgement.required("score").integer())
                .perspective(judgement.required("perspective").read(Codecs.CONTRIBUTOR))
                .agency(judgement.optional("agency").map(a -> a.read(Codecs.AGENCY)))
                .judgedOn(judgement.required("judgedOn").date())
                .rationale(judgement.required("rationale").string())
                .whatWouldMakeItHigher(judgement.optional("whatWouldMakeItHigher").map(In::string))
                .build();
    }
}
