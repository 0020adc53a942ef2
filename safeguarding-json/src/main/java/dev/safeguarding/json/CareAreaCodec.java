package dev.safeguarding.json;

import dev.safeguarding.model.assessment.CareArea;
import java.util.List;

/**
 * {@code {"id": "physical-care", "name": "Physical care", "subAreas": ["Nutrition", ...]}}; {@code subAreas} may
 * be absent (empty).
 */
final class CareAreaCodec implements Codec<CareArea> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "name", "subAreas");

    private static final StringCodec TEXT = new StringCodec();

    @Override
    public Class<CareArea> type() {
        return CareArea.class;
    }

    @Override
    public void write(CareArea area, Out out) {
        out.startObject()
                .string("id", area.id())
                .string("name", area.name())
                .array("subAreas", TEXT, area.subAreas())
                .endObject();
    }

    @Override
    public CareArea read(In in) {
        ObjectIn area = in.object(PROPERTIES);
        return CareArea.of(area.required("id").string(), area.required("name").string(), area.list("subAreas", TEXT));
    }
}
