package dev.safeguarding.json;

import dev.safeguarding.model.prebirth.ProfessionalContact;
import java.util.List;

/** {@code {"practitioner": {...}, "telephone": "...", "notifyOfBirth": true}}; all required. */
final class ProfessionalContactCodec implements Codec<ProfessionalContact> {

    private static final List<String> PROPERTIES = Vocabulary.properties("practitioner", "telephone",
            "notifyOfBirth");

    @Override
    public Class<ProfessionalContact> type() {
        return ProfessionalContact.class;
    }

    @Override
    public void write(ProfessionalContact contact, Out out) {
        out.startObject()
                .value("practitioner", Codecs.PRACTITIONER, contact.practitioner())
                .string("telephone", contact.telephone())
                .bool("notifyOfBirth", contact.notifyOfBirth())
                .endObject();
    }

    @Override
    public ProfessionalContact read(In in) {
        ObjectIn contact = in.object(PROPERTIES);
        return ProfessionalContact.of(contact.required("practitioner").read(Codecs.PRACTITIONER),
                contact.required("telephone").string(), contact.required("notifyOfBirth").bool());
    }
}
