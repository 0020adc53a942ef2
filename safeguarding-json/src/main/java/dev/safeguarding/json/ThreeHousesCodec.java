package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.ThreeHouses;
import java.util.List;

/**
 * {@code {"childId": "c-1", "recordedOn": "2017-05-02", "worries": ["..."], "goodThings": ["..."], "dreams":
 * ["..."]}}; the houses are always written and may be absent when reading (empty).
 */
final class ThreeHousesCodec implements Codec<ThreeHouses> {

    private static final List<String> PROPERTIES = Vocabulary.properties("childId", "recordedOn", "worries",
            "goodThings", "dreams");

    @Override
    public Class<ThreeHouses> type() {
        return ThreeHouses.class;
    }

    @Override
    public void write(ThreeHouses houses, Out out) {
        out.startObject()
                .string("childId", houses.childId())
                .date("recordedOn", houses.recordedOn())
                .array("worries", TextCodec.INSTANCE, houses.worries())
                .array("goodThings", TextCodec.INSTANCE, houses.goodThings())
                .array("dreams", TextCodec.INSTANCE, houses.dreams())
                .endObject();
    }

    @Override
    public ThreeHouses read(In in) {
        ObjectIn houses = in.object(PROPERTIES);
        return ThreeHouses.builder()
                .childId(houses.required("childId").string())
                .recordedOn(houses.required("recordedOn").date())
                .worries(TextCodec.list(houses, "worries"))
                .goodThings(TextCodec.list(houses, "goodThings"))
                .dreams(TextCodec.list(houses, "dreams"))
                .build();
    }
}
