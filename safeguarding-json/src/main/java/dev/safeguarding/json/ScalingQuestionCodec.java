package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import java.util.List;

/** {@code {"id": "q-1", "wording": "...", "zeroMeans": "...", "tenMeans": "..."}}; {@code wording} is optional. */
final class ScalingQuestionCodec implements Codec<ScalingQuestion> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "wording", "zeroMeans", "tenMeans");

    @Override
    public Class<ScalingQuestion> type() {
        return ScalingQuestion.class;
    }

    @Override
    public void write(ScalingQuestion question, Out out) {
        out.startObject()
                .string("id", question.id())
                .string("wording", question.wording())
                .string("zeroMeans", question.zeroMeans())
                .string("tenMeans", question.tenMeans())
                .endObject();
    }

    @Override
    public ScalingQuestion read(In in) {
        ObjectIn question = in.object(PROPERTIES);
        return ScalingQuestion.builder()
                .id(question.required("id").string())
                .wording(question.optional("wording").map(In::string))
                .zeroMeans(question.required("zeroMeans").string())
                .tenMeans(question.required("tenMeans").string())
                .build();
    }
}
