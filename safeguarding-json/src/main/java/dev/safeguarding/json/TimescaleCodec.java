package dev.safeguarding.json;

import dev.safeguarding.model.timescales.Timescale;
import java.util.List;

/**
 * {@code {"id": "wt2023.assessment", "label": "...", "description": "...", "amount": 45, "unit":
 * "WORKING_DAYS", "convention": "EXCLUSIVE", "triggerEvent": {...}, "boundedEvent": {...}, "source": {...}}};
 * {@code convention} may be absent when reading (the model's default, exclusive).
 */
final class TimescaleCodec implements Codec<Timescale> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "label", "description", "amount",
            "unit", "convention", "triggerEvent", "boundedEvent", "source");

    @Override
    public Class<Timescale> type() {
        return Timescale.class;
    }

    @Override
    public void write(Timescale timescale, Out out) {
        out.startObject()
                .string("id", timescale.id())
                .string("label", timescale.label())
                .string("description", timescale.description())
                .integer("amount", timescale.amount())
                .value("unit", Codecs.TIMESCALE_UNIT, timescale.unit())
                .value("convention", Codecs.COUNTING_CONVENTION, timescale.convention())
                .value("triggerEvent", Codecs.TIMESCALE_EVENT, timescale.triggerEvent())
                .value("boundedEvent", Codecs.TIMESCALE_EVENT, timescale.boundedEvent())
                .value("source", Codecs.SOURCE_PASSAGE, timescale.source())
                .endObject();
    }

    @Override
    public Timescale read(In in) {
        ObjectIn timescale = in.object(PROPERTIES);
        Timescale.Builder builder = Timescale.builder()
                .id(timescale.required("id").string())
                .label(timescale.required("label").string())
                .description(timescale.required("description").string())
                .amount(timescale.required("amount").integer())
                .unit(timescale.required("unit").read(Codecs.TIMESCALE_UNIT));
        timescale.defaulted("convention").map(v -> v.read(Codecs.COUNTING_CONVENTION)).ifPresent(builder::convention);
        return builder
                .triggerEvent(timescale.required("triggerEvent").read(Codecs.TIMESCALE_EVENT))
                .boundedEvent(timescale.required("boundedEvent").read(Codecs.TIMESCALE_EVENT))
                .source(timescale.required("source").read(Codecs.SOURCE_PASSAGE))
                .build();
    }
}
