package dev.safeguarding.json;

import dev.safeguarding.model.need.GuidanceStatement;
import java.util.List;

/** {@code {"code": "need.immediate-danger", "text": "...", "source": {...}}}: the code is the stable code. */
final class GuidanceStatementCodec implements Codec<GuidanceStatement> {

    private static final List<String> PROPERTIES = Vocabulary.properties("code", "text", "source");

    @Override
    public Class<GuidanceStatement> type() {
        return GuidanceStatement.class;
    }

    @Override
    public void write(GuidanceStatement statement, Out out) {
        out.startObject()
                .value("code", Codecs.GUIDANCE_CODE, statement.code())
                .string("text", statement.text())
                .value("source", Codecs.SOURCE_PASSAGE, statement.source())
                .endObject();
    }

    @Override
    public GuidanceStatement read(In in) {
        ObjectIn statement = in.object(PROPERTIES);
        return GuidanceStatement.of(
                statement.required("code").read(Codecs.GUIDANCE_CODE),
                statement.required("text").string(),
                statement.required("source").read(Codecs.SOURCE_PASSAGE));
    }
}
