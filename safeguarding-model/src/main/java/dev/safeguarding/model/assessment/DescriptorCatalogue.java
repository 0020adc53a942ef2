package dev.safeguarding.model.assessment;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A catalogue of descriptors of need: a partnership's wording for each dimension of the Assessment
 * Triangle at each level of need, from which a practitioner picks the lines that describe a child.
 *
 * <p>The Norfolk guidance points to its "Descriptors of Need tool which has been designed against the
 * assessment triangle to help you articulate how well you think a child's basic needs are being met",
 * but does not reproduce it. The library therefore ships the structure, not Norfolk's wording: a
 * partnership loads its own catalogue (in JSON, {@code SafeguardingJson.standard().read(text,
 * DescriptorCatalogue.class)}), and the only catalogue the library ships is a small example that is
 * {@linkplain #illustrative() marked illustrative}, never to be presented as any partnership's official
 * descriptors.
 *
 * <p>A descriptor becomes an indicator of need ({@link #indicator(String)}) that a
 * {@link dev.safeguarding.model.need.ThresholdQuestion} takes directly, or that is recorded against its
 * dimension in an {@link Assessment}.
 *
 * <p>Bean Validation: no constraint. A catalogue is a partnership's data rather than a record with stages;
 * the seeds describe the Descriptors of Need tool but set no completeness rule for it, and the builder
 * refuses what makes no sense.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency".
 */
@Value.Immutable
public abstract class DescriptorCatalogue {

    /** A stable identifier of the catalogue; not blank. */
    public abstract String id();

    /** The catalogue's name, for display; not blank. */
    public abstract String name();

    /** The document the catalogue is taken from, where there is one. */
    public abstract Optional<SourcePassage> source();

    /**
     * Whether the catalogue is an illustration only (example wording, not any partnership's descriptors);
     * by default, not. A vendor shows an illustrative catalogue's status wherever it shows its wording.
     */
    @Value.Default
    public boolean illustrative() {
        return false;
    }

    /** The descriptors, in the catalogue's order; identifiers are unique. */
    public abstract List<NeedDescriptor> descriptors();

    /** A builder; identifier and name are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DescriptorCatalogue}. */
    public static final class Builder extends ImmutableDescriptorCatalogue.Builder {
    }

    /** The descriptor with identifier {@code id}, if any. */
    public Optional<NeedDescriptor> descriptor(String id) {
        return descriptors().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The descriptors on {@code dimension}, in the catalogue's order. */
    public List<NeedDescriptor> descriptorsFor(AssessmentDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        return descriptors().stream().filter(d -> d.dimension() == dimension).toList();
    }

    /** The descriptors on {@code dimension} at {@code level}, in the catalogue's order. */
    public List<NeedDescriptor> descriptorsFor(AssessmentDimension dimension, LevelOfNeed level) {
        Objects.requireNonNull(level, "level");
        return descriptorsFor(dimension).stream().filter(d -> d.level() == level).toList();
    }

    /**
     * The descriptor with identifier {@code id} as an indicator of need.
     *
     * @throws IllegalArgumentException if the catalogue has no such descriptor
     */
    public NeedIndicator indicator(String id) {
        return descriptor(id).map(NeedDescriptor::indicator)
                .orElseThrow(() -> new IllegalArgumentException("no descriptor with this id in catalogue " + id()));
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "name", name());
        Checks.notBlank(id(), "id");
        Checks.notBlank(name(), "name");
        Set<String> ids = new HashSet<>();
        for (NeedDescriptor descriptor : descriptors()) {
            Checks.require(ids.add(descriptor.id()), "descriptors", "must not hold two descriptors with one id");
        }
    }

    /** The identifier, whether illustrative, and the number of descriptors. */
    @Override
    public String toString() {
        return "DescriptorCatalogue{id=" + id() + (illustrative() ? ", illustrative" : "") + ", descriptors="
                + descriptors().size() + "}";
    }
}
