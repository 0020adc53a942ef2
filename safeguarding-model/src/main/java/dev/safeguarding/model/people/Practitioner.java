package dev.safeguarding.model.people;

import dev.safeguarding.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A professional working with a child or family: their role in their agency, as the guidance names
 * roles ("Consultant Social Worker", "health visitor", "designated safeguarding lead", "team manager").
 * A practitioner's name is personal data: {@link #toString()} shows the identifier, the role and the
 * agency's identifier only.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Children's
 * Advice &amp; Duty Service"; NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i>, section 4.
 */
@Value.Immutable
public abstract class Practitioner {

    /** The identifier the vendor's system uses for the practitioner; not blank. */
    public abstract String id();

    /** The practitioner's role, for example "Health visitor"; not blank. */
    public abstract String role();

    /** The agency the practitioner works for. */
    public abstract Agency agency();

    /** The practitioner's name, where the record holds one. */
    public abstract Optional<String> name();

    /** A practitioner with no name recorded. */
    public static Practitioner of(String id, String role, Agency agency) {
        return builder().id(id).role(role).agency(agency).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Practitioner}. */
    public static final class Builder extends ImmutablePractitioner.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "role", role(), "name", name());
        Checks.notBlank(id(), "id");
        Checks.notBlank(role(), "role");
        name().ifPresent(n -> Checks.notBlank(n, "name"));
    }

    /** The identifier, role and agency; never the name. */
    @Override
    public String toString() {
        return "Practitioner{id=" + id() + ", role=" + role() + ", agency=" + agency().id() + "}";
    }
}
