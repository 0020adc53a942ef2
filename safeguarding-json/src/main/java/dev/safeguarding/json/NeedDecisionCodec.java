package dev.safeguarding.json;

import dev.safeguarding.model.chronology.NeedDecision;
import java.util.List;

/** {@code {"decidedOn": "2024-03-28", "level": "COMPLEX", "response": "FAST_REFERRAL"}}; all required. */
final class NeedDecisionCodec implements Codec<NeedDecision> {

    private static final List<String> PROPERTIES = Vocabulary.properties("decidedOn", "level", "response");

    @Override
    public Class<NeedDecision> type() {
        return NeedDecision.class;
    }

    @Override
    public void write(NeedDecision decision, Out out) {
        out.startObject()
                .date("decidedOn", decision.decidedOn())
                .value("level", Codecs.LEVEL_OF_NEED, decision.level())
                .value("response", Codecs.PATHWAY, decision.response())
                .endObject();
    }

    @Override
    public NeedDecision read(In in) {
        ObjectIn decision = in.object(PROPERTIES);
        return NeedDecision.of(decision.required("decidedOn").date(),
                decision.required("level").read(Codecs.LEVEL_OF_NEED),
                decision.required("response").read(Codecs.PATHWAY));
    }
}
