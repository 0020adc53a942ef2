package dev.safeguarding.json;

import dev.safeguarding.model.people.Contributor;
import java.util.List;

/** {@code {"kind": "PRACTITIONER", "id": "p-1"}}. */
final class ContributorCodec implements Codec<Contributor> {

    private static final List<String> PROPERTIES = Vocabulary.properties("kind", "id");

    @Override
    public Class<Contributor> type() {
        return Contributor.class;
    }

    @Override
    public void write(Contributor contributor, Out out) {
        out.startObject()
                .value("kind", Codecs.CONTRIBUTOR_KIND, contributor.kind())
                .string("id", contributor.id())
                .endObject();
    }

    @Override
    public Contributor read(In in) {
        ObjectIn contributor = in.object(PROPERTIES);
        return Contributor.of(contributor.required("kind").read(Codecs.CONTRIBUTOR_KIND),
                contributor.required("id").string());
    }
}
