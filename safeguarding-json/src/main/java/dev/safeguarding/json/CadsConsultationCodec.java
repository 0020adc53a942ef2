package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.CadsConsultation;
import java.util.List;

/**
 * A CADS consultation: {@code id}, {@code caller} and {@code consultedOn} are required; the lists may be
 * absent (empty), {@code consent} absent (not sought), the optional values absent or {@code null}.
 */
final class CadsConsultationCodec implements Codec<CadsConsultation> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "childIds", "caller", "consultedOn",
            "consultantSocialWorker", "concern", "completedSteps", "consent", "outcome", "referralPathway",
            "levelOfNeed", "feedbackSummaryGivenOn");

    @Override
    public Class<CadsConsultation> type() {
        return CadsConsultation.class;
    }

    @Override
    public void write(CadsConsultation consultation, Out out) {
        out.startObject()
                .string("id", consultation.id())
                .array("childIds", Scalars.STRING, consultation.childIds())
                .value("caller", Codecs.PRACTITIONER, consultation.caller())
                .date("consultedOn", consultation.consultedOn());
        consultation.consultantSocialWorker()
                .ifPresent(worker -> out.value("consultantSocialWorker", Codecs.PRACTITIONER, worker));
        out.string("concern", consultation.concern())
                .enumSet("completedSteps", Codecs.CADS_SCRIPT_STEP, consultation.completedSteps())
                .value("consent", Codecs.CONSENT_STATUS, consultation.consent());
        consultation.outcome().ifPresent(outcome -> out.value("outcome", Codecs.CADS_OUTCOME, outcome));
        consultation.referralPathway().ifPresent(pathway -> out.value("referralPathway", Codecs.PATHWAY, pathway));
        consultation.levelOfNeed().ifPresent(level -> out.value("levelOfNeed", Codecs.LEVEL_OF_NEED, level));
        out.date("feedbackSummaryGivenOn", consultation.feedbackSummaryGivenOn())
                .endObject();
    }

    @Override
    public CadsConsultation read(In in) {
        ObjectIn consultation = in.object(PROPERTIES);
        CadsConsultation.Builder builder = CadsConsultation.builder()
                .id(consultation.required("id").string())
                .childIds(consultation.list("childIds", Scalars.STRING))
                .caller(consultation.required("caller").read(Codecs.PRACTITIONER))
                .consultedOn(consultation.required("consultedOn").date())
                .consultantSocialWorker(consultation.optional("consultantSocialWorker")
                        .map(v -> v.read(Codecs.PRACTITIONER)))
                .concern(consultation.optional("concern").map(In::string))
                .completedSteps(consultation.enumSet("completedSteps", Codecs.CADS_SCRIPT_STEP));
        consultation.defaulted("consent").map(v -> v.read(Codecs.CONSENT_STATUS)).ifPresent(builder::consent);
        return builder
                .outcome(consultation.optional("outcome").map(v -> v.read(Codecs.CADS_OUTCOME)))
                .referralPathway(consultation.optional("referralPathway").map(v -> v.read(Codecs.PATHWAY)))
                .levelOfNeed(consultation.optional("levelOfNeed").map(v -> v.read(Codecs.LEVEL_OF_NEED)))
                .feedbackSummaryGivenOn(consultation.optional("feedbackSummaryGivenOn").map(In::date))
                .build();
    }
}
