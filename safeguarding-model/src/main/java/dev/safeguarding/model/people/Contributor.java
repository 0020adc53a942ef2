package dev.safeguarding.model.people;

import dev.safeguarding.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Who said, saw or judged something recorded: a reference to the child, a family member or a
 * practitioner by identifier (the record of the person itself lives elsewhere, so a statement carries
 * no name). Used wherever the guidance asks whose view a statement is: a finding's source, a Signs of
 * Safety statement, a scaling judgement.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency" ("fact is distinguished from opinion") and "Using the Signs of Safety
 * Framework" ("the rationale for how family members and professionals answer the question").
 */
@Value.Immutable
public abstract class Contributor {

    /** Whether the contributor is the child, a family member or a practitioner. */
    @Value.Parameter
    public abstract ContributorKind kind();

    /** The identifier of the child, family member or practitioner. */
    @Value.Parameter
    public abstract String id();

    /** A reference to a contributor. */
    public static Contributor of(ContributorKind kind, String id) {
        return ImmutableContributor.of(kind, id);
    }

    /** The child, by identifier. */
    public static Contributor child(Child child) {
        return of(ContributorKind.CHILD, child.id());
    }

    /** A member of the family or network. */
    public static Contributor familyMember(FamilyMember member) {
        return of(ContributorKind.FAMILY_MEMBER, member.id());
    }

    /** A practitioner. */
    public static Contributor practitioner(Practitioner practitioner) {
        return of(ContributorKind.PRACTITIONER, practitioner.id());
    }

    /** Whether the contributor is a practitioner (a professional view rather than the family's). */
    public boolean isProfessional() {
        return kind() == ContributorKind.PRACTITIONER;
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id());
        Checks.notBlank(id(), "id");
    }
}
