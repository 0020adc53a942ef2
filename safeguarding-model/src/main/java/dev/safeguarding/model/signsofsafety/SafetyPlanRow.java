package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Contributor;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a {@link SafetyPlan} in the Somerset format, whose five columns are:
 * <ol>
 *   <li>"Safety Goal – to improve things (outcomes) for the child and keep the child safe":
 *       {@link #safetyGoal()};</li>
 *   <li>"What needs to happen now to keep the child safe? (To achieve the safety goal)":
 *       {@link #whatNeedsToHappen()};</li>
 *   <li>"Who will do this": {@link #owners()}, one or more (the Somerset example reads "Mother and HV");</li>
 *   <li>"By when (enter timescales)": {@link #byWhen()};</li>
 *   <li>"Has this been achieved?": {@link #achievedOn()}, the date it was, or empty while it has not
 *       been.</li>
 * </ol>
 *
 * <p>Owners are {@link Contributor}s: the child or a family or network member (the family's network), or
 * a practitioner (a professional). "Make sure you are clear about who is owning the actions"; a row with
 * no owner is rejected at construction ({@code owners}), as are a blank goal or action and an owner named
 * twice.
 *
 * <p>Plans "should always focus on what changes families need to make to address the concerns, what
 * support is offered and what needs to happen": write the goal and the action as specific, observable
 * behaviour. Both are free text: {@link #toString()} shows neither.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link SafetyPlan}, whose constraints
 * {@code SafetyPlanOwnersNamed} and {@code SafetyPlanTimescalesSet} (default group) check each row's owners
 * and by when at {@code rows[i].owners} and {@code rows[i].byWhen}: a rule belongs to the record it is
 * checked on. "Has this been achieved?" may stay empty in a plan that is shared; the guidance sets no rule
 * for the goal or the action beyond what the builder requires.
 *
 * <p>Sources: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Format of Safety Plan"; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023),
 * "Using the Signs of Safety Framework" and "Recording what we do and the decisions we take".
 */
@Value.Immutable
public abstract class SafetyPlanRow {

    /** "Safety Goal – to improve things (outcomes) for the child and keep the child safe". Free text. */
    public abstract String safetyGoal();

    /** "What needs to happen now to keep the child safe? (To achieve the safety goal)". Free text. */
    public abstract String whatNeedsToHappen();

    /** "Who will do this": at least one, each named once. */
    public abstract List<Contributor> owners();

    /** "By when (enter timescales)". */
    public abstract ByWhen byWhen();

    /** "Has this been achieved?": the date it was achieved, or empty. */
    public abstract Optional<LocalDate> achievedOn();

    /** Whether a member of the family or its network (or the child) is among the owners. */
    public boolean hasNetworkOwner() {
        return owners().stream().anyMatch(o -> !o.isProfessional());
    }

    /** Whether a practitioner is among the owners. */
    public boolean hasProfessionalOwner() {
        return owners().stream().anyMatch(Contributor::isProfessional);
    }

    /** A builder; every column but "has this been achieved?" is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SafetyPlanRow}; {@code build()} rejects a row with no owner. */
    public static final class Builder extends ImmutableSafetyPlanRow.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("safetyGoal", safetyGoal(), "whatNeedsToHappen", whatNeedsToHappen());
        Checks.notBlank(safetyGoal(), "safetyGoal");
        Checks.notBlank(whatNeedsToHappen(), "whatNeedsToHappen");
        Checks.require(!owners().isEmpty(), "owners", "a row must name who will do it");
        Checks.require(new HashSet<>(owners()).size() == owners().size(), "owners", "must not name an owner twice");
    }

    /** The owners, when and whether achieved; never the goal or the action. */
    @Override
    public String toString() {
        return "SafetyPlanRow{owners=" + owners() + ", " + byWhen()
                + achievedOn().map(d -> ", achieved " + d).orElse("") + "}";
    }
}
