package dev.safeguarding.json;

import dev.safeguarding.model.sharing.SharingStatement;
import java.util.List;

/**
 * {@code {"code": "sharing.seek-consent-first", "text": "...", "goldenRules": ["BE_OPEN_AND_HONEST"],
 * "source": {...}}}: the code is the stable code; {@code goldenRules} may be absent (none).
 */
final class SharingStatementCodec implements Codec<SharingStatement> {

    private static final List<String> PROPERTIES = Vocabulary.properties("code", "text", "goldenRules", "source");

    @Override
    public Class<SharingStatement> type() {
        return SharingStatement.class;
    }

    @Override
    public void write(SharingStatement statement, Out out) {
        out.startObject()
                .value("code", Codecs.SHARING_ADVICE_CODE, statement.code())
                .string("text", statement.text())
                .enumSet("goldenRules", Codecs.GOLDEN_RULE, statement.goldenRules())
                .value("source", Codecs.SOURCE_PASSAGE, statement.source())
                .endObject();
    }

    @Override
    public SharingStatement read(In in) {
        ObjectIn statement = in.object(PROPERTIES);
        return SharingStatement.builder()
                .code(statement.required("code").read(Codecs.SHARING_ADVICE_CODE))
                .text(statement.required("text").string())
                .goldenRules(statement.enumSet("goldenRules", Codecs.GOLDEN_RULE))
                .source(statement.required("source").read(Codecs.SOURCE_PASSAGE))
                .build();
    }
}
