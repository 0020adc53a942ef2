package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.ByWhen;
import java.util.List;

/**
 * {@code {"date": "2017-06-13", "note": "..."}} or {@code {"timescale": {...}, "trigger": "2017-05-02",
 * "note": "..."}}: every property is optional, and the model checks that exactly one of a date and a
 * timescale (with its trigger) is given.
 */
final class ByWhenCodec implements Codec<ByWhen> {

    private static final List<String> PROPERTIES = Vocabulary.properties("date", "timescale", "trigger", "note");

    @Override
    public Class<ByWhen> type() {
        return ByWhen.class;
    }

    @Override
    public void write(ByWhen byWhen, Out out) {
        out.startObject().date("date", byWhen.date());
        byWhen.timescale().ifPresent(timescale -> out.value("timescale", Codecs.TIMESCALE, timescale));
        out.date("trigger", byWhen.trigger())
                .string("note", byWhen.note())
                .endObject();
    }

    @Override
    public ByWhen read(In in) {
        ObjectIn byWhen = in.object(PROPERTIES);
        return ByWhen.builder()
                .date(byWhen.optional("date").map(In::date))
                .timescale(byWhen.optional("timescale").map(t -> t.read(Codecs.TIMESCALE)))
                .trigger(byWhen.optional("trigger").map(In::date))
                .note(byWhen.optional("note").map(In::string))
                .build();
    }
}
