package dev.safeguarding.json;

import dev.safeguarding.model.assessment.ParentingCapacity;
import java.util.List;

/** {@code {"parentOrCarerId": "m-1", "dimensions": [...]}}. */
final class ParentingCapacityCodec implements Codec<ParentingCapacity> {

    private static final List<String> PROPERTIES = Vocabulary.properties("parentOrCarerId", "dimensions");

    @Override
    public Class<ParentingCapacity> type() {
        return ParentingCapacity.class;
    }

    @Override
    public void write(ParentingCapacity capacity, Out out) {
        out.startObject()
                .string("parentOrCarerId", capacity.parentOrCarerId())
                .array("dimensions", Codecs.DIMENSION_FINDING, capacity.dimensions())
                .endObject();
    }

    @Override
    public ParentingCapacity read(In in) {
        ObjectIn capacity = in.object(PROPERTIES);
        return ParentingCapacity.of(capacity.required("parentOrCarerId").string(),
                capacity.list("dimensions", Codecs.DIMENSION_FINDING));
    }
}
