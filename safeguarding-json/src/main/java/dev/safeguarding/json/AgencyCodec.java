package dev.safeguarding.json;

import dev.safeguarding.model.people.Agency;
import java.util.List;

/** {@code {"id": "a-1", "name": "Norfolk Constabulary", "type": "POLICE"}}. */
final class AgencyCodec implements Codec<Agency> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "name", "type");

    @Override
    public Class<Agency> type() {
        return Agency.class;
    }

    @Override
    public void write(Agency agency, Out out) {
        out.startObject()
                .string("id", agency.id())
                .string("name", agency.name())
                .value("type", Codecs.AGENCY_TYPE, agency.type())
                .endObject();
    }

    @Override
    public Agency read(In in) {
        ObjectIn agency = in.object(PROPERTIES);
        return Agency.of(agency.required("id").string(), agency.required("name").string(),
                agency.required("type").read(Codecs.AGENCY_TYPE));
    }
}
