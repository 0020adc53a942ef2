package dev.safeguarding.rules.assessment;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.ThresholdQuestion;
import java.util.List;
import java.util.Objects;

/**
 * Rules over an {@link Assessment}: whether it is complete, and the threshold question it leads to.
 *
 * <h2>Completeness ({@link #check})</h2>
 * A draft may be checked at any stage; the answer is a list of {@link Finding}s, errors to put right and
 * queries to look at, in this order:
 * <ol>
 *   <li>{@value #DIMENSION_NOT_ASSESSED} (error), at {@code dimensions/HEALTH}: a dimension of the child's
 *       developmental needs or of family and environmental factors with nothing recorded ("The Assessment
 *       Triangle"). That each of the fourteen needs an entry is the library's reading, stricter than the
 *       guidance, which asks professionals to "use the three domains" and calls the triangle "a starting point
 *       for all assessments" without saying each dimension must be recorded;</li>
 *   <li>{@value #NO_PARENT_OR_CARER} (query), at {@code familyMembers}: no family member has a parenting
 *       or caring role;</li>
 *   <li>{@value #PARENTING_CAPACITY_NOT_ASSESSED} (error), at {@code parentingCapacity/<id>}: a parent or
 *       carer (living with the child or not) whose capacity is not assessed at all ("Assessing parenting
 *       capacity should include the capacity of all parents of the child"); where it is assessed in part,
 *       {@value #DIMENSION_NOT_ASSESSED} (error) at {@code parentingCapacity/<id>/BASIC_CARE} for each
 *       dimension left. For an adult in a caring role who is not a parent by relationship (a parent's partner
 *       who lives with the child is one unless the record says otherwise; a grandparent, relative or friend
 *       recorded as a parent or carer), {@value #CARING_ADULT_CAPACITY_NOT_ASSESSED} (query) at
 *       {@code parentingCapacity/<id>} instead: "The importance of identifying any adults, including fathers,
 *       who have parenting or caring roles cannot be underestimated" ("Whole Family Working"); that the
 *       partner has a caring role by default and that the finding is a query are the library's reading;</li>
 *   <li>{@value #NO_FATHER_RECORDED} (query), at {@code familyMembers}: no father among the family members
 *       ("The importance of identifying any adults, including fathers, who have parenting or caring roles
 *       cannot be underestimated", "Whole Family Working");</li>
 *   <li>{@value #CHILD_VOICE_NOT_RECORDED}, at {@code childsVoice}: nothing of the child's own views or
 *       lived experience is recorded; an error for a child who is born, a query for an unborn child
 *       ("Have we really heard the child's voice?"; "use direct observation of babies");</li>
 *   <li>{@value #OPINION_WITHOUT_FACT} (query), at {@code domains/CHILDS_DEVELOPMENTAL_NEEDS},
 *       {@code domains/FAMILY_AND_ENVIRONMENTAL_FACTORS} or {@code parentingCapacity/<id>}: opinions
 *       recorded in a domain (for parenting capacity, about one parent) with no fact beside them ("fact
 *       is distinguished from opinion", "Determining the Level of Need or Urgency").</li>
 * </ol>
 * Messages name dimensions, domains and relationships, never a person's name or the text recorded; the
 * paths hold the identifiers of family members, never their names.
 *
 * <p>The same rules are the Bean Validation constraints of {@code Assessment} (group {@code Complete}, in
 * {@code dev.safeguarding.model.validation}), with the same codes, severities, paths and sources: one check,
 * in the model, serves both (the unborn baby's voice has a code of its own there,
 * {@code assessment.unborn-voice-not-recorded}, because a constraint has one passage).
 *
 * <h2>The threshold question ({@link #thresholdQuestion(Assessment)})</h2>
 * The indicators of need recorded against the dimensions become the question's indicators, in the order
 * of the twenty dimensions (for parenting capacity, parent by parent). Where a dimension's judged
 * {@linkplain DimensionFinding#level() level} is above universal and no indicator recorded on it is at that
 * level or higher, the judgement itself becomes an indicator on the dimension at that level, without
 * wording, so that the guide never reads a judged need as no need (the library's reading: the guidance
 * does not say how an assessment becomes a threshold question). An assessment that shows neglect, or a
 * graded care profile that does, sets the question's neglect flag with its
 * {@linkplain NeglectBasis basis}, so that the guide gives the Norfolk Graded Care Profile reason. A
 * chronology pattern of missed appointments and refused services sets it too:
 * {@code ChronologyPatterns.thresholdQuestion(question, chronology, asOf)}. Everything else (consent, early help, immediate danger, Section 47
 * indicators, cohorts) is the caller's to add: {@code ThresholdQuestion.builder(question)}.
 *
 * <p>Pure functions; thread-safe.
 */
public final class Assessments {

    /** A dimension with nothing recorded. */
    public static final String DIMENSION_NOT_ASSESSED = "assessment.dimension-not-assessed";

    /** No family member with a parenting or caring role. */
    public static final String NO_PARENT_OR_CARER = "assessment.no-parent-or-carer";

    /** A parent or carer whose capacity is not assessed at all. */
    public static final String PARENTING_CAPACITY_NOT_ASSESSED = "assessment.parenting-capacity-not-assessed";

    /** An adult in a caring role who is not a parent, whose capacity is not assessed at all. */
    public static final String CARING_ADULT_CAPACITY_NOT_ASSESSED = "assessment.caring-adult-capacity-not-assessed";

    /** No father among the family members. */
    public static final String NO_FATHER_RECORDED = "assessment.no-father-recorded";

    /** No record of the child's voice. */
    public static final String CHILD_VOICE_NOT_RECORDED = "assessment.child-voice-not-recorded";

    /** Opinions with no fact beside them in a domain. */
    public static final String OPINION_WITHOUT_FACT = "assessment.opinion-without-fact";

    private Assessments() {
    }

    /**
     * The completeness findings of {@code assessment}, as the class documentation lists them; empty when
     * the assessment is complete. The same rules are the assessment's Bean Validation constraints (group
     * {@code Complete}, package {@code dev.safeguarding.model.validation}), with the same codes and paths:
     * one implementation, in the model, serves both.
     *
     * @throws NullPointerException if {@code assessment} is null
     */
    public static List<Finding> check(Assessment assessment) {
        return Objects.requireNonNull(assessment, "assessment").check();
    }

    /**
     * The threshold question {@code assessment} leads to: its child, its indicators (and judged levels) of
     * need, and its neglect flag, as the class documentation says.
     *
     * @throws NullPointerException if {@code assessment} is null
     */
    public static ThresholdQuestion thresholdQuestion(Assessment assessment) {
        return question(assessment, assessment.neglectKnownOrSuspected(), false);
    }

    /**
     * The threshold question {@code assessment} leads to, with the neglect flag set if the assessment or
     * the graded care {@code snapshot} shows neglect ({@link GradedCareProfiles#showsNeglect}).
     *
     * @throws IllegalArgumentException if the snapshot is of another child, or was not taken on {@code profile}
     */
    public static ThresholdQuestion thresholdQuestion(Assessment assessment, GradedCareSnapshot snapshot,
            GradedCareProfile profile) {
        Objects.requireNonNull(assessment, "assessment");
        if (!snapshot.childId().equals(assessment.child().id())) {
            throw new IllegalArgumentException("the graded care snapshot is of another child than the assessment");
        }
        return question(assessment, assessment.neglectKnownOrSuspected(),
                GradedCareProfiles.showsNeglect(snapshot, profile));
    }

    private static ThresholdQuestion question(Assessment assessment, boolean assessed, boolean graded) {
        Objects.requireNonNull(assessment, "assessment");
        ThresholdQuestion.Builder question = ThresholdQuestion.builder()
                .child(assessment.child())
                .neglectKnownOrSuspected(assessed || graded);
        if (assessed) {
            question.addNeglectBases(NeglectBasis.ASSESSMENT);
        }
        if (graded) {
            question.addNeglectBases(NeglectBasis.GRADED_CARE_PROFILE);
        }
        for (DimensionFinding finding : assessment.allFindings()) {
            question.addAllIndicators(finding.indicators());
            finding.level().filter(level -> level != LevelOfNeed.UNIVERSAL)
                    .filter(level -> finding.indicators().stream().noneMatch(i -> i.level().compareTo(level) >= 0))
                    .ifPresent(level -> question.addIndicator(NeedIndicator.of(finding.dimension(), level)));
        }
        return question.build();
    }
}
