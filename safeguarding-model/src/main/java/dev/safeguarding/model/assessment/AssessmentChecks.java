package dev.safeguarding.model.assessment;

import dev.safeguarding.model.GuidanceDocument;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.model.validation.Breach;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The completeness of an {@link Assessment}: the one implementation behind the rules module's
 * {@code Assessments.check} and the assessment's Bean Validation constraints (group {@code Complete}).
 * The rules module documents the findings, in this order: dimensions not assessed, no parent or carer,
 * parenting capacity not assessed (or in part; a query for an adult in a caring role who is not a parent), no
 * father, no voice of the child, opinions without fact.
 */
final class AssessmentChecks {

    /**
     * A dimension with nothing recorded. For the fourteen dimensions of the child's developmental needs and of
     * family and environmental factors this is the library's reading, stricter than the guidance ("use the three
     * domains"; the triangle is "a starting point for all assessments").
     */
    static final String DIMENSION_NOT_ASSESSED = "assessment.dimension-not-assessed";

    /** No family member with a parenting or caring role. */
    static final String NO_PARENT_OR_CARER = "assessment.no-parent-or-carer";

    /** A parent or carer whose capacity is not assessed at all. */
    static final String PARENTING_CAPACITY_NOT_ASSESSED = "assessment.parenting-capacity-not-assessed";

    /** An adult in a caring role who is not a parent (a parent's live-in partner), whose capacity is not assessed. */
    static final String CARING_ADULT_CAPACITY_NOT_ASSESSED = "assessment.caring-adult-capacity-not-assessed";

    /** No father among the family members. */
    static final String NO_FATHER_RECORDED = "assessment.no-father-recorded";

    /** No record of the child's voice: an error for a child who is born, a query for an unborn child. */
    static final String CHILD_VOICE_NOT_RECORDED = "assessment.child-voice-not-recorded";

    /** Opinions with no fact beside them in a domain. */
    static final String OPINION_WITHOUT_FACT = "assessment.opinion-without-fact";

    /** "The Assessment Triangle". */
    private static final SourcePassage ASSESSMENT_TRIANGLE =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("The Assessment Triangle");

    /** The Somerset slides, "Capturing a baby's perspective". */
    private static final SourcePassage BABYS_PERSPECTIVE =
            GuidanceDocument.SOMERSET_PRACTITIONER_FORUM_2017.passage("Capturing a baby's perspective");

    /** "Conversation Opportunities" ("Think about unborn babies"). */
    private static final SourcePassage CONVERSATION_OPPORTUNITIES =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Conversation Opportunities");

    /** "Determining the Level of Need or Urgency" ("fact is distinguished from opinion"). */
    private static final SourcePassage LEVEL_OF_NEED =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Determining the Level of Need or Urgency");

    /** "Whole Family Working" (fathers). */
    private static final SourcePassage WHOLE_FAMILY_WORKING =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Whole Family Working");

    private AssessmentChecks() {
    }

    /**
     * The completeness breaches of {@code assessment}, in the order the rules module documents; empty
     * when it is complete.
     *
     * @throws NullPointerException if {@code assessment} is null
     */
    static List<Breach> completeness(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        List<Breach> breaches = new ArrayList<>();
        for (AssessmentDimension dimension : AssessmentDimension.values()) {
            if (!dimension.isParentingCapacity() && !isAssessed(assessment.finding(dimension))) {
                breaches.add(notAssessed(dimension, "", "dimensions", dimension.name()));
            }
        }

        List<FamilyMember> parents = assessment.parentsAndCarers();
        if (parents.isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, NO_PARENT_OR_CARER,
                    "No family member with a parenting or caring role is recorded: assessing parenting capacity"
                            + " should include the capacity of all parents of the child.",
                    ASSESSMENT_TRIANGLE, "familyMembers"));
        }
        for (FamilyMember parent : parents) {
            Optional<ParentingCapacity> capacity = assessment.parentingCapacityOf(parent.id());
            boolean anyAssessed = capacity.stream().flatMap(c -> c.dimensions().stream())
                    .anyMatch(DimensionFinding::isAssessed);
            if (!anyAssessed && !parent.relationship().isParent()) {
                breaches.add(Breach.of(Severity.QUERY, CARING_ADULT_CAPACITY_NOT_ASSESSED,
                        "An adult with a caring role (" + describe(parent) + ") has no parenting capacity"
                                + " assessed: identify any adults, including fathers, who have parenting or caring"
                                + " roles, and assess key relationships.",
                        WHOLE_FAMILY_WORKING, "parentingCapacity", parent.id()));
                continue;
            }
            if (!anyAssessed) {
                breaches.add(Breach.of(Severity.ERROR, PARENTING_CAPACITY_NOT_ASSESSED,
                        "The parenting capacity of a parent or carer (" + describe(parent) + ") is not assessed:"
                                + " assessing parenting capacity should include the capacity of all parents of"
                                + " the child, including parents who do not live with the child.",
                        ASSESSMENT_TRIANGLE, "parentingCapacity", parent.id()));
                continue;
            }
            for (AssessmentDimension dimension : AssessmentDomain.PARENTING_CAPACITY.dimensions()) {
                if (!isAssessed(capacity.get().finding(dimension))) {
                    breaches.add(notAssessed(dimension, " for a parent or carer (" + describe(parent) + ")",
                            "parentingCapacity", parent.id(), dimension.name()));
                }
            }
        }
        if (assessment.familyMembers().stream().noneMatch(m -> m.relationship() == FamilyRelationship.FATHER)) {
            breaches.add(Breach.of(Severity.QUERY, NO_FATHER_RECORDED,
                    "No father is recorded among the family members: identify any adults, including fathers,"
                            + " who have parenting or caring roles, and hear them unless there is evidence that"
                            + " doing so would directly cause harm.",
                    WHOLE_FAMILY_WORKING, "familyMembers"));
        }

        if (assessment.childsVoice().isEmpty()) {
            boolean unborn = assessment.child().isUnborn();
            breaches.add(Breach.of(unborn ? Severity.QUERY : Severity.ERROR, CHILD_VOICE_NOT_RECORDED, unborn
                            ? "Nothing is recorded of the unborn baby's voice: not all children are able to have"
                                    + " their voices heard; think about unborn babies."
                            : "The child's voice is not recorded: speak to the child and understand their wishes"
                                    + " and feelings, or for a baby or a child who cannot say, observe them: for"
                                    + " some children their behaviour is their voice.",
                    unborn ? CONVERSATION_OPPORTUNITIES : BABYS_PERSPECTIVE, "childsVoice"));
        }

        for (AssessmentDomain domain : List.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS,
                AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS)) {
            List<AssessmentStatement> statements = new ArrayList<>();
            for (AssessmentDimension dimension : domain.dimensions()) {
                assessment.finding(dimension).ifPresent(f -> statements.addAll(f.statements()));
            }
            opinionWithoutFact(statements, domain.label(), "domains", domain.name()).ifPresent(breaches::add);
        }
        for (ParentingCapacity capacity : assessment.parentingCapacity()) {
            List<AssessmentStatement> statements = capacity.dimensions().stream()
                    .flatMap(f -> f.statements().stream()).toList();
            String about = assessment.familyMember(capacity.parentOrCarerId()).map(AssessmentChecks::describe)
                    .orElse("a family member");
            opinionWithoutFact(statements,
                    AssessmentDomain.PARENTING_CAPACITY.label() + " of a parent or carer (" + about + ")",
                    "parentingCapacity", capacity.parentOrCarerId()).ifPresent(breaches::add);
        }
        return List.copyOf(breaches);
    }

    private static boolean isAssessed(Optional<DimensionFinding> finding) {
        return finding.filter(DimensionFinding::isAssessed).isPresent();
    }

    private static Breach notAssessed(AssessmentDimension dimension, String forWhom, Object... path) {
        return Breach.of(Severity.ERROR, DIMENSION_NOT_ASSESSED,
                dimension.label() + " (" + dimension.domain().label() + ") is not yet assessed" + forWhom
                        + ": record what is working well, the worries, or how well the child's needs are met.",
                ASSESSMENT_TRIANGLE, path);
    }

    private static Optional<Breach> opinionWithoutFact(List<AssessmentStatement> statements, String what,
            Object... path) {
        boolean opinions = statements.stream().anyMatch(s -> !s.isFact());
        boolean facts = statements.stream().anyMatch(AssessmentStatement::isFact);
        if (!opinions || facts) {
            return Optional.empty();
        }
        return Optional.of(Breach.of(Severity.QUERY, OPINION_WITHOUT_FACT,
                "Opinions are recorded on " + what + " with no fact beside them: information used to inform the"
                        + " assessment should be accurate, and fact distinguished from opinion.",
                LEVEL_OF_NEED, path));
    }

    /** "father": the relationship to the child, never a name. */
    private static String describe(FamilyMember member) {
        return member.relationship().label().toLowerCase(Locale.ROOT);
    }
}
