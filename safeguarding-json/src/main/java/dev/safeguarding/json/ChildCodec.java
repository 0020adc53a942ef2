package dev.safeguarding.json;

import dev.safeguarding.model.people.Child;
import java.util.List;

/**
 * {@code {"id": "c-1", "dateOfBirth": "2015-06-01", "name": "..."}}, or with
 * {@code expectedDateOfDelivery} in place of {@code dateOfBirth} for an unborn child. The model checks
 * that exactly one of the two dates is given.
 */
final class ChildCodec implements Codec<Child> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "dateOfBirth",
            "expectedDateOfDelivery", "name");

    @Override
    public Class<Child> type() {
        return Child.class;
    }

    @Override
    public void write(Child child, Out out) {
        out.startObject()
                .string("id", child.id())
                .date("dateOfBirth", child.dateOfBirth())
                .date("expectedDateOfDelivery", child.expectedDateOfDelivery())
                .string("name", child.name())
                .endObject();
    }

    @Override
    public Child read(In in) {
        ObjectIn child = in.object(PROPERTIES);
        return Child.builder()
                .id(child.required("id").string())
                .dateOfBirth(child.optional("dateOfBirth").map(In::date))
                .expectedDateOfDelivery(child.optional("expectedDateOfDelivery").map(In::date))
                .name(child.optional("name").map(In::string))
                .build();
    }
}
