package dev.safeguarding.json;

import dev.safeguarding.model.assessment.AreaChange;
import java.util.List;

/** {@code {"areaId": "physical-care", "from": 4, "to": 2}}; the direction is derived, not written. */
final class AreaChangeCodec implements Codec<AreaChange> {

    private static final List<String> PROPERTIES = List.of("areaId", "from", "to");

    @Override
    public Class<AreaChange> type() {
        return AreaChange.class;
    }

    @Override
    public void write(AreaChange change, Out out) {
        out.startObject()
                .string("areaId", change.areaId())
                .integer("from", change.from())
                .integer("to", change.to())
                .endObject();
    }

    @Override
    public AreaChange read(In in) {
        ObjectIn change = in.object(PROPERTIES);
        return AreaChange.of(change.required("areaId").string(), change.required("from").integer(),
                change.required("to").integer());
    }
}
