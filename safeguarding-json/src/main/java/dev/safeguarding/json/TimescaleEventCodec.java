package dev.safeguarding.json;

import dev.safeguarding.model.timescales.TimescaleEvent;
import java.util.List;

/** {@code {"id": "strategy-discussion", "label": "Strategy discussion"}}. */
final class TimescaleEventCodec implements Codec<TimescaleEvent> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "label");

    @Override
    public Class<TimescaleEvent> type() {
        return TimescaleEvent.class;
    }

    @Override
    public void write(TimescaleEvent event, Out out) {
        out.startObject()
                .string("id", event.id())
                .string("label", event.label())
                .endObject();
    }

    @Override
    public TimescaleEvent read(In in) {
        ObjectIn event = in.object(PROPERTIES);
        return TimescaleEvent.of(event.required("id").string(), event.required("label").string());
    }
}
