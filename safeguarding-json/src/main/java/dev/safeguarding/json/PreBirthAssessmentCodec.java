package dev.safeguarding.json;

import dev.safeguarding.model.prebirth.PreBirthAssessment;
import java.util.List;

/**
 * A pre-birth assessment: {@code id}, {@code child} (unborn) and {@code startedOn} are required; the lists may
 * be absent (empty); {@code completedOn} and {@code levelOfNeed} may be absent or {@code null}.
 */
final class PreBirthAssessmentCodec implements Codec<PreBirthAssessment> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "child", "startedOn", "completedOn",
            "addressedTasks", "risks", "siblingIds", "adultServices", "levelOfNeed");

    @Override
    public Class<PreBirthAssessment> type() {
        return PreBirthAssessment.class;
    }

    @Override
    public void write(PreBirthAssessment assessment, Out out) {
        out.startObject()
                .string("id", assessment.id())
                .value("child", Codecs.CHILD, assessment.child())
                .date("startedOn", assessment.startedOn())
                .date("completedOn", assessment.completedOn())
                .enumSet("addressedTasks", Codecs.PRE_BIRTH_TASK, assessment.addressedTasks())
                .array("risks", Scalars.STRING, assessment.risks())
                .array("siblingIds", Scalars.STRING, assessment.siblingIds())
                .array("adultServices", Codecs.AGENCY, assessment.adultServices());
        assessment.levelOfNeed().ifPresent(level -> out.value("levelOfNeed", Codecs.LEVEL_OF_NEED, level));
        out.endObject();
    }

    @Override
    public PreBirthAssessment read(In in) {
        ObjectIn assessment = in.object(PROPERTIES);
        return PreBirthAssessment.builder()
                .id(assessment.required("id").string())
                .child(assessment.required("child").read(Codecs.CHILD))
                .startedOn(assessment.required("startedOn").date())
                .completedOn(assessment.optional("completedOn").map(In::date))
                .addressedTasks(assessment.enumSet("addressedTasks", Codecs.PRE_BIRTH_TASK))
                .risks(assessment.list("risks", Scalars.STRING))
                .siblingIds(assessment.list("siblingIds", Scalars.STRING))
                .adultServices(assessment.list("adultServices", Codecs.AGENCY))
                .levelOfNeed(assessment.optional("levelOfNeed").map(v -> v.read(Codecs.LEVEL_OF_NEED)))
                .build();
    }
}
