package dev.safeguarding.json;

import dev.safeguarding.model.assessment.GradedCareChange;
import java.util.List;

/**
 * {@code {"childId", "profileId", "profileVersion", "fromDate", "toDate", "areas": [...], "areasNotCompared": [...]}};
 * the overall direction is derived, not written; {@code areasNotCompared} may be absent (empty).
 */
final class GradedCareChangeCodec implements Codec<GradedCareChange> {

    private static final List<String> PROPERTIES = Vocabulary.properties("childId", "profileId", "profileVersion",
            "fromDate", "toDate", "areas", "areasNotCompared");

    private static final StringCodec TEXT = new StringCodec();

    @Override
    public Class<GradedCareChange> type() {
        return GradedCareChange.class;
    }

    @Override
    public void write(GradedCareChange change, Out out) {
        out.startObject()
                .string("childId", change.childId())
                .string("profileId", change.profileId())
                .string("profileVersion", change.profileVersion())
                .date("fromDate", change.fromDate())
                .date("toDate", change.toDate())
                .array("areas", Codecs.AREA_CHANGE, change.areas())
                .array("areasNotCompared", TEXT, change.areasNotCompared())
                .endObject();
    }

    @Override
    public GradedCareChange read(In in) {
        ObjectIn change = in.object(PROPERTIES);
        return GradedCareChange.builder()
                .childId(change.required("childId").string())
                .profileId(change.required("profileId").string())
                .profileVersion(change.required("profileVersion").string())
                .fromDate(change.required("fromDate").date())
                .toDate(change.required("toDate").date())
                .areas(change.list("areas", Codecs.AREA_CHANGE))
                .areasNotCompared(change.list("areasNotCompared", TEXT))
                .build();
    }
}
