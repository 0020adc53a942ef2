package dev.safeguarding.json;

import dev.safeguarding.model.chronology.ChronologyPattern;
import java.util.List;

/**
 * A pattern found in a chronology: {@code kind}, {@code fromDate}, {@code toDate}, {@code entries} (at least
 * one) and {@code message} are required; {@code category} and {@code timescaleId} may be absent or {@code null}.
 */
final class ChronologyPatternCodec implements Codec<ChronologyPattern> {

    private static final List<String> PROPERTIES = Vocabulary.properties("kind", "fromDate", "toDate", "entries",
            "category", "timescaleId", "message");

    @Override
    public Class<ChronologyPattern> type() {
        return ChronologyPattern.class;
    }

    @Override
    public void write(ChronologyPattern pattern, Out out) {
        out.startObject()
                .value("kind", Codecs.PATTERN_KIND, pattern.kind())
                .date("fromDate", pattern.fromDate())
                .date("toDate", pattern.toDate())
                .array("entries", Codecs.CHRONOLOGY_ENTRY, pattern.entries())
                .string("category", pattern.category())
                .string("timescaleId", pattern.timescaleId())
                .string("message", pattern.message())
                .endObject();
    }

    @Override
    public ChronologyPattern read(In in) {
        ObjectIn pattern = in.object(PROPERTIES);
        return ChronologyPattern.builder()
                .kind(pattern.required("kind").read(Codecs.PATTERN_KIND))
                .fromDate(pattern.required("fromDate").date())
                .toDate(pattern.required("toDate").date())
                .entries(pattern.list("entries", Codecs.CHRONOLOGY_ENTRY))
                .category(pattern.optional("category").map(In::string))
                .timescaleId(pattern.optional("timescaleId").map(In::string))
                .message(pattern.required("message").string())
                .build();
    }
}
