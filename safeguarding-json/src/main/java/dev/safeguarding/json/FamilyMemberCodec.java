package dev.safeguarding.json;

import dev.safeguarding.model.people.FamilyMember;
import java.util.List;

/**
 * {@code {"id": "m-1", "relationship": "MOTHER", "parentOrCarer": true, "livesWithChild": true, "name": "..."}};
 * the two defaulted facts may be absent when reading (the model's defaults apply).
 */
final class FamilyMemberCodec implements Codec<FamilyMember> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "relationship", "parentOrCarer",
            "livesWithChild", "name");

    @Override
    public Class<FamilyMember> type() {
        return FamilyMember.class;
    }

    @Override
    public void write(FamilyMember member, Out out) {
        out.startObject()
                .string("id", member.id())
                .value("relationship", Codecs.FAMILY_RELATIONSHIP, member.relationship())
                .bool("parentOrCarer", member.parentOrCarer())
                .bool("livesWithChild", member.livesWithChild())
                .string("name", member.name())
                .endObject();
    }

    @Override
    public FamilyMember read(In in) {
        ObjectIn member = in.object(PROPERTIES);
        FamilyMember.Builder builder = FamilyMember.builder()
                .id(member.required("id").string())
                .relationship(member.required("relationship").read(Codecs.FAMILY_RELATIONSHIP));
        member.defaulted("parentOrCarer").map(In::bool).ifPresent(builder::parentOrCarer);
        member.defaulted("livesWithChild").map(In::bool).ifPresent(builder::livesWithChild);
        return builder.name(member.optional("name").map(In::string)).build();
    }
}
