package dev.safeguarding.json;

import dev.safeguarding.model.assessment.Assessment;
import java.util.List;

/**
 * An assessment: {@code id}, {@code child} and {@code startedOn} are required; the lists may be absent
 * (empty) and {@code neglectKnownOrSuspected} may be absent (false). All are always written.
 */
final class AssessmentCodec implements Codec<Assessment> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "child", "startedOn", "familyMembers",
            "dimensions", "parentingCapacity", "childsVoice", "neglectKnownOrSuspected");

    @Override
    public Class<Assessment> type() {
        return Assessment.class;
    }

    @Override
    public void write(Assessment assessment, Out out) {
        out.startObject()
                .string("id", assessment.id())
                .value("child", Codecs.CHILD, assessment.child())
                .date("startedOn", assessment.startedOn())
                .array("familyMembers", Codecs.FAMILY_MEMBER, assessment.familyMembers())
                .array("dimensions", Codecs.DIMENSION_FINDING, assessment.dimensions())
                .array("parentingCapacity", Codecs.PARENTING_CAPACITY, assessment.parentingCapacity())
                .array("childsVoice", Codecs.CHILDS_VIEW, assessment.childsVoice())
                .bool("neglectKnownOrSuspected", assessment.neglectKnownOrSuspected())
                .endObject();
    }

    @Override
    public Assessment read(In in) {
        ObjectIn assessment = in.object(PROPERTIES);
        Assessment.Builder builder = Assessment.builder()
                .id(assessment.required("id").string())
                .child(assessment.required("child").read(Codecs.CHILD))
                .startedOn(assessment.required("startedOn").date())
                .familyMembers(assessment.list("familyMembers", Codecs.FAMILY_MEMBER))
                .dimensions(assessment.list("dimensions", Codecs.DIMENSION_FINDING))
                .parentingCapacity(assessment.list("parentingCapacity", Codecs.PARENTING_CAPACITY))
                .childsVoice(assessment.list("childsVoice", Codecs.CHILDS_VIEW));
        assessment.defaulted("neglectKnownOrSuspected").map(In::bool).ifPresent(builder::neglectKnownOrSuspected);
        return builder.build();
    }
}
