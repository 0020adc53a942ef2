package dev.safeguarding.model.people;

import dev.safeguarding.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of the child's family or network: how they are related to the child, whether they have a
 * parenting or caring role, and whether they live with the child. "Parents who do not live with their
 * children will impact on the child's lived experience and should always be considered."
 *
 * <p>The name is personal data: {@link #toString()} shows the identifier and relationship only.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "What do we mean by
 * Continuum of Needs?", "Whole Family Working" and "Family Networking Approach".
 */
@Value.Immutable
public abstract class FamilyMember {

    /** The identifier the vendor's system uses for the person; not blank. */
    public abstract String id();

    /** How the person is related to the child. */
    public abstract FamilyRelationship relationship();

    /**
     * Whether the person has a parenting or caring role. By default as the relationship suggests
     * ({@link FamilyRelationship#isParentOrCarerByDefault()}: mother, father, step-parent, carer), and for a
     * parent's partner while they live with the child ({@link FamilyRelationship#isCarerWhenLivingWithChild()}):
     * "The importance of identifying any adults, including fathers, who have parenting or caring roles cannot
     * be underestimated." That a parent's live-in partner has a caring role unless the record says otherwise is
     * the library's reading.
     */
    @Value.Default
    public boolean parentOrCarer() {
        return relationship().isParentOrCarerByDefault()
                || relationship().isCarerWhenLivingWithChild() && livesWithChild();
    }

    /** Whether the person lives with the child; by default they do. */
    @Value.Default
    public boolean livesWithChild() {
        return true;
    }

    /** The person's name, where the record holds one. */
    public abstract Optional<String> name();

    /** A family member with the defaults of their relationship and no name. */
    public static FamilyMember of(String id, FamilyRelationship relationship) {
        return builder().id(id).relationship(relationship).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FamilyMember}. */
    public static final class Builder extends ImmutableFamilyMember.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "name", name());
        Checks.notBlank(id(), "id");
        name().ifPresent(n -> Checks.notBlank(n, "name"));
    }

    /** The identifier, relationship and roles; never the name. */
    @Override
    public String toString() {
        return "FamilyMember{id=" + id() + ", " + relationship() + (parentOrCarer() ? ", parent or carer" : "")
                + (livesWithChild() ? "" : ", lives apart") + "}";
    }
}
