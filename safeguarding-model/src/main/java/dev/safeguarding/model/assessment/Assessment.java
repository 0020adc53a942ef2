package dev.safeguarding.model.assessment;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An assessment of a child's needs on the Assessment Triangle: findings on each dimension of the child's
 * developmental needs and of family and environmental factors, the parenting capacity of each parent or
 * carer, and the child's own voice.
 *
 * <p>"The framework will enable professionals to assess need and use the three domains ... in order to
 * form a judgement regarding appropriate intervention to meet the child's needs. Assessing parenting
 * capacity should include the capacity of all parents of the child."
 *
 * <ul>
 *   <li>{@link #dimensions()} holds the findings on the fourteen dimensions of the child's developmental
 *       needs and of family and environmental factors, at most one each;</li>
 *   <li>{@link #parentingCapacity()} holds, for each parent or carer assessed, their findings on the six
 *       dimensions of parenting capacity; a parent or carer is one of {@link #familyMembers()}, who may
 *       live apart from the child;</li>
 *   <li>{@link #childsVoice()} holds the child's own views and lived experience, as heard or observed.</li>
 * </ul>
 *
 * <p>An assessment may be saved as a draft at any stage: only its identifier, the child and its start date
 * are required. Whether it is complete is a question for the rules
 * ({@code dev.safeguarding.rules.assessment.Assessments.check}), which answer with findings. What is
 * rejected here is what makes no sense at any stage: a dimension recorded twice, parenting capacity
 * outside a parent's record, or a parent's record for someone who is not a family member of the
 * assessment.
 *
 * <p>{@link #toString()} shows identifiers and the shape of the record, never names, dates or text.
 *
 * <p>Bean Validation: a draft assessment satisfies the default group at any stage; before it is complete
 * (the {@link Complete} group) it has the rules module's completeness rules as constraints, with the same
 * codes and paths, run by the same check: errors {@link DimensionsAssessed}, {@link ParentingCapacityAssessed}
 * and {@link ChildsVoiceRecorded}, and queries {@link ParentOrCarerRecorded},
 * {@link CaringAdultsCapacityAssessed} (an adult in a caring role who is not a parent, such as a parent's
 * live-in partner, with no parenting capacity assessed), {@link FathersIdentified},
 * {@link UnbornBabysVoiceConsidered} and {@link FactBesideOpinion}. The constraints are declared here and look
 * into the findings, capacities and voices the assessment holds; those types carry none of their own.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle", "Determining the Level of Need or Urgency", "Whole Family Working" and "Norfolk Graded Care
 * Profile".
 */
@Value.Immutable
@DimensionsAssessed(groups = Complete.class)
@ParentOrCarerRecorded(groups = Complete.class, payload = Query.class)
@ParentingCapacityAssessed(groups = Complete.class)
@CaringAdultsCapacityAssessed(groups = Complete.class, payload = Query.class)
@FathersIdentified(groups = Complete.class, payload = Query.class)
@ChildsVoiceRecorded(groups = Complete.class)
@UnbornBabysVoiceConsidered(groups = Complete.class, payload = Query.class)
@FactBesideOpinion(groups = Complete.class, payload = Query.class)
public abstract class Assessment {

    /** The identifier the vendor's system uses for the assessment; not blank. */
    public abstract String id();

    /** The child assessed. */
    public abstract Child child();

    /** The date the assessment started. */
    public abstract LocalDate startedOn();

    /** The family and network members considered, including every parent or carer, in the order recorded. */
    public abstract List<FamilyMember> familyMembers();

    /**
     * The findings on the dimensions of the child's developmental needs and of family and environmental
     * factors, at most one per dimension (parenting capacity is in {@link #parentingCapacity()}).
     */
    public abstract List<DimensionFinding> dimensions();

    /** The parenting capacity of each parent or carer assessed, at most one record per person. */
    public abstract List<ParentingCapacity> parentingCapacity();

    /** The child's own views and lived experience, in the order recorded. */
    public abstract List<ChildsView> childsVoice();

    /**
     * Whether the assessment shows neglect known or suspected; then the Norfolk Graded Care Profile
     * "is mandated for using" ("Norfolk Graded Care Profile"). By default, not.
     */
    @Value.Default
    public boolean neglectKnownOrSuspected() {
        return false;
    }

    /** A builder; the identifier, the child and the start date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code assessment}, to add to it. */
    public static Builder builder(Assessment assessment) {
        Builder builder = new Builder();
        builder.from(assessment);
        return builder;
    }

    /** Builds an {@link Assessment}. */
    public static final class Builder extends ImmutableAssessment.Builder {
    }

    /** The family members with a parenting or caring role, in the order recorded. */
    public List<FamilyMember> parentsAndCarers() {
        return familyMembers().stream().filter(FamilyMember::parentOrCarer).toList();
    }

    /** The family member with identifier {@code id}, if any. */
    public Optional<FamilyMember> familyMember(String id) {
        return familyMembers().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The finding on {@code dimension} of the child's developmental needs or of family and environmental
     * factors, if recorded; always empty for a dimension of parenting capacity (see
     * {@link #parentingCapacityOf(String)}).
     */
    public Optional<DimensionFinding> finding(AssessmentDimension dimension) {
        return dimensions().stream().filter(f -> f.dimension() == dimension).findFirst();
    }

    /** The parenting capacity of the parent or carer with identifier {@code id}, if recorded. */
    public Optional<ParentingCapacity> parentingCapacityOf(String id) {
        return parentingCapacity().stream().filter(c -> c.parentOrCarerId().equals(id)).findFirst();
    }

    /**
     * Every finding on {@code dimension}: the one finding of the child's development or of family and
     * environmental factors, or for parenting capacity one per parent or carer, in their order.
     */
    public List<DimensionFinding> findingsFor(AssessmentDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        if (!dimension.isParentingCapacity()) {
            return finding(dimension).stream().toList();
        }
        List<DimensionFinding> findings = new ArrayList<>();
        for (ParentingCapacity capacity : parentingCapacity()) {
            capacity.finding(dimension).ifPresent(findings::add);
        }
        return List.copyOf(findings);
    }

    /**
     * The findings on the dimensions that {@code item} of the My World triangle covers, in the order of
     * the dimensions: the same record, seen from the My World triangle.
     */
    public List<DimensionFinding> findingsFor(MyWorldItem item) {
        List<DimensionFinding> findings = new ArrayList<>();
        for (AssessmentDimension dimension : item.dimensions()) {
            findings.addAll(findingsFor(dimension));
        }
        return List.copyOf(findings);
    }

    /** Every finding, in the order of the twenty dimensions (for parenting capacity, parent by parent). */
    public List<DimensionFinding> allFindings() {
        List<DimensionFinding> findings = new ArrayList<>();
        for (AssessmentDimension dimension : AssessmentDimension.values()) {
            findings.addAll(findingsFor(dimension));
        }
        return List.copyOf(findings);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id());
        Checks.notBlank(id(), "id");
        Set<String> members = new HashSet<>();
        for (FamilyMember member : familyMembers()) {
            Checks.require(members.add(member.id()), "familyMembers", "must not hold two members with one id");
        }
        Set<AssessmentDimension> seen = EnumSet.noneOf(AssessmentDimension.class);
        for (DimensionFinding finding : dimensions()) {
            Checks.require(!finding.dimension().isParentingCapacity(), "dimensions",
                    "must not hold dimensions of parenting capacity: they are assessed for each parent or carer,"
                            + " in parentingCapacity");
            Checks.require(seen.add(finding.dimension()), "dimensions", "must hold each dimension at most once");
        }
        Set<String> assessed = new HashSet<>();
        for (ParentingCapacity capacity : parentingCapacity()) {
            Checks.require(members.contains(capacity.parentOrCarerId()), "parentingCapacity",
                    "must each be of a member of familyMembers");
            Checks.require(assessed.add(capacity.parentOrCarerId()), "parentingCapacity",
                    "must hold at most one record per parent or carer");
        }
    }

    /** Identifiers and the shape of the record; never names, dates or text. */
    @Override
    public String toString() {
        return "Assessment{id=" + id() + ", child=" + child() + ", familyMembers=" + familyMembers()
                + ", dimensions=" + dimensions() + ", parentingCapacity=" + parentingCapacity()
                + ", childsVoice=" + childsVoice().size() + (neglectKnownOrSuspected() ? ", neglect" : "") + "}";
    }

    /**
     * What the guidance would query in this assessment: what an assessment lacks: the assessment triangle's
     * dimensions and the voices, facts and people it should hold. The findings are those of the completeness rules
     * that its Bean Validation constraints (group {@code Complete}) report, with the same codes, severities, paths
     * and sources, each with a message that may name the part of the record it is about; the rules module's {@code
     * Assessments.check} reports them too, beside the rules that need a date or a profile. Empty when there is
     * nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(AssessmentChecks.completeness(this));
    }
}
