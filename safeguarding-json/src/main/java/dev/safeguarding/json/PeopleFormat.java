package dev.safeguarding.json;

import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.model.people.Practitioner;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON format of the people around a child: the child, family members, practitioners, agencies and contributors: each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class PeopleFormat {

    private PeopleFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(AgencyType.class),
                EnumCodec.byName(FamilyRelationship.class),
                EnumCodec.byName(ContributorKind.class),
                // {@code {"id": "c-1", "dateOfBirth": "2015-06-01", "name": "..."}}, or with {@code
                // expectedDateOfDelivery} in place of {@code dateOfBirth} for an unborn child. The model checks that
                // exactly one of the two dates is given.
                ObjectFormat.of(Child.class, Child::builder, Child.Builder::build)
                        .required("id", String.class, Child::id, Child.Builder::id)
                        .optional("dateOfBirth", LocalDate.class, Child::dateOfBirth, Child.Builder::dateOfBirth)
                        .optional("expectedDateOfDelivery", LocalDate.class, Child::expectedDateOfDelivery,
                                Child.Builder::expectedDateOfDelivery)
                        .optional("name", String.class, Child::name, Child.Builder::name)
                        .build(),
                // {@code {"id": "a-1", "name": "Norfolk Constabulary", "type": "POLICE"}}.
                ObjectFormat.ofValues(Agency.class, v -> Agency.of(v.next(), v.next(), v.next()))
                        .required("id", String.class, Agency::id)
                        .required("name", String.class, Agency::name)
                        .required("type", AgencyType.class, Agency::type)
                        .build(),
                // {@code {"id": "p-1", "role": "Health visitor", "agency": {...}, "name": "..."}}.
                ObjectFormat.of(Practitioner.class, Practitioner::builder, Practitioner.Builder::build)
                        .required("id", String.class, Practitioner::id, Practitioner.Builder::id)
                        .required("role", String.class, Practitioner::role, Practitioner.Builder::role)
                        .required("agency", Agency.class, Practitioner::agency, Practitioner.Builder::agency)
                        .optional("name", String.class, Practitioner::name, Practitioner.Builder::name)
                        .build(),
                // {@code {"id": "m-1", "relationship": "MOTHER", "parentOrCarer": true, "livesWithChild": true,
                // "name": "..."}}; the two defaulted facts may be absent when reading (the model's defaults apply).
                ObjectFormat.of(FamilyMember.class, FamilyMember::builder, FamilyMember.Builder::build)
                        .required("id", String.class, FamilyMember::id, FamilyMember.Builder::id)
                        .required("relationship", FamilyRelationship.class, FamilyMember::relationship,
                                FamilyMember.Builder::relationship)
                        .defaulted("parentOrCarer", Boolean.class, FamilyMember::parentOrCarer,
                                FamilyMember.Builder::parentOrCarer)
                        .defaulted("livesWithChild", Boolean.class, FamilyMember::livesWithChild,
                                FamilyMember.Builder::livesWithChild)
                        .optional("name", String.class, FamilyMember::name, FamilyMember.Builder::name)
                        .build(),
                // {@code {"kind": "PRACTITIONER", "id": "p-1"}}.
                ObjectFormat.ofValues(Contributor.class, v -> Contributor.of(v.next(), v.next()))
                        .required("kind", ContributorKind.class, Contributor::kind)
                        .required("id", String.class, Contributor::id)
                        .build());
    }
}
