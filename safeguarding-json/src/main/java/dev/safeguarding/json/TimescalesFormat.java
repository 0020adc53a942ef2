package dev.safeguarding.json;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.timescales.CountingConvention;
import dev.safeguarding.model.timescales.DeadlineResult;
import dev.safeguarding.model.timescales.DeadlineState;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.timescales.TimescaleUnit;
import java.util.List;

/**
 * The JSON format of statutory timescales and their events: each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class TimescalesFormat {

    private TimescalesFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(TimescaleUnit.class),
                EnumCodec.byName(CountingConvention.class),
                EnumCodec.byName(DeadlineState.class),
                EnumCodec.byName(DeadlineResult.class),
                // {@code {"id": "strategy-discussion", "label": "Strategy discussion"}}.
                ObjectFormat.ofValues(TimescaleEvent.class, v -> TimescaleEvent.of(v.next(), v.next()))
                        .required("id", String.class, TimescaleEvent::id)
                        .required("label", String.class, TimescaleEvent::label)
                        .build(),
                // {@code {"id": "wt2023.assessment", "label": "...", "description": "...", "amount": 45, "unit":
                // "WORKING_DAYS", "convention": "EXCLUSIVE", "triggerEvent": {...}, "boundedEvent": {...}, "source":
                // {...}}}; {@code convention} may be absent when reading (the model's default, exclusive).
                ObjectFormat.of(Timescale.class, Timescale::builder, Timescale.Builder::build)
                        .required("id", String.class, Timescale::id, Timescale.Builder::id)
                        .required("label", String.class, Timescale::label, Timescale.Builder::label)
                        .required("description", String.class, Timescale::description, Timescale.Builder::description)
                        .required("amount", Integer.class, Timescale::amount, Timescale.Builder::amount)
                        .required("unit", TimescaleUnit.class, Timescale::unit, Timescale.Builder::unit)
                        .defaulted("convention", CountingConvention.class, Timescale::convention,
                                Timescale.Builder::convention)
                        .required("triggerEvent", TimescaleEvent.class, Timescale::triggerEvent,
                                Timescale.Builder::triggerEvent)
                        .required("boundedEvent", TimescaleEvent.class, Timescale::boundedEvent,
                                Timescale.Builder::boundedEvent)
                        .required("source", SourcePassage.class, Timescale::source, Timescale.Builder::source)
                        .build());
    }
}
