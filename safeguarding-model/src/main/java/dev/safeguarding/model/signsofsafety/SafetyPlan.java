package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.validation.Complete;
import java.util.List;
import org.immutables.value.Value;

/**
 * A safety plan in the Somerset format: rows of a safety goal, what needs to happen now to achieve it,
 * who will do it, by when, and whether it has been achieved ({@link SafetyPlanRow}). A safety plan "sets
 * out the rules and arrangements the family and network follow to keep the child safe, who does what,
 * and how it is monitored"; an effective plan is "clear about the issues, how they will be
 * managed/reduced, what support will be provided and when it will be reviewed".
 *
 * <p>The Somerset slides warn: "Practitioners must be careful not to lose sight of the competency and
 * engagement of the second carer, particularly where they are being relied on to provide part of the
 * safety plan." The rules module's status of a plan ({@code SafetyPlans.status(plan, asOf, calendar)})
 * says which rows rest on the family's network and which on professionals, and which are achieved, due
 * or overdue.
 *
 * <p>A plan may have no rows yet (a draft). {@link #toString()} shows the child's identifier and the rows'
 * shape, never their text.
 *
 * <p>Bean Validation: the default group holds the Somerset format's columns "Who will do this"
 * ({@link SafetyPlanOwnersNamed}, at {@code rows[i].owners}) and "By when (enter timescales)"
 * ({@link SafetyPlanTimescalesSet}, at {@code rows[i].byWhen}), which the builders enforce too, so a built
 * plan always satisfies them. Before a plan is shared (the {@link Complete} group) it has at least one row
 * ({@link SafetyPlanRowsRecorded}, at {@code rows}). The guidance asks an effective plan to say "when it will
 * be reviewed", which the format has no column for: the library records no review date and sets no rule on
 * it. Whether a row is due or overdue needs a date "as of" and a calendar: that is the rules module's
 * {@code SafetyPlans.status}.
 *
 * <p>Sources: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Format of Safety Plan", "Managing Risk - Core Skills" and "Key Learning Points (cont)"; the library's
 * notes ({@code docs/practice-frameworks.md}).
 */
@Value.Immutable
@SafetyPlanOwnersNamed
@SafetyPlanTimescalesSet
@SafetyPlanRowsRecorded(groups = Complete.class)
public abstract class SafetyPlan {

    /** The identifier of the child the plan keeps safe; not blank. */
    @Value.Parameter
    public abstract String childId();

    /** The rows, in the plan's order. */
    @Value.Parameter
    public abstract List<SafetyPlanRow> rows();

    /** A plan for the child {@code childId} with {@code rows}. */
    public static SafetyPlan of(String childId, List<SafetyPlanRow> rows) {
        return ImmutableSafetyPlan.of(childId, rows);
    }

    /** A builder, to add rows one by one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SafetyPlan}. */
    public static final class Builder extends ImmutableSafetyPlan.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("childId", childId());
        Checks.notBlank(childId(), "childId");
    }

    /** The child's identifier and the rows' shape; never their text. */
    @Override
    public String toString() {
        return "SafetyPlan{child=" + childId() + ", rows=" + rows() + "}";
    }
}
