package dev.safeguarding.json;

import dev.safeguarding.model.sharing.RecordRequirement;
import java.util.List;

/**
 * {@code {"contents": ["DECISION", "REASONS", ...], "statements": [...]}}; either may be absent (empty),
 * though the model asks for the decision and the reasons and golden rule 7's statement first.
 */
final class RecordRequirementCodec implements Codec<RecordRequirement> {

    private static final List<String> PROPERTIES = Vocabulary.properties("contents", "statements");

    @Override
    public Class<RecordRequirement> type() {
        return RecordRequirement.class;
    }

    @Override
    public void write(RecordRequirement record, Out out) {
        out.startObject()
                .enumSet("contents", Codecs.RECORD_CONTENT, record.contents())
                .array("statements", Codecs.SHARING_STATEMENT, record.statements())
                .endObject();
    }

    @Override
    public RecordRequirement read(In in) {
        ObjectIn record = in.object(PROPERTIES);
        return RecordRequirement.of(record.enumSet("contents", Codecs.RECORD_CONTENT),
                record.list("statements", Codecs.SHARING_STATEMENT));
    }
}
