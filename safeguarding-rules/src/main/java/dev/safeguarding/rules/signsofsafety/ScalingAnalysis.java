package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of one scaling question across perspectives and over time: each person's latest score
 * and trend ({@link #perspectives()}), the spread of the latest scores, how far the family's and the
 * professionals' scores are apart, and the considerations that follow ({@link #considerations()}: a
 * disagreement to explore, a score that may be drifting). Made by {@link ScalingRules#analyse}.
 *
 * <p>"The important thing is that an appropriate scaling question is discussed that helps everyone
 * understand the risks and safety for the child, and that the rationale for how family members and
 * professionals answer the question is fully explored." The analysis supports that conversation; it
 * never settles it.
 *
 * <p>Immutable; {@link #toString()} shows scores, never a rationale.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework".
 */
public final class ScalingAnalysis {

    private final ScalingQuestion question;
    private final Optional<LocalDate> asOf;
    private final List<PerspectiveScaling> perspectives;
    private final List<Finding> considerations;

    ScalingAnalysis(ScalingQuestion question, Optional<LocalDate> asOf, List<PerspectiveScaling> perspectives,
            List<Finding> considerations) {
        this.question = question;
        this.asOf = asOf;
        this.perspectives = List.copyOf(perspectives);
        this.considerations = List.copyOf(considerations);
    }

    /** The question analysed. */
    public ScalingQuestion question() {
        return question;
    }

    /** The date the analysis was made as of (judgements after it left out), if one was given. */
    public Optional<LocalDate> asOf() {
        return asOf;
    }

    /** Each person who answered the question, in the order of their first judgement. */
    public List<PerspectiveScaling> perspectives() {
        return perspectives;
    }

    /** The lowest latest score; empty when no one has answered. */
    public OptionalInt lowest() {
        return perspectives.stream().mapToInt(PerspectiveScaling::score).min();
    }

    /** The highest latest score; empty when no one has answered. */
    public OptionalInt highest() {
        return perspectives.stream().mapToInt(PerspectiveScaling::score).max();
    }

    /** The highest latest score less the lowest: 0 to 10, and 0 when fewer than two people answered. */
    public int spread() {
        return perspectives.isEmpty() ? 0 : highest().getAsInt() - lowest().getAsInt();
    }

    /**
     * The widest gap between a family view's latest score and a professional's: empty unless both the
     * family (the child or a family or network member) and a professional answered.
     */
    public OptionalInt familyProfessionalGap() {
        OptionalInt widest = OptionalInt.empty();
        for (PerspectiveScaling family : perspectives) {
            if (!family.isFamilyView()) {
                continue;
            }
            for (PerspectiveScaling professional : perspectives) {
                if (!professional.isFamilyView()) {
                    int gap = Math.abs(family.score() - professional.score());
                    if (widest.isEmpty() || gap > widest.getAsInt()) {
                        widest = OptionalInt.of(gap);
                    }
                }
            }
        }
        return widest;
    }

    /** The widest gap between two professionals' latest scores: empty unless two professionals answered. */
    public OptionalInt professionalGap() {
        List<PerspectiveScaling> professionals = perspectives.stream().filter(p -> !p.isFamilyView()).toList();
        if (professionals.size() < 2) {
            return OptionalInt.empty();
        }
        int low = professionals.stream().mapToInt(PerspectiveScaling::score).min().getAsInt();
        int high = professionals.stream().mapToInt(PerspectiveScaling::score).max().getAsInt();
        return OptionalInt.of(high - low);
    }

    /** The perspectives whose score may be drifting ({@link PerspectiveScaling#isPossibleDrift()}). */
    public List<PerspectiveScaling> possibleDrift() {
        return perspectives.stream().filter(PerspectiveScaling::isPossibleDrift).toList();
    }

    /**
     * What the analysis asks the practitioner to consider, as queries with stable codes and sources: a
     * disagreement between family and professionals, or between professionals, and scores that may be
     * drifting (see {@link ScalingRules}).
     */
    public List<Finding> considerations() {
        return considerations;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ScalingAnalysis)) {
            return false;
        }
        ScalingAnalysis that = (ScalingAnalysis) other;
        return question.equals(that.question) && asOf.equals(that.asOf) && perspectives.equals(that.perspectives)
                && considerations.equals(that.considerations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, asOf, perspectives, considerations);
    }

    /** The question's id, the spread and each perspective; never a rationale or the question's ends. */
    @Override
    public String toString() {
        return "ScalingAnalysis{question=" + question.id() + asOf.map(d -> " as of " + d).orElse("")
                + ", spread=" + spread() + ", perspectives=" + perspectives + ", considerations="
                + considerations.stream().map(Finding::code).toList() + "}";
    }
}
