package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.PatternDetector.pattern;

import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link PatternKind#DEADLINE_MISSED}: a deadline of one of the followed timescales met late ({@link
 * ChronologyDeadline}); or overdue and awaited, for the timescales whose bounded event always follows its
 * trigger (see {@link ChronologyPatterns#awaitedTimescaleIds()}).
 *
 * <p>Source: HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3, and the Norfolk
 * timescales of {@link dev.safeguarding.model.timescales.Timescales}.
 */
final class DeadlineMissedDetector implements PatternDetector {

    private final List<Timescale> timescales;
    /** Whether each of {@link #timescales}, by its place, is one whose awaited deadlines count. */
    private final boolean[] awaited;
    private final WorkingDays calendar;

    DeadlineMissedDetector(List<Timescale> timescales, Set<String> awaitedTimescaleIds, WorkingDays calendar) {
        this.timescales = List.copyOf(timescales);
        this.awaited = new boolean[this.timescales.size()];
        for (int i = 0; i < awaited.length; i++) {
            awaited[i] = awaitedTimescaleIds.contains(this.timescales.get(i).id());
        }
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public PatternKind kind() {
        return PatternKind.DEADLINE_MISSED;
    }

    @Override
    public int scan(List<ChronologyEntry> entries, LocalDate asOf, @Nullable List<ChronologyPattern> found) {
        List<List<ChronologyDeadline>> deadlines = new ArrayList<>(timescales.size());
        ChronologyDeadline.Events events =
                new ChronologyDeadline.Events(entries.toArray(ChronologyDeadline.Events.NONE));
        for (Timescale timescale : timescales) {
            deadlines.add(ChronologyDeadline.all(events, timescale, calendar));
        }
        return scanIn(deadlines, asOf, found);
    }

    /**
     * The patterns among the deadlines of each timescale, given in the order of the detector's timescales, added to
     * {@code found} or, when it is null, only counted, as {@link #scan}; how many there are.
     */
    int scanIn(List<List<ChronologyDeadline>> deadlinesByTimescale, LocalDate asOf,
            @Nullable List<ChronologyPattern> found) {
        int count = 0;
        for (int i = 0; i < timescales.size(); i++) {
            Timescale timescale = timescales.get(i);
            boolean awaitedCounts = awaited[i];
            List<ChronologyDeadline> deadlines = deadlinesByTimescale.get(i);
            for (int d = 0; d < deadlines.size(); d++) {
                ChronologyDeadline deadline = deadlines.get(d);
                if (deadline.completion().isPresent()) {
                    DeadlineOutcome outcome = deadline.outcome().orElseThrow();
                    if (outcome.isLate()) {
                        count++;
                        if (found == null) {
                            continue;
                        }
                        ChronologyEntry done = deadline.completion().get();
                        found.add(pattern(kind(), List.of(deadline.trigger(), done))
                                .timescaleId(timescale.id())
                                .message(due(deadline) + " was met late, on " + done.date() + ": "
                                        + Words.workingDays(outcome.workingDaysLate()) + " ("
                                        + Words.count(outcome.calendarDaysLate(), "calendar day", "calendar days")
                                        + ") late.")
                                .build());
                    }
                } else if (awaitedCounts && asOf.isAfter(deadline.deadline().dueDate())) {
                    count++;
                    if (found == null) {
                        continue;
                    }
                    int overdue = deadline.status(asOf).orElseThrow().workingDaysOverdue();
                    found.add(pattern(kind(), List.of(deadline.trigger()))
                            .timescaleId(timescale.id())
                            .toDate(asOf)
                            .message(due(deadline) + " is not recorded and was " + Words.workingDays(overdue) + " overdue on "
                                    + asOf + ".")
                            .build());
                }
            }
        }
        return count;
    }

    /** The deadline in words, for a pattern's message: made only for a deadline that is a pattern. */
    private static String due(ChronologyDeadline deadline) {
        Timescale timescale = deadline.timescale();
        return timescale.label() + " due by " + deadline.deadline().dueDate() + " (" + timescale.amount() + " "
                + timescale.unit().label() + " from the " + timescale.triggerEvent().label().toLowerCase(Locale.ROOT)
                + " on " + deadline.trigger().date() + ")";
    }
}
