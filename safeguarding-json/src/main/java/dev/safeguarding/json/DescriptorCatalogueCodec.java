package dev.safeguarding.json;

import dev.safeguarding.model.assessment.DescriptorCatalogue;
import java.util.List;

/**
 * A catalogue of descriptors of need, the format a partnership loads its own catalogue in:
 * {@code {"id": "...", "name": "...", "source": {...}, "illustrative": false, "descriptors": [...]}};
 * {@code source} is optional, {@code illustrative} may be absent (false) and {@code descriptors} absent
 * (empty).
 */
final class DescriptorCatalogueCodec implements Codec<DescriptorCatalogue> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "name", "source", "illustrative",
            "descriptors");

    @Override
    public Class<DescriptorCatalogue> type() {
        return DescriptorCatalogue.class;
    }

    @Override
    public void write(DescriptorCatalogue catalogue, Out out) {
        out.startObject()
                .string("id", catalogue.id())
                .string("name", catalogue.name());
        catalogue.source().ifPresent(source -> out.value("source", Codecs.SOURCE_PASSAGE, source));
        out.bool("illustrative", catalogue.illustrative())
                .array("descriptors", Codecs.NEED_DESCRIPTOR, catalogue.descriptors())
                .endObject();
    }

    @Override
    public DescriptorCatalogue read(In in) {
        ObjectIn catalogue = in.object(PROPERTIES);
        DescriptorCatalogue.Builder builder = DescriptorCatalogue.builder()
                .id(catalogue.required("id").string())
                .name(catalogue.required("name").string())
                .source(catalogue.optional("source").map(v -> v.read(Codecs.SOURCE_PASSAGE)));
        catalogue.defaulted("illustrative").map(In::bool).ifPresent(builder::illustrative);
        return builder.descriptors(catalogue.list("descriptors", Codecs.NEED_DESCRIPTOR)).build();
    }
}
