package dev.safeguarding.json;

import dev.safeguarding.model.assessment.AreaGrade;
import java.util.List;

/** {@code {"areaId": "physical-care", "grade": 3, "evidence": [...]}}; {@code evidence} may be absent (empty). */
final class AreaGradeCodec implements Codec<AreaGrade> {

    private static final List<String> PROPERTIES = Vocabulary.properties("areaId", "grade", "evidence");

    @Override
    public Class<AreaGrade> type() {
        return AreaGrade.class;
    }

    @Override
    public void write(AreaGrade grade, Out out) {
        out.startObject()
                .string("areaId", grade.areaId())
                .integer("grade", grade.grade())
                .array("evidence", Codecs.ASSESSMENT_STATEMENT, grade.evidence())
                .endObject();
    }

    @Override
    public AreaGrade read(In in) {
        ObjectIn grade = in.object(PROPERTIES);
        return AreaGrade.of(grade.required("areaId").string(), grade.required("grade").integer(),
                grade.list("evidence", Codecs.ASSESSMENT_STATEMENT));
    }
}
