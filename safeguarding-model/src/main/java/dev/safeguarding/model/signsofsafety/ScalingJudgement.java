package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Contributor;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's answer to a {@link ScalingQuestion}: a score from 0 to 10, from a named perspective, on a
 * date, with its rationale and what would make it higher. "The rationale for how family members and
 * professionals answer the question is fully explored: 'What makes it a 6 in your opinion?' 'What else
 * would need to happen for it to be 10?'"
 *
 * <p>The perspective is a {@link Contributor}: the child, a family or network member (the family's
 * view), or a practitioner (a professional view, with the {@link #agency()} where recorded). A map holds
 * each person's judgements over time, so that the analysis can compare perspectives and follow each one.
 *
 * <p>Rejected at construction, naming the field: a score below 0 or above 10; a blank question id or
 * rationale; a blank {@code whatWouldMakeItHigher}, or one given with a score of 10, which cannot be
 * higher; an agency for a perspective that is not a practitioner's.
 *
 * <p>The rationale and what would make it higher are free text: {@link #toString()} shows neither.
 *
 * <p>Bean Validation: the default group holds the guidance's rule on the score ({@link ScalingScore}, at
 * {@code score}: "It is always on a scale of 0-10"), which the builder enforces with the same check; a
 * vendor's own form field for a score may carry the same constraint. Before a map is complete, a judgement
 * below 10 with nothing recorded of what would make it higher is a query of the {@link SignsOfSafetyMap}
 * that holds it ({@code ScalingRationaleExplored}, at {@code judgements[j].whatWouldMakeItHigher}): a rule
 * belongs to the record it is checked on. The guidance sets no other rule for a judgement.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework".
 */
@Value.Immutable
@ScalingScore
public abstract class ScalingJudgement {

    /** The lowest score: the worse end of the scale. */
    public static final int MIN_SCORE = 0;

    /** The highest score: the safer end of the scale. */
    public static final int MAX_SCORE = 10;

    /** The {@linkplain ScalingQuestion#id() identifier} of the question answered. */
    public abstract String questionId();

    /** The score, 0 to 10. */
    public abstract int score();

    /** Whose judgement it is. */
    public abstract Contributor perspective();

    /** The agency of a practitioner whose judgement it is, where recorded; empty for anyone else. */
    public abstract Optional<Agency> agency();

    /** The date of the judgement. */
    public abstract LocalDate judgedOn();

    /** "What makes it a 6 in your opinion?": why the score is what it is. Free text. */
    public abstract String rationale();

    /** "What else would need to happen for it to be 10?", where recorded; never for a 10. Free text. */
    public abstract Optional<String> whatWouldMakeItHigher();

    /** Whether the judgement is the family's view (the child's or a family or network member's), not a professional's. */
    public boolean isFamilyView() {
        return !perspective().isProfessional();
    }

    /** A builder; every attribute but the agency and what would make it higher is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScalingJudgement}; {@code build()} rejects a score outside 0 to 10. */
    public static final class Builder extends ImmutableScalingJudgement.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("questionId", questionId(), "rationale", rationale(),
                "whatWouldMakeItHigher", whatWouldMakeItHigher());
        Checks.notBlank(questionId(), "questionId");
        // the guidance's rule, shared with the constraint ScalingScore
        Checks.require(SignsOfSafetyChecks.isScalingScore(score()), "score",
                "must be between " + MIN_SCORE + " and " + MAX_SCORE);
        Checks.notBlank(rationale(), "rationale");
        whatWouldMakeItHigher().ifPresent(w -> {
            Checks.notBlank(w, "whatWouldMakeItHigher");
            Checks.require(score() < MAX_SCORE, "whatWouldMakeItHigher", "must be empty when the score is 10");
        });
        Checks.require(agency().isEmpty() || perspective().isProfessional(), "agency",
                "only a practitioner's judgement has an agency");
    }

    /** The question, score, perspective and date; never the rationale. */
    @Override
    public String toString() {
        return "ScalingJudgement{question=" + questionId() + ", " + score() + " from " + perspective().kind() + " "
                + perspective().id() + agency().map(a -> " of " + a.id()).orElse("") + " on " + judgedOn() + "}";
    }
}
