package dev.safeguarding.json;

import dev.safeguarding.model.sharing.SharingDecision;
import java.util.List;

/**
 * A record of a sharing decision. {@code id}, {@code child}, {@code share}, {@code reasons},
 * {@code decidedBy} and {@code decidedOn} are required; the optional strings ({@code corrects},
 * {@code information}, {@code purpose}, {@code consentId}) may be absent or {@code null} and are left out
 * when empty; the collections may be absent (empty) and are always written.
 */
final class SharingDecisionCodec implements Codec<SharingDecision> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "corrects", "child", "share",
            "information", "recipients", "purpose", "consentId", "reasonsWithoutConsent", "qualities", "reasons",
            "adviceSoughtFrom", "decidedBy", "decidedOn");

    @Override
    public Class<SharingDecision> type() {
        return SharingDecision.class;
    }

    @Override
    public void write(SharingDecision decision, Out out) {
        out.startObject()
                .string("id", decision.id())
                .string("corrects", decision.corrects())
                .value("child", Codecs.CHILD, decision.child())
                .bool("share", decision.share())
                .string("information", decision.information())
                .array("recipients", Codecs.AGENCY, decision.recipients())
                .string("purpose", decision.purpose())
                .string("consentId", decision.consentId())
                .enumSet("reasonsWithoutConsent", Codecs.WITHOUT_CONSENT_REASON, decision.reasonsWithoutConsent())
                .enumSet("qualities", Codecs.SHARING_QUALITY, decision.qualities())
                .string("reasons", decision.reasons())
                .array("adviceSoughtFrom", Codecs.CONTRIBUTOR, decision.adviceSoughtFrom())
                .value("decidedBy", Codecs.CONTRIBUTOR, decision.decidedBy())
                .date("decidedOn", decision.decidedOn())
                .endObject();
    }

    @Override
    public SharingDecision read(In in) {
        ObjectIn decision = in.object(PROPERTIES);
        return SharingDecision.builder()
                .id(decision.required("id").string())
                .corrects(decision.optional("corrects").map(In::string))
                .child(decision.required("child").read(Codecs.CHILD))
                .share(decision.required("share").bool())
                .information(decision.optional("information").map(In::string))
                .recipients(decision.list("recipients", Codecs.AGENCY))
                .purpose(decision.optional("purpose").map(In::string))
                .consentId(decision.optional("consentId").map(In::string))
                .reasonsWithoutConsent(decision.enumSet("reasonsWithoutConsent", Codecs.WITHOUT_CONSENT_REASON))
                .qualities(decision.enumSet("qualities", Codecs.SHARING_QUALITY))
                .reasons(decision.required("reasons").string())
                .adviceSoughtFrom(decision.list("adviceSoughtFrom", Codecs.CONTRIBUTOR))
                .decidedBy(decision.required("decidedBy").read(Codecs.CONTRIBUTOR))
                .decidedOn(decision.required("decidedOn").date())
                .build();
    }
}
