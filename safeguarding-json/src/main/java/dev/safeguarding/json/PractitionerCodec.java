package dev.safeguarding.json;

import dev.safeguarding.model.people.Practitioner;
import java.util.List;

/** {@code {"id": "p-1", "role": "Health visitor", "agency": {...}, "name": "..."}}. */
final class PractitionerCodec implements Codec<Practitioner> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "role", "agency", "name");

    @Override
    public Class<Practitioner> type() {
        return Practitioner.class;
    }

    @Override
    public void write(Practitioner practitioner, Out out) {
        out.startObject()
                .string("id", practitioner.id())
                .string("role", practitioner.role())
                .value("agency", Codecs.AGENCY, practitioner.agency())
                .string("name", practitioner.name())
                .endObject();
    }

    @Override
    public Practitioner read(In in) {
        ObjectIn practitioner = in.object(PROPERTIES);
        return Practitioner.builder()
                .id(practitioner.required("id").string())
                .role(practitioner.required("role").string())
                .agency(practitioner.required("agency").read(Codecs.AGENCY))
                .name(practitioner.optional("name").map(In::string))
                .build();
    }
}
