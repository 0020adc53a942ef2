package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import java.util.List;

/**
 * A request for joint agency group supervision: {@code id}, {@code requestedBy}, {@code requesterRole} and
 * {@code requestedOn} are required; {@code childIds} and {@code reasons} may be absent (empty), the
 * decision and session absent or {@code null}.
 */
final class JointSupervisionRequestCodec implements Codec<JointSupervisionRequest> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "childIds", "requestedBy",
            "requesterRole", "requestedOn", "reasons", "decision", "session");

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
        request.decision().ifPresent(decision -> out.value("decision", Codecs.JOINT_SUPERVISION_DECISION, decision));
        request.session().ifPresent(session -> out.value("session", Codecs.JOINT_SUPERVISION_SESSION, session));
        out.endObject();
    }

    @Override
    public JointSupervisionRequest read(In in) {
        ObjectIn request = in.object(PROPERTIES);
        return JointSupervisionRequest.builder()
                .id(request.required("id").string())
                .childIds(request.list("childIds", Scalars.STRING))
                .requestedBy(request.required("requestedBy").read(Codecs.PRACTITIONER))
                .requesterRole(request.required("requesterRole").read(Codecs.REQUESTER_ROLE))
                .requestedOn(request.required("requestedOn").date())
                .reasons(request.enumSet("reasons", Codecs.JOINT_SUPERVISION_REASON))
                .decision(request.optional("decision").map(v -> v.read(Codecs.JOINT_SUPERVISION_DECISION)))
                .session(request.optional("session").map(v -> v.read(Codecs.JOINT_SUPERVISION_SESSION)))
                .build();
    }
}
