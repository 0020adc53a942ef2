package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * An area of care of a {@link GradedCareProfile}, with its sub-areas, as the profile's version names them
 * (in the NSPCC's Graded Care Profile 2, for example, physical care, care of safety, love / emotional care
 * and esteem). Names are data: "exact area names and grade wording vary by version".
 *
 * <p>Bean Validation: no constraint. It is part of a partnership's profile, data rather than a record with
 * stages; the seeds set it no completeness rule, and the builder refuses what makes no sense.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded Care
 * Profile"; the library's notes ({@code docs/practice-frameworks.md}), "Graded care profile (neglect)".
 */
@Value.Immutable
public abstract class CareArea {

    /** A stable identifier within the profile, for example {@code physical-care}; not blank. */
    @Value.Parameter
    public abstract String id();

    /** The area's name, for display; not blank. */
    @Value.Parameter
    public abstract String name();

    /** The names of the area's sub-areas, in the profile's order; may be empty. */
    @Value.Parameter
    public abstract List<String> subAreas();

    /** An area with its sub-areas. */
    public static CareArea of(String id, String name, List<String> subAreas) {
        return ImmutableCareArea.of(id, name, subAreas);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "name", name(), "subAreas", subAreas());
        Checks.notBlank(id(), "id");
        Checks.notBlank(name(), "name");
        subAreas().forEach(s -> Checks.notBlank(s, "subAreas"));
    }
}
