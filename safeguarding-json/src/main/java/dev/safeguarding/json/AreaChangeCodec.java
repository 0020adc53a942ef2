package dev.safeguarding.json;

import dev.safeguarding.model.assessment.AreaChange;
import java.util.List;

/** {@code {"areaId": "physical-care", "fromGrade": 4, "toGrade": 2}}; the direction is derived, not written. */
final class AreaChangeCodec implements Codec<AreaChange> {

    private static final List<String> PROPERTIES = Vocabulary.properties("areaId", "fromGrade", "toGrade");

    @Override
    public Class<AreaChange> type() {
        return AreaChange.class;
    }

    @Override
    public void write(AreaChange change, Out out) {
        out.startObject()
                .string("areaId", change.areaId())
                .integer("fromGrade", change.fromGrade())
                .integer("toGrade", change.toGrade())
                .endObject();
    }

    @Override
    public AreaChange read(In in) {
        ObjectIn change = in.object(PROPERTIES);
        return AreaChange.of(change.required("areaId").string(), change.required("fromGrade").integer(),
                change.required("toGrade").integer());
    }
}
