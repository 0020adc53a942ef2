package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.calendar.UkCalendars;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The status of a safety plan as of a date, counted in working days.
 *
 * <pre>{@code
 * SafetyPlanStatus s = SafetyPlans.status(plan, LocalDate.of(2017, 6, 20), UkCalendars.englandAndWales());
 * s.achieved(); s.due(); s.overdue(); s.networkRows(); s.professionalRows(); s.progress();
 * s.rows(SafetyPlanRowState.OVERDUE).get(0).workingDaysOverdue();
 * }</pre>
 *
 * <p>For each row, as of {@code asOf}:
 * <ul>
 *   <li>its due date is its {@link dev.safeguarding.model.signsofsafety.ByWhen ByWhen}'s: the date, or
 *       the timescale's due date from its trigger on the calendar;</li>
 *   <li>it is <b>achieved</b> if it was achieved on or before {@code asOf} (with the working days it was
 *       late, if any); otherwise <b>due</b> while {@code asOf} is on or before the due date (with the
 *       working days left), and <b>overdue</b> after it (with the working days overdue,
 *       {@code calendar.workingDaysBetween(dueDate, asOf)});</li>
 *   <li>it rests on the family's network, on professionals, or on both ({@link RowOwnership}).</li>
 * </ul>
 * A row's state only moves forward as {@code asOf} moves on: due, then overdue, then achieved (or due,
 * then achieved); an overdue row is never due again on a later date.
 *
 * <p>Every row has an owner and a by when: the model's builders require both, and the plan's Bean Validation
 * constraints ({@code SafetyPlanOwnersNamed}, {@code SafetyPlanTimescalesSet} in
 * {@code dev.safeguarding.model.validation}) state the same rules. A plan with no row yet is a draft: Bean
 * Validation's {@code Complete} group reports it ({@code SafetyPlanRowsRecorded}).
 *
 * <p>Pure functions; the class holds no state.
 *
 * <p>Sources: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Format of Safety Plan"; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023),
 * "Recording what we do and the decisions we take" ("record the decisions, the people responsible for
 * actions and the timescales").
 */
public final class SafetyPlans {

    private SafetyPlans() {
    }

    /**
     * The status of {@code plan} on {@code asOf}, counted on the working days of England and Wales
     * ({@link UkCalendars#englandAndWales()}).
     *
     * @throws NullPointerException if an argument is null
     * @throws DateTimeException    if a date is outside the calendar's coverage
     */
    public static SafetyPlanStatus status(SafetyPlan plan, LocalDate asOf) {
        return status(plan, asOf, UkCalendars.englandAndWales());
    }

    /**
     * The status of {@code plan} on {@code asOf}, counted on {@code calendar}.
     *
     * @throws NullPointerException if an argument is null
     * @throws DateTimeException    if {@code asOf}, a due date, a trigger or an achieved date is outside
     *                              the calendar's coverage
     */
    public static SafetyPlanStatus status(SafetyPlan plan, LocalDate asOf, WorkingDays calendar) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        List<SafetyPlanRowStatus> rows = new ArrayList<>();
        for (int i = 0; i < plan.rows().size(); i++) {
            rows.add(status(i, plan.rows().get(i), asOf, calendar));
        }
        return new SafetyPlanStatus(plan, asOf, rows);
    }

    private static SafetyPlanRowStatus status(int index, SafetyPlanRow row, LocalDate asOf, WorkingDays calendar) {
        LocalDate due = row.byWhen().dueDate(calendar);
        LocalDate achieved = row.achievedOn().filter(d -> !d.isAfter(asOf)).orElse(null);
        if (achieved != null) {
            int late = Math.max(0, calendar.workingDaysBetween(due, achieved));
            return new SafetyPlanRowStatus(index, row, SafetyPlanRowState.ACHIEVED, due, 0, late);
        }
        if (asOf.isAfter(due)) {
            return new SafetyPlanRowStatus(index, row, SafetyPlanRowState.OVERDUE, due,
                    calendar.workingDaysBetween(due, asOf), 0);
        }
        return new SafetyPlanRowStatus(index, row, SafetyPlanRowState.DUE, due,
                calendar.workingDaysBetween(asOf, due), 0);
    }
}
