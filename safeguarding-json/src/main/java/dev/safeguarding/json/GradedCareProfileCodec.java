package dev.safeguarding.json;

import dev.safeguarding.model.assessment.GradedCareProfile;
import java.util.List;

/**
 * A graded care profile, the format a partnership loads its variant in: {@code {"id", "version", "name",
 * "source", "areas", "worstGrade", "neglectFromGrade", "grades"}}; {@code worstGrade} may be absent (5),
 * {@code grades} absent (empty).
 */
final class GradedCareProfileCodec implements Codec<GradedCareProfile> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "version", "name", "source", "areas",
            "worstGrade", "neglectFromGrade", "grades");

    @Override
    public Class<GradedCareProfile> type() {
        return GradedCareProfile.class;
    }

    @Override
    public void write(GradedCareProfile profile, Out out) {
        out.startObject()
                .string("id", profile.id())
                .string("version", profile.version())
                .string("name", profile.name())
                .value("source", Codecs.SOURCE_PASSAGE, profile.source())
                .array("areas", Codecs.CARE_AREA, profile.areas())
                .integer("worstGrade", profile.worstGrade())
                .integer("neglectFromGrade", profile.neglectFromGrade())
                .array("grades", Codecs.GRADE_DESCRIPTION, profile.grades())
                .endObject();
    }

    @Override
    public GradedCareProfile read(In in) {
        ObjectIn profile = in.object(PROPERTIES);
        GradedCareProfile.Builder builder = GradedCareProfile.builder()
                .id(profile.required("id").string())
                .version(profile.required("version").string())
                .name(profile.required("name").string())
                .source(profile.required("source").read(Codecs.SOURCE_PASSAGE))
                .areas(profile.list("areas", Codecs.CARE_AREA));
        profile.defaulted("worstGrade").map(In::integer).ifPresent(builder::worstGrade);
        return builder
                .neglectFromGrade(profile.required("neglectFromGrade").integer())
                .grades(profile.list("grades", Codecs.GRADE_DESCRIPTION))
                .build();
    }
}
