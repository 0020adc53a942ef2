package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One person's judgements of one scaling question over time, and what they show: the latest score, the
 * trend between the last two, and since when the score has not changed. Part of a
 * {@link ScalingAnalysis}; made by {@link ScalingRules}.
 *
 * <p>Immutable. Holds the judgements themselves (so their rationales), but its {@link #toString()} shows
 * only the perspective, scores and dates.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework" (each person's score and its rationale); NSCP 3.15, <i>Framework to Support
 * Multi-agency Working Together in Norfolk</i>, section 4 (cases that are "drifting"). The guidance does
 * not define a trend or drift in numbers; see {@link ScalingRules}.
 */
public final class PerspectiveScaling {

    private final Contributor perspective;
    private final List<ScalingJudgement> judgements;
    private final LocalDate staticSince;
    private final boolean possibleDrift;

    PerspectiveScaling(Contributor perspective, List<ScalingJudgement> judgements, LocalDate staticSince,
            boolean possibleDrift) {
        this.perspective = perspective;
        this.judgements = List.copyOf(judgements);
        this.staticSince = staticSince;
        this.possibleDrift = possibleDrift;
    }

    /** Whose judgements these are. */
    public Contributor perspective() {
        return perspective;
    }

    /** Whether this is the family's view (the child's or a family or network member's), not a professional's. */
    public boolean isFamilyView() {
        return !perspective.isProfessional();
    }

    /**
     * The person's judgements of the question, oldest first (judgements on the same day in the order
     * recorded); never empty.
     */
    public List<ScalingJudgement> judgements() {
        return judgements;
    }

    /** The latest judgement. */
    public ScalingJudgement latest() {
        return judgements.get(judgements.size() - 1);
    }

    /** The latest score. */
    public int score() {
        return latest().score();
    }

    /**
     * The latest score less the one before it; empty when the person has judged the question only once.
     */
    public Optional<Integer> change() {
        return judgements.size() < 2 ? Optional.empty()
                : Optional.of(score() - judgements.get(judgements.size() - 2).score());
    }

    /**
     * Improving, deteriorating or static, from the last two judgements; empty when there is only one.
     */
    public Optional<ScalingTrend> trend() {
        return change().map(c -> c > 0 ? ScalingTrend.IMPROVING : c < 0 ? ScalingTrend.DETERIORATING
                : ScalingTrend.STATIC);
    }

    /**
     * The date of the first of the latest run of two or more judgements with the same score: the score
     * has been static since then. Empty when the last two judgements differ, or there is only one.
     */
    public Optional<LocalDate> staticSince() {
        return Optional.ofNullable(staticSince);
    }

    /**
     * Whether the score has been static over at least the {@linkplain ScalingRules#driftSpan() drift
     * span}: from {@link #staticSince()} to the latest judgement. A possible sign of drift, to reflect on,
     * never a conclusion.
     */
    public boolean isPossibleDrift() {
        return possibleDrift;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PerspectiveScaling)) {
            return false;
        }
        PerspectiveScaling that = (PerspectiveScaling) other;
        return perspective.equals(that.perspective) && judgements.equals(that.judgements)
                && Objects.equals(staticSince, that.staticSince) && possibleDrift == that.possibleDrift;
    }

    @Override
    public int hashCode() {
        return Objects.hash(perspective, judgements, staticSince, possibleDrift);
    }

    /** For example {@code PerspectiveScaling{PRACTITIONER sw-1: 4 -> 6, improving}}; never a rationale. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("PerspectiveScaling{").append(perspective.kind()).append(' ')
                .append(perspective.id()).append(": ");
        for (int i = 0; i < judgements.size(); i++) {
            text.append(i == 0 ? "" : " -> ").append(judgements.get(i).score());
        }
        trend().ifPresent(t -> text.append(", ").append(t.label().toLowerCase(java.util.Locale.ROOT)));
        staticSince().ifPresent(d -> text.append(" since ").append(d));
        return text.append(possibleDrift ? ", possible drift" : "").append('}').toString();
    }
}
