package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.JointSupervisionSession;
import java.util.List;

/**
 * A joint supervision session: {@code heldOn} is required; the lists may be absent (empty), the optional
 * dates, lead coordinator, keyworker, the route of the family's feedback ({@code familyFeedback}, a constant of
 * {@code FamilyFeedbackRoute}) and its date absent or {@code null}, and the two flags absent (false).
 */
final class JointSupervisionSessionCodec implements Codec<JointSupervisionSession> {

    private static final List<String> PROPERTIES = Vocabulary.properties("heldOn", "supervisors", "leadCoordinatorId",
            "supervisees", "participantsToldOfDisclosure", "recordCirculatedOn", "recordPlacedOnFileOn", "keyworker",
            "familyFeedback", "familyFeedbackOn", "furtherSessionsAgreed", "furtherSessionDates");

    @Override
    public Class<JointSupervisionSession> type() {
        return JointSupervisionSession.class;
    }

    @Override
    public void write(JointSupervisionSession session, Out out) {
        out.startObject()
                .date("heldOn", session.heldOn())
                .array("supervisors", Codecs.PRACTITIONER, session.supervisors())
                .string("leadCoordinatorId", session.leadCoordinatorId())
                .array("supervisees", Codecs.PRACTITIONER, session.supervisees())
                .bool("participantsToldOfDisclosure", session.participantsToldOfDisclosure())
                .date("recordCirculatedOn", session.recordCirculatedOn())
                .date("recordPlacedOnFileOn", session.recordPlacedOnFileOn());
        session.keyworker().ifPresent(keyworker -> out.value("keyworker", Codecs.PRACTITIONER, keyworker));
        session.familyFeedback().ifPresent(route -> out.value("familyFeedback", Codecs.FAMILY_FEEDBACK_ROUTE, route));
        out.date("familyFeedbackOn", session.familyFeedbackOn());
        out.bool("furtherSessionsAgreed", session.furtherSessionsAgreed())
                .array("furtherSessionDates", Scalars.DATE, session.furtherSessionDates())
                .endObject();
    }

    @Override
    public JointSupervisionSession read(In in) {
        ObjectIn session = in.object(PROPERTIES);
        JointSupervisionSession.Builder builder = JointSupervisionSession.builder()
                .heldOn(session.required("heldOn").date())
                .supervisors(session.list("supervisors", Codecs.PRACTITIONER))
                .leadCoordinatorId(session.optional("leadCoordinatorId").map(In::string))
                .supervisees(session.list("supervisees", Codecs.PRACTITIONER));
        session.defaulted("participantsToldOfDisclosure").map(In::bool).ifPresent(builder::participantsToldOfDisclosure);
        builder.recordCirculatedOn(session.optional("recordCirculatedOn").map(In::date))
                .recordPlacedOnFileOn(session.optional("recordPlacedOnFileOn").map(In::date))
                .keyworker(session.optional("keyworker").map(v -> v.read(Codecs.PRACTITIONER)))
                .familyFeedback(session.optional("familyFeedback").map(v -> v.read(Codecs.FAMILY_FEEDBACK_ROUTE)))
                .familyFeedbackOn(session.optional("familyFeedbackOn").map(In::date));
        session.defaulted("furtherSessionsAgreed").map(In::bool).ifPresent(builder::furtherSessionsAgreed);
        return builder
                .furtherSessionDates(session.list("furtherSessionDates", Scalars.DATE))
                .build();
    }
}
