package dev.safeguarding.json;

import dev.safeguarding.model.need.NeedIndicator;
import java.util.List;

/**
 * {@code {"domain": "PARENTING_CAPACITY", "level": "COMPLEX", "description": "...", "dimension": "BASIC_CARE"}};
 * {@code description} and {@code dimension} are optional, and the model checks that the dimension is in
 * the domain.
 */
final class NeedIndicatorCodec implements Codec<NeedIndicator> {

    private static final List<String> PROPERTIES = Vocabulary.properties("domain", "level", "description",
            "dimension");

    @Override
    public Class<NeedIndicator> type() {
        return NeedIndicator.class;
    }

    @Override
    public void write(NeedIndicator indicator, Out out) {
        out.startObject()
                .value("domain", Codecs.ASSESSMENT_DOMAIN, indicator.domain())
                .value("level", Codecs.LEVEL_OF_NEED, indicator.level())
                .string("description", indicator.description());
        indicator.dimension().ifPresent(dimension -> out.value("dimension", Codecs.ASSESSMENT_DIMENSION, dimension));
        out.endObject();
    }

    @Override
    public NeedIndicator read(In in) {
        ObjectIn indicator = in.object(PROPERTIES);
        return NeedIndicator.builder()
                .domain(indicator.required("domain").read(Codecs.ASSESSMENT_DOMAIN))
                .level(indicator.required("level").read(Codecs.LEVEL_OF_NEED))
                .description(indicator.optional("description").map(In::string))
                .dimension(indicator.optional("dimension").map(v -> v.read(Codecs.ASSESSMENT_DIMENSION)))
                .build();
    }
}
