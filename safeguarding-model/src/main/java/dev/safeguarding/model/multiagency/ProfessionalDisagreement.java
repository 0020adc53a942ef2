package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A disagreement between professionals about a child's wellbeing, and its escalation through the four
 * {@linkplain EscalationStage stages} to its resolution. "Most disagreements should and can be resolved
 * between the staff working directly with the child."
 *
 * <p>The record holds the concern, the two parties ({@link #raisedBy()}, {@link #raisedWith()}), each
 * stage reached with its participants, dates and outcome ({@link #stages()}), whether joint agency group
 * supervision was considered before formal escalation, and the resolution.
 *
 * <p>Invariants, checked at construction (so a record can never show escalation moving backwards or
 * dates out of order):
 * <ul>
 *   <li>the stages are Stage One, Stage Two, ... in order, each at most once: never skipping, never
 *       going back, never past the fourth;</li>
 *   <li>the first stage starts on or after the date the disagreement was raised; each later stage starts
 *       on or after the start of the stage before and after its response, if there was one;</li>
 *   <li>a resolution date is on or after every other date; a resolution text needs a resolution date.</li>
 * </ul>
 * The rules module's {@code Escalation} moves a disagreement to its next stage.
 *
 * <p>The concern and the resolution are free text, and the parties are named people: {@link #toString()}
 * shows identifiers, stages and dates only.
 *
 * <p>Bean Validation: a disagreement saves as a draft at any stage; before its record is complete (the
 * {@link Complete} group) the rules module's queries apply, with the same codes and paths, run by the same
 * check: {@link StageParticipantsRecorded} (at {@code stages[i].participants}),
 * {@link JointSupervisionConsidered} and {@link ResolutionRecorded}. A response overdue or late needs a date
 * "as of", a calendar and a partnership's protocol, which Bean Validation does not have: that stays with the
 * rules module's {@code Escalation}.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 5,
 * "Resolving Professional Disagreements"; NSCP, <i>Norfolk Guidance to Understanding Continuum of
 * Needs</i> (2023), "Managing Challenge, Disagreement and Uncertainty".
 */
@Value.Immutable
@StageParticipantsRecorded(groups = Complete.class, payload = Query.class)
@JointSupervisionConsidered(groups = Complete.class, payload = Query.class)
@ResolutionRecorded(groups = Complete.class, payload = Query.class)
public abstract class ProfessionalDisagreement {

    /** The identifier the vendor's system uses for the disagreement; not blank. */
    public abstract String id();

    /** The identifiers of the children it is about. */
    public abstract List<String> childIds();

    /** The professional who raised the disagreement. */
    public abstract Practitioner raisedBy();

    /** The professional whose decision or view is disagreed with. */
    public abstract Practitioner raisedWith();

    /** The date the disagreement was raised. */
    public abstract LocalDate raisedOn();

    /** What the disagreement is about; free text, never shown by {@link #toString()}. */
    public abstract Optional<String> concern();

    /** The stages reached, from Stage One, in order; empty before the first discussion. */
    public abstract List<DisagreementStage> stages();

    /**
     * Whether joint agency group supervision was considered before formal escalation ("this should
     * happen outside or ahead of any formal escalation"); false unless set.
     */
    @Value.Default
    public boolean jointSupervisionConsidered() {
        return false;
    }

    /** The date the disagreement was resolved, once it was. */
    public abstract Optional<LocalDate> resolvedOn();

    /** The resolution reached by the parties; free text, never shown by {@link #toString()}. */
    public abstract Optional<String> resolution();

    /** A builder; the identifier, the parties and the date raised are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code disagreement}, to change one part of it. */
    public static Builder builder(ProfessionalDisagreement disagreement) {
        Builder builder = new Builder();
        builder.from(disagreement);
        return builder;
    }

    /** Builds a {@link ProfessionalDisagreement}; {@code build()} checks the stages and the dates. */
    public static final class Builder extends ImmutableProfessionalDisagreement.Builder {
    }

    /** The stage reached, or empty before Stage One. */
    public Optional<EscalationStage> currentStage() {
        return stages().isEmpty() ? Optional.empty()
                : Optional.of(stages().get(stages().size() - 1).stage());
    }

    /** The record of the stage reached, or empty before Stage One. */
    public Optional<DisagreementStage> latestStage() {
        return stages().isEmpty() ? Optional.empty() : Optional.of(stages().get(stages().size() - 1));
    }

    /** Whether the disagreement has been resolved. */
    public boolean isResolved() {
        return resolvedOn().isPresent();
    }

    /** Whether the disagreement has gone past Stage One into formal escalation ({@link EscalationStage#isFormalEscalation()}). */
    public boolean isFormallyEscalated() {
        return currentStage().map(EscalationStage::isFormalEscalation).orElse(false);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "childIds", childIds(), "concern", concern(), "resolution", resolution());
        Checks.notBlank(id(), "id");
        for (String childId : childIds()) {
            Checks.notBlank(childId, "childIds");
        }
        concern().ifPresent(c -> Checks.notBlank(c, "concern"));
        resolution().ifPresent(r -> Checks.notBlank(r, "resolution"));
        LocalDate last = raisedOn();
        for (int i = 0; i < stages().size(); i++) {
            DisagreementStage stage = stages().get(i);
            Checks.require(stage.stage().number() == i + 1, "stages",
                    "must run from Stage One in order, one stage at a time, never skipping or going back");
            Checks.require(!stage.startedOn().isBefore(last), "stages", i == 0
                    ? "must not start before the disagreement was raised"
                    : "must each start on or after the start of, and the response at, the stage before");
            last = stage.lastDate();
        }
        LocalDate latest = last;
        resolvedOn().ifPresent(d -> Checks.require(!d.isBefore(latest), "resolvedOn",
                "must not be before the date raised or any date of a stage"));
        Checks.require(resolution().isEmpty() || resolvedOn().isPresent(), "resolvedOn",
                "must be given with a resolution");
    }

    /** The identifiers, stages and dates; never the concern, the resolution or a name. */
    @Override
    public String toString() {
        return "ProfessionalDisagreement{id=" + id() + ", childIds=" + childIds() + ", raisedBy=" + raisedBy()
                + ", raisedWith=" + raisedWith() + ", raisedOn=" + raisedOn()
                + (concern().isPresent() ? ", concern recorded" : "") + ", stages=" + stages()
                + ", jointSupervisionConsidered=" + jointSupervisionConsidered()
                + ", resolvedOn=" + resolvedOn().map(LocalDate::toString).orElse("none")
                + (resolution().isPresent() ? ", resolution recorded" : "") + "}";
    }

    /**
     * What the guidance would query in this disagreement: the stages with fewer than two participants, joint agency
     * group supervision not considered before formal escalation and a resolution not recorded, sourced to the
     * Norfolk framework's section 5. The findings are those of the completeness rules that its Bean Validation
     * constraints (group {@code Complete}) report, with the same codes, severities, paths and sources, each with a
     * message that may name the part of the record it is about; the rules module's {@code Escalation.check} reports
     * them too, beside the rules that need a date or a profile. Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(MultiagencyChecks.disagreement(this));
    }

    /**
     * As {@link #check()}, for a disagreement followed under a partnership's own escalation protocol: the
     * stages' participants and the resolution are sourced to {@code protocol}, the passage of that protocol.
     *
     * @param protocol the passage of the escalation protocol the disagreement follows
     * @return the findings, in the order the rules module documents
     * @throws NullPointerException if {@code protocol} is null
     */
    public List<Finding> check(SourcePassage protocol) {
        return Breach.findings(MultiagencyChecks.disagreement(this, protocol));
    }
}
