package dev.safeguarding.json;

import dev.safeguarding.model.chronology.Chronology;
import java.util.List;

/**
 * {@code {"childId": "...", "entries": [...]}}: written in chronological order; read in any order (the model
 * sorts them), an entry given twice kept once, two different entries with one source and identifier an error
 * at {@code /entries}.
 */
final class ChronologyCodec implements Codec<Chronology> {

    private static final List<String> PROPERTIES = Vocabulary.properties("childId", "entries");

    @Override
    public Class<Chronology> type() {
        return Chronology.class;
    }

    @Override
    public void write(Chronology chronology, Out out) {
        out.startObject()
                .string("childId", chronology.childId())
                .array("entries", Codecs.CHRONOLOGY_ENTRY, chronology.entries())
                .endObject();
    }

    @Override
    public Chronology read(In in) {
        ObjectIn chronology = in.object(PROPERTIES);
        return Chronology.builder()
                .childId(chronology.required("childId").string())
                .entries(chronology.list("entries", Codecs.CHRONOLOGY_ENTRY))
                .build();
    }
}
