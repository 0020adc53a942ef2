package dev.safeguarding.json;

import dev.safeguarding.model.chronology.ChronologyEntry;
import java.util.List;

/**
 * A chronology entry: {@code id}, {@code date}, {@code kind} and {@code source} (an agency) are required;
 * {@code category}, {@code summary}, {@code significance}, {@code childsView} and {@code timescaleEvent} may be
 * absent or {@code null}; {@code involvedAgencyIds} may be absent (empty).
 */
final class ChronologyEntryCodec implements Codec<ChronologyEntry> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "date", "kind", "source", "category",
            "summary", "significance", "childsView", "timescaleEvent", "involvedAgencyIds");

    @Override
    public Class<ChronologyEntry> type() {
        return ChronologyEntry.class;
    }

    @Override
    public void write(ChronologyEntry entry, Out out) {
        out.startObject()
                .string("id", entry.id())
                .date("date", entry.date())
                .value("kind", Codecs.CHRONOLOGY_ENTRY_KIND, entry.kind())
                .value("source", Codecs.AGENCY, entry.source())
                .string("category", entry.category())
                .string("summary", entry.summary())
                .string("significance", entry.significance());
        entry.childsView().ifPresent(view -> out.value("childsView", Codecs.CHILDS_VIEW, view));
        entry.timescaleEvent().ifPresent(event -> out.value("timescaleEvent", Codecs.TIMESCALE_EVENT, event));
        out.array("involvedAgencyIds", Scalars.STRING, entry.involvedAgencyIds())
                .endObject();
    }

    @Override
    public ChronologyEntry read(In in) {
        ObjectIn entry = in.object(PROPERTIES);
        return ChronologyEntry.builder()
                .id(entry.required("id").string())
                .date(entry.required("date").date())
                .kind(entry.required("kind").read(Codecs.CHRONOLOGY_ENTRY_KIND))
                .source(entry.required("source").read(Codecs.AGENCY))
                .category(entry.optional("category").map(In::string))
                .summary(entry.optional("summary").map(In::string))
                .significance(entry.optional("significance").map(In::string))
                .childsView(entry.optional("childsView").map(v -> v.read(Codecs.CHILDS_VIEW)))
                .timescaleEvent(entry.optional("timescaleEvent").map(v -> v.read(Codecs.TIMESCALE_EVENT)))
                .involvedAgencyIds(entry.list("involvedAgencyIds", Scalars.STRING))
                .build();
    }
}
