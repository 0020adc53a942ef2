package dev.safeguarding.json;

import dev.safeguarding.model.assessment.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import java.util.List;
import java.util.Optional;

/** {@code {"domain": "PARENTING_CAPACITY", "level": "COMPLEX", "description": "..."}}. */
final class NeedIndicatorCodec implements Codec<NeedIndicator> {

    private static final List<String> PROPERTIES = List.of("domain", "level", "description");

    @Override
    public Class<NeedIndicator> type() {
        return NeedIndicator.class;
    }

    @Override
    public void write(NeedIndicator indicator, Out out) {
        out.startObject()
                .value("domain", Codecs.ASSESSMENT_DOMAIN, indicator.domain())
                .value("level", Codecs.LEVEL_OF_NEED, indicator.level())
                .string("description", indicator.description())
                .endObject();
    }

    @Override
    public NeedIndicator read(In in) {
        ObjectIn indicator = in.object(PROPERTIES);
        AssessmentDomain domain = indicator.required("domain").read(Codecs.ASSESSMENT_DOMAIN);
        LevelOfNeed level = indicator.required("level").read(Codecs.LEVEL_OF_NEED);
        Optional<String> description = indicator.optional("description").map(In::string);
        return description.isPresent() ? NeedIndicator.of(domain, level, description.get())
                : NeedIndicator.of(domain, level);
    }
}
