package dev.safeguarding.rules.assessment;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.assessment.AssessmentDimension;
import dev.safeguarding.model.assessment.AssessmentDomain;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Rules over an {@link Assessment}: whether it is complete, and the threshold question it leads to.
 *
 * <h2>Completeness ({@link #check})</h2>
 * A draft may be checked at any stage; the answer is a list of {@link Finding}s, errors to put right and
 * queries to look at, in this order:
 * <ol>
 *   <li>{@value #DIMENSION_NOT_ASSESSED} (error), at {@code dimensions/HEALTH}: a dimension of the child's
 *       developmental needs or of family and environmental factors with nothing recorded ("The Assessment
 *       Triangle");</li>
 *   <li>{@value #NO_PARENT_OR_CARER} (query), at {@code familyMembers}: no family member has a parenting
 *       or caring role;</li>
 *   <li>{@value #PARENTING_CAPACITY_NOT_ASSESSED} (error), at {@code parentingCapacity/<id>}: a parent or
 *       carer (living with the child or not) whose capacity is not assessed at all ("Assessing parenting
 *       capacity should include the capacity of all parents of the child"); where it is assessed in part,
 *       {@value #DIMENSION_NOT_ASSESSED} (error) at {@code parentingCapacity/<id>/BASIC_CARE} for each
 *       dimension left;</li>
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
 * <h2>The threshold question ({@link #thresholdQuestion(Assessment)})</h2>
 * The indicators of need recorded against the dimensions become the question's indicators, in the order
 * of the twenty dimensions (for parenting capacity, parent by parent). Where a dimension's judged
 * {@linkplain DimensionFinding#level() level} is above universal and no indicator recorded on it is at that
 * level or higher, the judgement itself becomes an indicator on the dimension at that level, without
 * wording, so that the guide never reads a judged need as no need (the library's reading: the guidance
 * does not say how an assessment becomes a threshold question). An assessment that shows neglect, or a
 * graded care profile that does, sets the question's neglect flag, so that the guide adds the Norfolk
 * Graded Care Profile consideration. Everything else (consent, early help, immediate danger, Section 47
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
     * the assessment is complete.
     *
     * @throws NullPointerException if {@code assessment} is null
     */
    public static List<Finding> check(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        List<Finding> findings = new ArrayList<>();
        for (AssessmentDimension dimension : AssessmentDimension.values()) {
            if (!dimension.isParentingCapacity() && !isAssessed(assessment.finding(dimension))) {
                findings.add(notAssessed("dimensions/" + dimension.name(), dimension, ""));
            }
        }

        List<FamilyMember> parents = assessment.parentsAndCarers();
        if (parents.isEmpty()) {
            findings.add(Finding.of(Severity.QUERY, NO_PARENT_OR_CARER, "familyMembers",
                    "No family member with a parenting or caring role is recorded: assessing parenting capacity"
                            + " should include the capacity of all parents of the child.",
                    Sources.ASSESSMENT_TRIANGLE));
        }
        for (FamilyMember parent : parents) {
            String path = "parentingCapacity/" + parent.id();
            Optional<ParentingCapacity> capacity = assessment.parentingCapacityOf(parent.id());
            boolean anyAssessed = capacity.stream().flatMap(c -> c.dimensions().stream())
                    .anyMatch(DimensionFinding::isAssessed);
            if (!anyAssessed) {
                findings.add(Finding.of(Severity.ERROR, PARENTING_CAPACITY_NOT_ASSESSED, path,
                        "The parenting capacity of a parent or carer (" + describe(parent) + ") is not assessed:"
                                + " assessing parenting capacity should include the capacity of all parents of"
                                + " the child, including parents who do not live with the child.",
                        Sources.ASSESSMENT_TRIANGLE));
                continue;
            }
            for (AssessmentDimension dimension : AssessmentDomain.PARENTING_CAPACITY.dimensions()) {
                if (!isAssessed(capacity.get().finding(dimension))) {
                    findings.add(notAssessed(path + "/" + dimension.name(), dimension,
                            " for a parent or carer (" + describe(parent) + ")"));
                }
            }
        }
        if (assessment.familyMembers().stream().noneMatch(m -> m.relationship() == FamilyRelationship.FATHER)) {
            findings.add(Finding.of(Severity.QUERY, NO_FATHER_RECORDED, "familyMembers",
                    "No father is recorded among the family members: identify any adults, including fathers,"
                            + " who have parenting or caring roles, and hear them unless there is evidence that"
                            + " doing so would directly cause harm.",
                    Sources.WHOLE_FAMILY_WORKING));
        }

        if (assessment.childsVoice().isEmpty()) {
            boolean unborn = assessment.child().isUnborn();
            findings.add(Finding.of(unborn ? Severity.QUERY : Severity.ERROR, CHILD_VOICE_NOT_RECORDED,
                    "childsVoice", unborn
                            ? "Nothing is recorded of the unborn baby's voice: not all children are able to have"
                                    + " their voices heard; think about unborn babies."
                            : "The child's voice is not recorded: speak to the child and understand their wishes"
                                    + " and feelings, or for a baby or a child who cannot say, observe them: for"
                                    + " some children their behaviour is their voice.",
                    unborn ? Sources.CONVERSATION_OPPORTUNITIES : Sources.BABYS_PERSPECTIVE));
        }

        for (AssessmentDomain domain : List.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS,
                AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS)) {
            List<AssessmentStatement> statements = new ArrayList<>();
            for (AssessmentDimension dimension : domain.dimensions()) {
                assessment.finding(dimension).ifPresent(f -> statements.addAll(f.statements()));
            }
            opinionWithoutFact(statements, "domains/" + domain.name(), domain.label()).ifPresent(findings::add);
        }
        for (ParentingCapacity capacity : assessment.parentingCapacity()) {
            List<AssessmentStatement> statements = capacity.dimensions().stream()
                    .flatMap(f -> f.statements().stream()).toList();
            String about = assessment.familyMember(capacity.parentOrCarerId()).map(Assessments::describe)
                    .orElse("a family member");
            opinionWithoutFact(statements, "parentingCapacity/" + capacity.parentOrCarerId(),
                    AssessmentDomain.PARENTING_CAPACITY.label() + " of a parent or carer (" + about + ")")
                    .ifPresent(findings::add);
        }
        return List.copyOf(findings);
    }

    /**
     * The threshold question {@code assessment} leads to: its child, its indicators (and judged levels) of
     * need, and its neglect flag, as the class documentation says.
     *
     * @throws NullPointerException if {@code assessment} is null
     */
    public static ThresholdQuestion thresholdQuestion(Assessment assessment) {
        return question(assessment, assessment.neglectKnownOrSuspected());
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
        return question(assessment,
                assessment.neglectKnownOrSuspected() || GradedCareProfiles.showsNeglect(snapshot, profile));
    }

    private static ThresholdQuestion question(Assessment assessment, boolean neglect) {
        Objects.requireNonNull(assessment, "assessment");
        ThresholdQuestion.Builder question = ThresholdQuestion.builder()
                .child(assessment.child())
                .neglectKnownOrSuspected(neglect);
        for (DimensionFinding finding : assessment.allFindings()) {
            question.addAllIndicators(finding.indicators());
            finding.level().filter(level -> level != LevelOfNeed.UNIVERSAL)
                    .filter(level -> finding.indicators().stream().noneMatch(i -> i.level().compareTo(level) >= 0))
                    .ifPresent(level -> question.addIndicator(NeedIndicator.of(finding.dimension(), level)));
        }
        return question.build();
    }

    private static boolean isAssessed(Optional<DimensionFinding> finding) {
        return finding.filter(DimensionFinding::isAssessed).isPresent();
    }

    private static Finding notAssessed(String path, AssessmentDimension dimension, String forWhom) {
        return Finding.of(Severity.ERROR, DIMENSION_NOT_ASSESSED, path,
                dimension.label() + " (" + dimension.domain().label() + ") is not yet assessed" + forWhom
                        + ": record what is working well, the worries, or how well the child's needs are met.",
                Sources.ASSESSMENT_TRIANGLE);
    }

    private static Optional<Finding> opinionWithoutFact(List<AssessmentStatement> statements, String path,
            String what) {
        boolean opinions = statements.stream().anyMatch(s -> !s.isFact());
        boolean facts = statements.stream().anyMatch(AssessmentStatement::isFact);
        if (!opinions || facts) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(Severity.QUERY, OPINION_WITHOUT_FACT, path,
                "Opinions are recorded on " + what + " with no fact beside them: information used to inform the"
                        + " assessment should be accurate, and fact distinguished from opinion.",
                Sources.LEVEL_OF_NEED));
    }

    /** "father": the relationship to the child, never a name. */
    private static String describe(FamilyMember member) {
        return member.relationship().label().toLowerCase(Locale.ROOT);
    }
}
