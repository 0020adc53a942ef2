package dev.safeguarding.json;

import dev.safeguarding.model.assessment.GradedCareSnapshot;
import java.util.List;

/** {@code {"childId", "profileId", "profileVersion", "date", "grades": [...]}}; {@code grades} may be absent (empty). */
final class GradedCareSnapshotCodec implements Codec<GradedCareSnapshot> {

    private static final List<String> PROPERTIES = Vocabulary.properties("childId", "profileId", "profileVersion",
            "date", "grades");

    @Override
    public Class<GradedCareSnapshot> type() {
        return GradedCareSnapshot.class;
    }

    @Override
    public void write(GradedCareSnapshot snapshot, Out out) {
        out.startObject()
                .string("childId", snapshot.childId())
                .string("profileId", snapshot.profileId())
                .string("profileVersion", snapshot.profileVersion())
                .date("date", snapshot.date())
                .array("grades", Codecs.AREA_GRADE, snapshot.grades())
                .endObject();
    }

    @Override
    public GradedCareSnapshot read(In in) {
        ObjectIn snapshot = in.object(PROPERTIES);
        return GradedCareSnapshot.builder()
                .childId(snapshot.required("childId").string())
                .profileId(snapshot.required("profileId").string())
                .profileVersion(snapshot.required("profileVersion").string())
                .date(snapshot.required("date").date())
                .grades(snapshot.list("grades", Codecs.AREA_GRADE))
                .build();
    }
}
