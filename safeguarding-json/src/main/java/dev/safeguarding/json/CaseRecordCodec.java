package dev.safeguarding.json;

import dev.safeguarding.model.chronology.CaseRecord;
import java.util.List;

/**
 * A case record, one line of a JSON Lines file: {@code {"id": "...", "child": {...}, "needDecisions": [...],
 * "chronology": {...}}}; {@code needDecisions} may be absent (none); the chronology's {@code childId} must be
 * the child's (an error at {@code /chronology} otherwise).
 */
final class CaseRecordCodec implements Codec<CaseRecord> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "child", "needDecisions",
            "chronology");

    @Override
    public Class<CaseRecord> type() {
        return CaseRecord.class;
    }

    @Override
    public void write(CaseRecord record, Out out) {
        out.startObject()
                .string("id", record.id())
                .value("child", Codecs.CHILD, record.child())
                .array("needDecisions", Codecs.NEED_DECISION, record.needDecisions())
                .value("chronology", Codecs.CHRONOLOGY, record.chronology())
                .endObject();
    }

    @Override
    public CaseRecord read(In in) {
        ObjectIn record = in.object(PROPERTIES);
        return CaseRecord.builder()
                .id(record.required("id").string())
                .child(record.required("child").read(Codecs.CHILD))
                .needDecisions(record.list("needDecisions", Codecs.NEED_DECISION))
                .chronology(record.required("chronology").read(Codecs.CHRONOLOGY))
                .build();
    }
}
