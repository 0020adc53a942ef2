package dev.safeguarding.model.need;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a practitioner knows when deciding what help a child needs: the facts the Norfolk guidance asks
 * them to weigh before seeking advice. A threshold guide turns a question into guidance (advice with
 * reasons, never a decision).
 *
 * <p>Everything but the child is optional: no indicators, no Section 47 indicators, no immediate
 * danger, consent {@linkplain ConsentStatus#NOT_SOUGHT not sought}, early help
 * {@linkplain EarlyHelpStatus#NOT_IN_PLACE not in place}, neglect neither known nor suspected (and no
 * basis for it), no cohort with additional needs. Rejected at construction: a basis for neglect when
 * neglect is neither known nor suspected.
 *
 * <p>A question may be saved as a draft with any of these; before it is shared (Bean Validation's
 * {@link Complete} group) it should say what the concern is ({@link ConcernRecorded}, an error: any of the
 * facts of {@link #isConcernRecorded()}), and
 * the validator queries indicators with no wording ({@link ConcernsDescribed}), consent not sought
 * ({@link ConsentConsidered}) and a born child with no name ({@link ChildNamed}).
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency", "Section 47 Duty to Investigate", "Pathways to Support and Early Help",
 * "Information Sharing" and "Norfolk Graded Care Profile".
 */
@Value.Immutable
@ConcernRecorded(groups = Complete.class)
@ConcernsDescribed(groups = Complete.class, payload = Query.class)
@ConsentConsidered(groups = Complete.class, payload = Query.class)
@ChildNamed(groups = Complete.class, payload = Query.class)
public abstract class ThresholdQuestion {

    /** The child the question is about. */
    public abstract Child child();

    /** The concerns, as indicators of need, in the order recorded; may be empty. */
    public abstract List<NeedIndicator> indicators();

    /** The Section 47 indicators present; may be empty. */
    public abstract Set<Section47Indicator> section47Indicators();

    /** Whether there are immediate concerns for the child's safety ("call 999"). */
    @Value.Default
    public boolean immediateDanger() {
        return false;
    }

    /** Where consent stands. */
    @Value.Default
    public ConsentStatus consent() {
        return ConsentStatus.NOT_SOUGHT;
    }

    /** Whether early help is in place and what its review found. */
    @Value.Default
    public EarlyHelpStatus earlyHelp() {
        return EarlyHelpStatus.NOT_IN_PLACE;
    }

    /** Whether neglect is known or suspected. */
    @Value.Default
    public boolean neglectKnownOrSuspected() {
        return false;
    }

    /**
     * Why neglect is known or suspected, when the question was built from a record (an assessment, a
     * graded care profile, a chronology pattern); may be empty, and must be empty unless
     * {@link #neglectKnownOrSuspected()}.
     */
    public abstract Set<NeglectBasis> neglectBases();

    /** The cohorts with additional needs the child belongs to; may be empty. */
    public abstract Set<AdditionalNeedsCohort> cohorts();

    /**
     * Whether any concern is recorded: an indicator of need, a Section 47 indicator, immediate danger,
     * neglect known or suspected ("mandated for using in cases where neglect is known or suspected"), early
     * help in place, or a cohort with additional needs ("may require statutory intervention and / or may be
     * eligible for additional support"). A question with a concern is never answered with "no indicators".
     */
    public boolean isConcernRecorded() {
        return !indicators().isEmpty() || !section47Indicators().isEmpty() || immediateDanger()
                || neglectKnownOrSuspected() || earlyHelp().isInPlace() || !cohorts().isEmpty();
    }

    /**
     * Whether the question is a child protection case: immediate danger or a Section 47 indicator.
     */
    public boolean isChildProtectionConcern() {
        return immediateDanger() || !section47Indicators().isEmpty();
    }

    /**
     * The information-sharing question on the same facts, so that the threshold guide and the
     * information-sharing advisor do not contradict each other: the consent, immediate danger as an
     * immediate risk of harm, and a {@linkplain SharingQuestion#childProtectionConcern() child protection
     * concern} when there is immediate danger or a Section 47 indicator. The facts only the practitioner
     * knows (who seeking consent would put at risk, a serious crime investigation, a risk from delay, doubt)
     * are theirs to add: {@code SharingQuestion.builder(question.sharingQuestion())}.
     */
    public SharingQuestion sharingQuestion() {
        return SharingQuestion.builder()
                .consent(consent())
                .immediateRiskOfHarm(immediateDanger())
                .childProtectionConcern(isChildProtectionConcern())
                .build();
    }

    /** A builder; {@code child} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code question}, to change one fact of it. */
    public static Builder builder(ThresholdQuestion question) {
        Builder builder = new Builder();
        builder.from(question);
        return builder;
    }

    /** Builds a {@link ThresholdQuestion}. */
    public static final class Builder extends ImmutableThresholdQuestion.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.require(neglectBases().isEmpty() || neglectKnownOrSuspected(), "neglectBases",
                "must be empty unless neglect is known or suspected");
    }

    /** The shape of the question; the child is shown by identifier only. */
    @Override
    public String toString() {
        return "ThresholdQuestion{child=" + child() + ", indicators=" + indicators()
                + ", section47Indicators=" + section47Indicators() + ", immediateDanger=" + immediateDanger()
                + ", consent=" + consent() + ", earlyHelp=" + earlyHelp()
                + ", neglectKnownOrSuspected=" + neglectKnownOrSuspected() + ", neglectBases=" + neglectBases()
                + ", cohorts=" + cohorts() + "}";
    }
}
