package dev.safeguarding.json;

import dev.safeguarding.model.SourcePassage;
import java.util.List;

/** {@code {"document": "...", "section": "..."}}. */
final class SourcePassageCodec implements Codec<SourcePassage> {

    private static final List<String> PROPERTIES = Vocabulary.properties("document", "section");

    @Override
    public Class<SourcePassage> type() {
        return SourcePassage.class;
    }

    @Override
    public void write(SourcePassage passage, Out out) {
        out.startObject()
                .string("document", passage.document())
                .string("section", passage.section())
                .endObject();
    }

    @Override
    public SourcePassage read(In in) {
        ObjectIn passage = in.object(PROPERTIES);
        return SourcePassage.of(passage.required("document").string(), passage.required("section").string());
    }
}
