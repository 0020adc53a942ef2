package dev.safeguarding.model.flourish;

import dev.safeguarding.model.internal.Checks;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A child's Flourish profile: per domain of the Flourish Framework, what is going well, the worries and a
 * rating. It may be recorded directly, or built from an assessment through the library's mapping of
 * Flourish domains to the dimensions of the Assessment Triangle
 * ({@code dev.safeguarding.rules.flourish.FlourishProfiles.from}).
 *
 * <p>"Think family &amp; think FLOURISH. In Norfolk we want all children, young people, and families to
 * flourish. You may find it helpful to use these domains to frame questions that could help you think
 * family."
 *
 * <p>Bean Validation: no constraint. The seeds say nothing of when a Flourish profile is complete ("You may
 * find it helpful to use these domains to frame questions"), so the library sets no rule.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk's Vision"
 * and "Whole Family Working".
 */
@Value.Immutable
public abstract class FlourishProfile {

    /** The identifier of the child; not blank. */
    public abstract String childId();

    /** The date the profile describes. */
    public abstract LocalDate date();

    /** The identifier of the assessment the profile was built from, if it was. */
    public abstract Optional<String> assessmentId();

    /** The entries, at most one per domain, in the order recorded. */
    public abstract List<FlourishEntry> entries();

    /** A builder; the child's identifier and the date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FlourishProfile}. */
    public static final class Builder extends ImmutableFlourishProfile.Builder {
    }

    /** The entry of {@code domain}, if recorded. */
    public Optional<FlourishEntry> entry(FlourishDomain domain) {
        return entries().stream().filter(e -> e.domain() == domain).findFirst();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("childId", childId(), "assessmentId", assessmentId());
        Checks.notBlank(childId(), "childId");
        assessmentId().ifPresent(a -> Checks.notBlank(a, "assessmentId"));
        Set<FlourishDomain> seen = EnumSet.noneOf(FlourishDomain.class);
        for (FlourishEntry entry : entries()) {
            Checks.require(seen.add(entry.domain()), "entries", "must hold each domain at most once");
        }
    }

    /** The identifiers and the entries' shape; never the date or text. */
    @Override
    public String toString() {
        return "FlourishProfile{child=" + childId() + assessmentId().map(a -> ", assessment=" + a).orElse("")
                + ", entries=" + entries() + "}";
    }
}
