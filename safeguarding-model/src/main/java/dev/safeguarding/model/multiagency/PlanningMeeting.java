package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A meeting arranged to support planning for a child, as far as the multi-agency framework sets rules for it:
 * who the family did not want there, and what the group did about it.
 *
 * <p>"Where meetings are arranged to support planning for children, all professionals directly involved with the
 * child should be invited, unless the child or family feel they do not want them to attend. Where this happens,
 * it should not stop the lead from talking to those professionals to ensure their views can be represented. If
 * parents do not want professionals included in the meeting this should be recorded in the minutes and
 * participants of the group should consider this as a safeguarding concern and agree a plan to manage non
 * engagement and review thresholds." The record fact is {@link #professionalsExcludedByFamily()}; what the
 * group did is {@link #exclusionMinuted()}, {@link #exclusionTreatedAsSafeguardingConcern()},
 * {@link #nonEngagementPlanAgreed()}, {@link #thresholdsReviewed()} and
 * {@link #excludedProfessionalsViewsRepresented()}.
 *
 * <p>Rejected at construction: a blank identifier, child identifier or professional's identifier; a
 * professional excluded twice. What the group did not do is recorded as it happened and reported by the
 * constraints and the rules module's {@code PlanningMeetings.check}.
 *
 * <p>Bean Validation: a meeting saves as a draft at any stage. Before its record is complete (the
 * {@link Complete} group), where the family excluded professionals: errors {@link ExclusionMinuted} and
 * {@link ExclusionActedOn} (the concern, the plan to manage non engagement and the review of thresholds, each
 * at its own path), and the query {@link ExcludedProfessionalsViewsRepresented}. The same check serves the rules
 * module.
 *
 * <p>The record holds identifiers only: {@link #toString()} shows them and the flags.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, "2. Joint
 * Assessments and everyday collaborative working".
 */
@Value.Immutable
@ExclusionMinuted(groups = Complete.class)
@ExclusionActedOn(groups = Complete.class)
@ExcludedProfessionalsViewsRepresented(groups = Complete.class, payload = Query.class)
public abstract class PlanningMeeting {

    /** The identifier the vendor's system uses for the meeting; not blank. */
    public abstract String id();

    /** The identifiers of the children the meeting plans for. */
    public abstract List<String> childIds();

    /** The date of the meeting. */
    public abstract LocalDate heldOn();

    /**
     * The identifiers of the professionals directly involved with the child whom the parents or family did not
     * want included in the meeting; empty when no one was excluded. Excluding professionals is itself a
     * safeguarding concern for the group to consider.
     */
    public abstract List<String> professionalsExcludedByFamily();

    /** Whether the exclusion was recorded in the minutes; false unless set. */
    @Value.Default
    public boolean exclusionMinuted() {
        return false;
    }

    /** Whether the participants considered the exclusion as a safeguarding concern; false unless set. */
    @Value.Default
    public boolean exclusionTreatedAsSafeguardingConcern() {
        return false;
    }

    /** Whether the participants agreed a plan to manage non engagement; false unless set. */
    @Value.Default
    public boolean nonEngagementPlanAgreed() {
        return false;
    }

    /** Whether the participants reviewed thresholds; false unless set. */
    @Value.Default
    public boolean thresholdsReviewed() {
        return false;
    }

    /** Whether the lead talked to the excluded professionals so that their views were represented; false unless set. */
    @Value.Default
    public boolean excludedProfessionalsViewsRepresented() {
        return false;
    }

    /** A builder; the identifier and the date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlanningMeeting}; {@code build()} checks the identifiers. */
    public static final class Builder extends ImmutablePlanningMeeting.Builder {
    }

    /** Whether the parents or family did not want some professionals included. */
    public boolean isProfessionalsExcluded() {
        return !professionalsExcludedByFamily().isEmpty();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "childIds", childIds(), "professionalsExcludedByFamily", professionalsExcludedByFamily());
        Checks.notBlank(id(), "id");
        for (String childId : childIds()) {
            Checks.notBlank(childId, "childIds");
        }
        for (String professional : professionalsExcludedByFamily()) {
            Checks.notBlank(professional, "professionalsExcludedByFamily");
        }
        Checks.require(professionalsExcludedByFamily().stream().distinct().count()
                == professionalsExcludedByFamily().size(), "professionalsExcludedByFamily",
                "must not name a professional twice");
    }

    /** The identifiers, the date and the flags. */
    @Override
    public String toString() {
        return "PlanningMeeting{id=" + id() + ", childIds=" + childIds() + ", heldOn=" + heldOn()
                + ", professionalsExcludedByFamily=" + professionalsExcludedByFamily()
                + ", exclusionMinuted=" + exclusionMinuted()
                + ", exclusionTreatedAsSafeguardingConcern=" + exclusionTreatedAsSafeguardingConcern()
                + ", nonEngagementPlanAgreed=" + nonEngagementPlanAgreed()
                + ", thresholdsReviewed=" + thresholdsReviewed()
                + ", excludedProfessionalsViewsRepresented=" + excludedProfessionalsViewsRepresented() + "}";
    }

    /**
     * What the guidance would query in this meeting: what the record of an exclusion from the meeting lacks. The
     * findings are those of the completeness rules that its Bean Validation constraints (group {@code Complete})
     * report, with the same codes, severities, paths and sources, each with a message that may name the part of the
     * record it is about; the rules module's {@code PlanningMeetings.check} reports them too, beside the rules that
     * need a date or a profile. Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(MultiagencyChecks.planningMeeting(this));
    }
}
