package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import java.util.List;

/** {@code {"decidedBy": {...}, "decidedOn": "2025-12-08", "agreed": true}}; every property is required. */
final class JointSupervisionDecisionCodec implements Codec<JointSupervisionDecision> {

    private static final List<String> PROPERTIES = Vocabulary.properties("decidedBy", "decidedOn", "agreed");

    @Override
    public Class<JointSupervisionDecision> type() {
        return JointSupervisionDecision.class;
    }

    @Override
    public void write(JointSupervisionDecision decision, Out out) {
        out.startObject()
                .value("decidedBy", Codecs.PRACTITIONER, decision.decidedBy())
                .date("decidedOn", decision.decidedOn())
                .bool("agreed", decision.agreed())
                .endObject();
    }

    @Override
    public JointSupervisionDecision read(In in) {
        ObjectIn decision = in.object(PROPERTIES);
        return JointSupervisionDecision.of(
                decision.required("decidedBy").read(Codecs.PRACTITIONER),
                decision.required("decidedOn").date(),
                decision.required("agreed").bool());
    }
}
