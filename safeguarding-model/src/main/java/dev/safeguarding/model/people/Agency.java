package dev.safeguarding.model.people;

import dev.safeguarding.model.internal.Checks;
import org.immutables.value.Value;

/**
 * An agency in the professional network around a child: a police force, a health trust, a school, a
 * voluntary organisation. An agency's name is not personal data.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i> ("The
 * relationship between core agencies in safeguarding vulnerable children is crucial").
 */
@Value.Immutable
public abstract class Agency {

    /** The identifier the vendor's system uses for the agency; not blank. */
    @Value.Parameter
    public abstract String id();

    /** The agency's name, for example "Norfolk Constabulary"; not blank. */
    @Value.Parameter
    public abstract String name();

    /** The kind of agency. */
    @Value.Parameter
    public abstract AgencyType type();

    /** An agency. */
    public static Agency of(String id, String name, AgencyType type) {
        return ImmutableAgency.of(id, name, type);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "name", name());
        Checks.notBlank(id(), "id");
        Checks.notBlank(name(), "name");
    }
}
