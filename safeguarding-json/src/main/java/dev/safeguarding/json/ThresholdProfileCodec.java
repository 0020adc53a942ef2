package dev.safeguarding.json;

import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ThresholdProfile;
import java.util.List;
import java.util.Map;

/**
 * A threshold profile. Every property is required but the two collections, which may be absent (empty),
 * though the model asks for a response for every level and a statement for every code.
 *
 * <p>{@code responses} is an object keyed by the level's constant name, written in the order of the
 * continuum: {@code {"UNIVERSAL": "UNIVERSAL_SERVICES", "ADDITIONAL": ..., ...}}; a key that is not a
 * level is an error at its pointer (in lenient mode too: keys are data, not properties).
 */
final class ThresholdProfileCodec implements Codec<ThresholdProfile> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "name", "source",
            "combinationMinimumIndicators", "combinationMinimumDomains", "enhancedEarlyHelpMaximumIndicators",
            "responses", "statements");

    @Override
    public Class<ThresholdProfile> type() {
        return ThresholdProfile.class;
    }

    @Override
    public void write(ThresholdProfile profile, Out out) {
        out.startObject()
                .string("id", profile.id())
                .string("name", profile.name())
                .value("source", Codecs.SOURCE_PASSAGE, profile.source())
                .integer("combinationMinimumIndicators", profile.combinationMinimumIndicators())
                .integer("combinationMinimumDomains", profile.combinationMinimumDomains())
                .integer("enhancedEarlyHelpMaximumIndicators", profile.enhancedEarlyHelpMaximumIndicators())
                .startObject("responses");
        for (LevelOfNeed level : LevelOfNeed.values()) {
            Pathway response = profile.responses().get(level);
            if (response != null) {
                out.value(Codecs.LEVEL_OF_NEED.key(level), Codecs.PATHWAY, response);
            }
        }
        out.endObject()
                .array("statements", Codecs.GUIDANCE_STATEMENT, profile.statements())
                .endObject();
    }

    @Override
    public ThresholdProfile read(In in) {
        ObjectIn profile = in.object(PROPERTIES);
        ThresholdProfile.Builder builder = ThresholdProfile.builder()
                .id(profile.required("id").string())
                .name(profile.required("name").string())
                .source(profile.required("source").read(Codecs.SOURCE_PASSAGE))
                .combinationMinimumIndicators(profile.required("combinationMinimumIndicators").integer())
                .combinationMinimumDomains(profile.required("combinationMinimumDomains").integer())
                .enhancedEarlyHelpMaximumIndicators(profile.required("enhancedEarlyHelpMaximumIndicators").integer());
        profile.defaulted("responses").ifPresent(responses -> {
            for (Map.Entry<String, In> response : responses.entries()) {
                In value = response.getValue();
                builder.putResponse(Codecs.LEVEL_OF_NEED.fromKey(response.getKey(), value), value.read(Codecs.PATHWAY));
            }
        });
        return builder
                .statements(profile.list("statements", Codecs.GUIDANCE_STATEMENT))
                .build();
    }
}
