package dev.safeguarding.json;

import dev.safeguarding.model.assessment.NeedDescriptor;
import java.util.List;

/** {@code {"id": "health.additional.1", "dimension": "HEALTH", "level": "ADDITIONAL", "wording": "..."}}. */
final class NeedDescriptorCodec implements Codec<NeedDescriptor> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "dimension", "level", "wording");

    @Override
    public Class<NeedDescriptor> type() {
        return NeedDescriptor.class;
    }

    @Override
    public void write(NeedDescriptor descriptor, Out out) {
        out.startObject()
                .string("id", descriptor.id())
                .value("dimension", Codecs.ASSESSMENT_DIMENSION, descriptor.dimension())
                .value("level", Codecs.LEVEL_OF_NEED, descriptor.level())
                .string("wording", descriptor.wording())
                .endObject();
    }

    @Override
    public NeedDescriptor read(In in) {
        ObjectIn descriptor = in.object(PROPERTIES);
        return NeedDescriptor.builder()
                .id(descriptor.required("id").string())
                .dimension(descriptor.required("dimension").read(Codecs.ASSESSMENT_DIMENSION))
                .level(descriptor.required("level").read(Codecs.LEVEL_OF_NEED))
                .wording(descriptor.required("wording").string())
                .build();
    }
}
