package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import java.util.List;

/**
 * A professional disagreement: {@code id}, {@code raisedBy}, {@code raisedWith} and {@code raisedOn} are
 * required; the lists may be absent (empty), {@code jointSupervisionConsidered} absent (false), the optional
 * values absent or {@code null}. Stages out of order or dates going backwards are errors at {@code /stages}
 * (the model's rule).
 */
final class ProfessionalDisagreementCodec implements Codec<ProfessionalDisagreement> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "childIds", "raisedBy", "raisedWith",
            "raisedOn", "concern", "stages", "jointSupervisionConsidered", "resolvedOn", "resolution");

    @Override
    public Class<ProfessionalDisagreement> type() {
        return ProfessionalDisagreement.class;
    }

    @Override
    public void write(ProfessionalDisagreement disagreement, Out out) {
        out.startObject()
                .string("id", disagreement.id())
                .array("childIds", Scalars.STRING, disagreement.childIds())
                .value("raisedBy", Codecs.PRACTITIONER, disagreement.raisedBy())
                .value("raisedWith", Codecs.PRACTITIONER, disagreement.raisedWith())
                .date("raisedOn", disagreement.raisedOn())
                .string("concern", disagreement.concern())
                .array("stages", Codecs.DISAGREEMENT_STAGE, disagreement.stages())
                .bool("jointSupervisionConsidered", disagreement.jointSupervisionConsidered())
                .date("resolvedOn", disagreement.resolvedOn())
                .string("resolution", disagreement.resolution())
                .endObject();
    }

    @Override
    public ProfessionalDisagreement read(In in) {
        ObjectIn disagreement = in.object(PROPERTIES);
        ProfessionalDisagreement.Builder builder = ProfessionalDisagreement.builder()
                .id(disagreement.required("id").string())
                .childIds(disagreement.list("childIds", Scalars.STRING))
                .raisedBy(disagreement.required("raisedBy").read(Codecs.PRACTITIONER))
                .raisedWith(disagreement.required("raisedWith").read(Codecs.PRACTITIONER))
                .raisedOn(disagreement.required("raisedOn").date())
                .concern(disagreement.optional("concern").map(In::string))
                .stages(disagreement.list("stages", Codecs.DISAGREEMENT_STAGE));
        disagreement.defaulted("jointSupervisionConsidered").map(In::bool)
                .ifPresent(builder::jointSupervisionConsidered);
        return builder
                .resolvedOn(disagreement.optional("resolvedOn").map(In::date))
                .resolution(disagreement.optional("resolution").map(In::string))
                .build();
    }
}
