package dev.safeguarding.json;

import dev.safeguarding.model.flourish.FlourishProfile;
import java.util.List;

/**
 * {@code {"childId": "c-1", "date": "2017-03-09", "assessmentId": "a-1", "entries": [...]}}; {@code assessmentId}
 * is optional.
 */
final class FlourishProfileCodec implements Codec<FlourishProfile> {

    private static final List<String> PROPERTIES = Vocabulary.properties("childId", "date", "assessmentId",
            "entries");

    @Override
    public Class<FlourishProfile> type() {
        return FlourishProfile.class;
    }

    @Override
    public void write(FlourishProfile profile, Out out) {
        out.startObject()
                .string("childId", profile.childId())
                .date("date", profile.date())
                .string("assessmentId", profile.assessmentId())
                .array("entries", Codecs.FLOURISH_ENTRY, profile.entries())
                .endObject();
    }

    @Override
    public FlourishProfile read(In in) {
        ObjectIn profile = in.object(PROPERTIES);
        return FlourishProfile.builder()
                .childId(profile.required("childId").string())
                .date(profile.required("date").date())
                .assessmentId(profile.optional("assessmentId").map(In::string))
                .entries(profile.list("entries", Codecs.FLOURISH_ENTRY))
                .build();
    }
}
