package dev.safeguarding.json;

import dev.safeguarding.model.assessment.GradeDescription;
import java.util.List;

/** {@code {"grade": 1, "description": "..."}}. */
final class GradeDescriptionCodec implements Codec<GradeDescription> {

    private static final List<String> PROPERTIES = Vocabulary.properties("grade", "description");

    @Override
    public Class<GradeDescription> type() {
        return GradeDescription.class;
    }

    @Override
    public void write(GradeDescription grade, Out out) {
        out.startObject()
                .integer("grade", grade.grade())
                .string("description", grade.description())
                .endObject();
    }

    @Override
    public GradeDescription read(In in) {
        ObjectIn grade = in.object(PROPERTIES);
        return GradeDescription.of(grade.required("grade").integer(), grade.required("description").string());
    }
}
