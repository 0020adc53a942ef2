package dev.safeguarding.json;

import dev.safeguarding.model.flourish.FlourishEntry;
import java.util.List;

/**
 * {@code {"domain": "HEALTHY", "goingWell": [...], "worries": [...], "level": "ADDITIONAL"}}; only {@code domain}
 * is required.
 */
final class FlourishEntryCodec implements Codec<FlourishEntry> {

    private static final List<String> PROPERTIES = Vocabulary.properties("domain", "goingWell", "worries", "level");

    @Override
    public Class<FlourishEntry> type() {
        return FlourishEntry.class;
    }

    @Override
    public void write(FlourishEntry entry, Out out) {
        out.startObject()
                .value("domain", Codecs.FLOURISH_DOMAIN, entry.domain())
                .array("goingWell", Codecs.ASSESSMENT_STATEMENT, entry.goingWell())
                .array("worries", Codecs.ASSESSMENT_STATEMENT, entry.worries());
        entry.level().ifPresent(level -> out.value("level", Codecs.LEVEL_OF_NEED, level));
        out.endObject();
    }

    @Override
    public FlourishEntry read(In in) {
        ObjectIn entry = in.object(PROPERTIES);
        return FlourishEntry.builder()
                .domain(entry.required("domain").read(Codecs.FLOURISH_DOMAIN))
                .goingWell(entry.list("goingWell", Codecs.ASSESSMENT_STATEMENT))
                .worries(entry.list("worries", Codecs.ASSESSMENT_STATEMENT))
                .level(entry.optional("level").map(v -> v.read(Codecs.LEVEL_OF_NEED)))
                .build();
    }
}
