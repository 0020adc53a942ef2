package dev.safeguarding.json;

import dev.safeguarding.model.prebirth.BirthPlanDissemination;
import java.util.List;

/** {@code {"recipient": "BIRTHING_UNIT", "agency": {...}, "sentOn": "2016-11-20"}}; all required. */
final class BirthPlanDisseminationCodec implements Codec<BirthPlanDissemination> {

    private static final List<String> PROPERTIES = Vocabulary.properties("recipient", "agency", "sentOn");

    @Override
    public Class<BirthPlanDissemination> type() {
        return BirthPlanDissemination.class;
    }

    @Override
    public void write(BirthPlanDissemination sent, Out out) {
        out.startObject()
                .value("recipient", Codecs.BIRTH_PLAN_RECIPIENT, sent.recipient())
                .value("agency", Codecs.AGENCY, sent.agency())
                .date("sentOn", sent.sentOn())
                .endObject();
    }

    @Override
    public BirthPlanDissemination read(In in) {
        ObjectIn sent = in.object(PROPERTIES);
        return BirthPlanDissemination.of(sent.required("recipient").read(Codecs.BIRTH_PLAN_RECIPIENT),
                sent.required("agency").read(Codecs.AGENCY), sent.required("sentOn").date());
    }
}
