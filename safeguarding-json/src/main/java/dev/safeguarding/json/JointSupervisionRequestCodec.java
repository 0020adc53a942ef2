package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import java.util.List;

/**
 * A request for joint agency group supervision: {@code id}, {@code requestedBy}, {@code requesterRole} and
 * {@code requestedOn} are required; {@code childIds} and {@code reasons} may be absent (empty), the
 * decision, the date the session was arranged and the session absent or {@code null}, and
 * {@code immediateRiskOfHarm} absent (false; written only when true, so a request without it reads as before).
 */
final class JointSupervisionRequestCodec implements Codec<JointSupervisionRequest> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "childIds", "requestedBy",
            "requesterRole", "requestedOn", "reasons", "immediateRiskOfHarm", "decision", "sessionArrangedOn",
            "session");

    @Override
    public Class<JointSupervisionRequest> type() {
        return JointSupervisionRequest.class;
    }

    @Override
    public void write(JointSupervisionRequest request, Out out) {
        out.startObject()
                .string("id", request.id())
                .array("childIds", Scalars.STRING, request.childIds())
                .value("requestedBy", Codecs.PRACTITIONER, request.requestedBy())
                .value("requesterRole", Codecs.REQUESTER_ROLE, request.requesterRole())
                .date("requestedOn", request.requestedOn())
                .enumSet("reasons", Codecs.JOINT_SUPERVISION_REASON, request.reasons());
        if (request.immediateRiskOfHarm()) {
            out.bool("immediateRiskOfHarm", true);
        }
        request.decision().ifPresent(decision -> out.value("decision", Codecs.JOINT_SUPERVISION_DECISION, decision));
        out.date("sessionArrangedOn", request.sessionArrangedOn());
        request.session().ifPresent(session -> out.value("session", Codecs.JOINT_SUPERVISION_SESSION, session));
        out.endObject();
    }

    @Override
    public JointSupervisionRequest read(In in) {
        ObjectIn request = in.object(PROPERTIES);
        JointSupervisionRequest.Builder builder = JointSupervisionRequest.builder()
                .id(request.required("id").string())
                .childIds(request.list("childIds", Scalars.STRING))
                .requestedBy(request.required("requestedBy").read(Codecs.PRACTITIONER))
                .requesterRole(request.required("requesterRole").read(Codecs.REQUESTER_ROLE))
                .requestedOn(request.required("requestedOn").date())
                .reasons(request.enumSet("reasons", Codecs.JOINT_SUPERVISION_REASON));
        request.defaulted("immediateRiskOfHarm").map(In::bool).ifPresent(builder::immediateRiskOfHarm);
        return builder
                .decision(request.optional("decision").map(v -> v.read(Codecs.JOINT_SUPERVISION_DECISION)))
                .sessionArrangedOn(request.optional("sessionArrangedOn").map(In::date))
                .session(request.optional("session").map(v -> v.read(Codecs.JOINT_SUPERVISION_SESSION)))
                .build();
    }
}
