package dev.safeguarding.model.flourish;

import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One domain of a {@link FlourishProfile}: what is going well, the worries, and a rating.
 *
 * <p>The guidance gives Flourish no rating scale of its own. The library rates a domain as a
 * {@linkplain LevelOfNeed level of need} on the continuum, the scale the rest of the guidance (and the
 * assessment it may be built from) uses: "Flourish is a useful way to think about continuum of needs".
 *
 * <p>Bean Validation: no constraint. It is part of a {@link FlourishProfile}, and the seeds set no
 * completeness rule for either.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk's Vision"
 * and "Whole Family Working".
 */
@Value.Immutable
public abstract class FlourishEntry {

    /** The domain. */
    public abstract FlourishDomain domain();

    /** What is going well, in the order recorded. */
    public abstract List<AssessmentStatement> goingWell();

    /** The worries, in the order recorded. */
    public abstract List<AssessmentStatement> worries();

    /** The rating: the level of need in this domain; empty until rated. */
    public abstract Optional<LevelOfNeed> level();

    /** A builder for the entry of {@code domain}. */
    public static Builder builder(FlourishDomain domain) {
        Builder builder = new Builder();
        builder.domain(domain);
        return builder;
    }

    /** A builder; the domain is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FlourishEntry}. */
    public static final class Builder extends ImmutableFlourishEntry.Builder {
    }

    /** The domain and the shape of the entry; never the statements' text. */
    @Override
    public String toString() {
        return "FlourishEntry{" + domain() + ", goingWell=" + goingWell().size() + ", worries=" + worries().size()
                + level().map(l -> ", level=" + l).orElse("") + "}";
    }
}
