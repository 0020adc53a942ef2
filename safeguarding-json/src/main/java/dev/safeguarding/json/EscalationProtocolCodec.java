package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.timescales.Timescale;
import java.util.List;
import java.util.Map;

/**
 * An escalation protocol: {@code id}, {@code name} and {@code source} are required. {@code stageTimescales}
 * may be absent (none); it is an object keyed by the stage's constant name, written in stage order:
 * {@code {"PROFESSIONAL_TO_PROFESSIONAL": {...timescale...}, ...}}. A key that is not a stage is an error at
 * its pointer (in lenient mode too: keys are data, not properties).
 */
final class EscalationProtocolCodec implements Codec<EscalationProtocol> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "name", "source", "stageTimescales");

    @Override
    public Class<EscalationProtocol> type() {
        return EscalationProtocol.class;
    }

    @Override
    public void write(EscalationProtocol protocol, Out out) {
        out.startObject()
                .string("id", protocol.id())
                .string("name", protocol.name())
                .value("source", Codecs.SOURCE_PASSAGE, protocol.source())
                .startObject("stageTimescales");
        for (EscalationStage stage : EscalationStage.values()) {
            Timescale timescale = protocol.stageTimescales().get(stage);
            if (timescale != null) {
                out.value(Codecs.ESCALATION_STAGE.key(stage), Codecs.TIMESCALE, timescale);
            }
        }
        out.endObject().endObject();
    }

    @Override
    public EscalationProtocol read(In in) {
        ObjectIn protocol = in.object(PROPERTIES);
        EscalationProtocol.Builder builder = EscalationProtocol.builder()
                .id(protocol.required("id").string())
                .name(protocol.required("name").string())
                .source(protocol.required("source").read(Codecs.SOURCE_PASSAGE));
        protocol.defaulted("stageTimescales").ifPresent(timescales -> {
            for (Map.Entry<String, In> entry : timescales.entries()) {
                In value = entry.getValue();
                builder.putStageTimescale(Codecs.ESCALATION_STAGE.fromKey(entry.getKey(), value),
                        value.read(Codecs.TIMESCALE));
            }
        });
        return builder.build();
    }
}
