package dev.safeguarding.json;

import dev.safeguarding.model.multiagency.PlanningMeeting;
import java.util.List;

/**
 * A planning meeting: {@code id} and {@code heldOn} are required; the lists may be absent (empty) and the flags
 * absent (false).
 */
final class PlanningMeetingCodec implements Codec<PlanningMeeting> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "childIds", "heldOn", "professionalsExcludedByFamily",
            "exclusionMinuted", "exclusionTreatedAsSafeguardingConcern", "nonEngagementPlanAgreed",
            "thresholdsReviewed", "excludedProfessionalsViewsRepresented");

    @Override
    public Class<PlanningMeeting> type() {
        return PlanningMeeting.class;
    }

    @Override
    public void write(PlanningMeeting meeting, Out out) {
        out.startObject()
                .string("id", meeting.id())
                .array("childIds", Scalars.STRING, meeting.childIds())
                .date("heldOn", meeting.heldOn())
                .array("professionalsExcludedByFamily", Scalars.STRING, meeting.professionalsExcludedByFamily())
                .bool("exclusionMinuted", meeting.exclusionMinuted())
                .bool("exclusionTreatedAsSafeguardingConcern", meeting.exclusionTreatedAsSafeguardingConcern())
                .bool("nonEngagementPlanAgreed", meeting.nonEngagementPlanAgreed())
                .bool("thresholdsReviewed", meeting.thresholdsReviewed())
                .bool("excludedProfessionalsViewsRepresented", meeting.excludedProfessionalsViewsRepresented())
                .endObject();
    }

    @Override
    public PlanningMeeting read(In in) {
        ObjectIn meeting = in.object(PROPERTIES);
        PlanningMeeting.Builder builder = PlanningMeeting.builder()
                .id(meeting.required("id").string())
                .childIds(meeting.list("childIds", Scalars.STRING))
                .heldOn(meeting.required("heldOn").date())
                .professionalsExcludedByFamily(meeting.list("professionalsExcludedByFamily", Scalars.STRING));
        meeting.defaulted("exclusionMinuted").map(In::bool).ifPresent(builder::exclusionMinuted);
        meeting.defaulted("exclusionTreatedAsSafeguardingConcern").map(In::bool)
                .ifPresent(builder::exclusionTreatedAsSafeguardingConcern);
        meeting.defaulted("nonEngagementPlanAgreed").map(In::bool).ifPresent(builder::nonEngagementPlanAgreed);
        meeting.defaulted("thresholdsReviewed").map(In::bool).ifPresent(builder::thresholdsReviewed);
        meeting.defaulted("excludedProfessionalsViewsRepresented").map(In::bool)
                .ifPresent(builder::excludedProfessionalsViewsRepresented);
        return builder.build();
    }
}
