package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.DisagreementStage;
import java.util.List;

/**
 * One stage of a professional disagreement: {@code stage} and {@code startedOn} are required;
 * {@code participants} may be absent (empty), {@code respondedOn} and {@code outcome} absent or {@code null}.
 */
final class DisagreementStageCodec implements Codec<DisagreementStage> {

    private static final List<String> PROPERTIES = Vocabulary.properties("stage", "startedOn", "participants",
            "respondedOn", "outcome");

    @Override
    public Class<DisagreementStage> type() {
        return DisagreementStage.class;
    }

    @Override
    public void write(DisagreementStage stage, Out out) {
        out.startObject()
                .value("stage", Codecs.ESCALATION_STAGE, stage.stage())
                .date("startedOn", stage.startedOn())
                .array("participants", Codecs.PRACTITIONER, stage.participants())
                .date("respondedOn", stage.respondedOn())
                .string("outcome", stage.outcome())
                .endObject();
    }

    @Override
    public DisagreementStage read(In in) {
        ObjectIn stage = in.object(PROPERTIES);
        return DisagreementStage.builder()
                .stage(stage.required("stage").read(Codecs.ESCALATION_STAGE))
                .startedOn(stage.required("startedOn").date())
                .participants(stage.list("participants", Codecs.PRACTITIONER))
                .respondedOn(stage.optional("respondedOn").map(In::date))
                .outcome(stage.optional("outcome").map(In::string))
                .build();
    }
}
