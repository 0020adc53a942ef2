package dev.safeguarding.json;

import dev.safeguarding.model.sharing.Consent;
import java.util.List;

/**
 * A record of consent. {@code answeredBy} and {@code answeredOn} may be absent when reading (the model's
 * defaults: the person asked, the day asked) and are always written; {@code childBasis} may be absent or
 * {@code null}; everything else is required.
 */
final class ConsentCodec implements Codec<Consent> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "child", "askedBy", "asked",
            "answeredBy", "askedOn", "answeredOn", "answer", "scope", "informed", "childBasis");

    @Override
    public Class<Consent> type() {
        return Consent.class;
    }

    @Override
    public void write(Consent consent, Out out) {
        out.startObject()
                .string("id", consent.id())
                .value("child", Codecs.CHILD, consent.child())
                .value("askedBy", Codecs.CONTRIBUTOR, consent.askedBy())
                .value("asked", Codecs.CONTRIBUTOR, consent.asked())
                .value("answeredBy", Codecs.CONTRIBUTOR, consent.answeredBy())
                .date("askedOn", consent.askedOn())
                .date("answeredOn", consent.answeredOn())
                .value("answer", Codecs.CONSENT_STATUS, consent.answer())
                .value("scope", Codecs.CONSENT_SCOPE, consent.scope())
                .bool("informed", consent.informed());
        consent.childBasis().ifPresent(basis -> out.value("childBasis", Codecs.CHILD_CONSENT_BASIS, basis));
        out.endObject();
    }

    @Override
    public Consent read(In in) {
        ObjectIn consent = in.object(PROPERTIES);
        Consent.Builder builder = Consent.builder()
                .id(consent.required("id").string())
                .child(consent.required("child").read(Codecs.CHILD))
                .askedBy(consent.required("askedBy").read(Codecs.CONTRIBUTOR))
                .asked(consent.required("asked").read(Codecs.CONTRIBUTOR));
        consent.defaulted("answeredBy").map(v -> v.read(Codecs.CONTRIBUTOR)).ifPresent(builder::answeredBy);
        builder.askedOn(consent.required("askedOn").date());
        consent.defaulted("answeredOn").map(In::date).ifPresent(builder::answeredOn);
        return builder
                .answer(consent.required("answer").read(Codecs.CONSENT_STATUS))
                .scope(consent.required("scope").read(Codecs.CONSENT_SCOPE))
                .informed(consent.required("informed").bool())
                .childBasis(consent.optional("childBasis").map(v -> v.read(Codecs.CHILD_CONSENT_BASIS)))
                .build();
    }
}
