package dev.safeguarding.json;

import dev.safeguarding.model.sharing.SharingProfile;
import java.util.List;

/**
 * An information-sharing profile: every property is required but {@code statements}, which may be absent
 * (empty), though the model asks for a statement for every code.
 */
final class SharingProfileCodec implements Codec<SharingProfile> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "name", "source", "statements");

    @Override
    public Class<SharingProfile> type() {
        return SharingProfile.class;
    }

    @Override
    public void write(SharingProfile profile, Out out) {
        out.startObject()
                .string("id", profile.id())
                .string("name", profile.name())
                .value("source", Codecs.SOURCE_PASSAGE, profile.source())
                .array("statements", Codecs.SHARING_STATEMENT, profile.statements())
                .endObject();
    }

    @Override
    public SharingProfile read(In in) {
        ObjectIn profile = in.object(PROPERTIES);
        return SharingProfile.builder()
                .id(profile.required("id").string())
                .name(profile.required("name").string())
                .source(profile.required("source").read(Codecs.SOURCE_PASSAGE))
                .statements(profile.list("statements", Codecs.SHARING_STATEMENT))
                .build();
    }
}
