package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import org.immutables.value.Value;

/**
 * One line of a catalogue of descriptors of need: wording that describes a child's circumstances on one
 * dimension of the Assessment Triangle at one level of need. Recorded against a child, it becomes an
 * {@linkplain #indicator() indicator of need}.
 *
 * <p>The wording is the catalogue's (not free text about a family), but {@link #toString()} shows only
 * the identifier, dimension and level, as for every indicator.
 *
 * <p>Bean Validation: no constraint. It is part of a catalogue, a partnership's data; the seeds set it no
 * completeness rule.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency" ("the Descriptors of Need tool which has been designed against the assessment
 * triangle").
 */
@Value.Immutable
public abstract class NeedDescriptor {

    /** A stable identifier within its catalogue, for example {@code health.additional.1}; not blank. */
    public abstract String id();

    /** The dimension of the triangle the descriptor is on. */
    public abstract AssessmentDimension dimension();

    /** The level of need the descriptor describes. */
    public abstract LevelOfNeed level();

    /** The descriptor's wording; not blank. */
    public abstract String wording();

    /** A descriptor. */
    public static NeedDescriptor of(String id, AssessmentDimension dimension, LevelOfNeed level, String wording) {
        return builder().id(id).dimension(dimension).level(level).wording(wording).build();
    }

    /** A builder; every attribute is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NeedDescriptor}. */
    public static final class Builder extends ImmutableNeedDescriptor.Builder {
    }

    /** The descriptor as an indicator of need: on its dimension, at its level, with its wording. */
    public NeedIndicator indicator() {
        return NeedIndicator.of(dimension(), level(), wording());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "wording", wording());
        Checks.notBlank(id(), "id");
        Checks.notBlank(wording(), "wording");
    }

    /** The identifier, dimension and level. */
    @Override
    public String toString() {
        return "NeedDescriptor{" + id() + ", " + dimension() + ", " + level() + "}";
    }
}
