package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.PatternDetector.pattern;

import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@link PatternKind#DRIFT}: a plan open (from a plan start to its end) with more than the drift span between
 * one plan start, plan review or meeting and the next, or the plan's end, or the "as of" date. The span is the
 * library's reading (see {@link ChronologyPatterns}).
 *
 * <p>The chronology is read day by day so that the order of one day's entries does not matter: on a day with a
 * plan's end and no start, the plan ends; on a day with a start (while no plan is open) the plan starts, unless
 * it also ends that day; a day with a start, a review or a meeting while a plan is open is the plan's next
 * activity.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Key Learning Points": "Issues
 * in relation to CiN were noted, including drift"; NSCP, <i>Norfolk Guidance to Understanding Continuum of
 * Needs</i> (2023), "Determining the Level of Need or Urgency": "Where a plan has been agreed, this should be
 * reviewed regularly".
 */
record DriftDetector(Period driftSpan) implements PatternDetector {


    @Override
    public PatternKind kind() {
        return PatternKind.DRIFT;
    }

    @Override
    public int scan(List<ChronologyEntry> entries, LocalDate asOf, @Nullable List<ChronologyPattern> found) {
        int count = 0;
        ChronologyEntry lastActivity = null;
        int i = 0;
        while (i < entries.size()) {
            LocalDate day = entries.get(i).date();
            ChronologyEntry start = null;
            ChronologyEntry activity = null;
            ChronologyEntry end = null;
            for (; i < entries.size() && entries.get(i).date().equals(day); i++) {
                ChronologyEntry entry = entries.get(i);
                if (entry.kind() == ChronologyEntryKind.PLAN_END) {
                    end = end == null ? entry : end;
                } else if (isPlanActivity(entry.kind())) {
                    activity = activity == null ? entry : activity;
                    if (entry.kind() == ChronologyEntryKind.PLAN_START && start == null) {
                        start = entry;
                    }
                }
            }
            if (lastActivity == null) {
                if (start != null && end == null) {
                    lastActivity = start;
                }
                continue;
            }
            if (activity == null && end == null) {
                continue;
            }
            ChronologyEntry next = activity != null ? activity : end;
            if (day.isAfter(lastActivity.date().plus(driftSpan))) {
                count++;
                if (found != null) {
                    found.add(drift(List.of(lastActivity, next), lastActivity.date(), day,
                            activity == null ? "the plan's end"
                                    : "the next " + activity.kind().label().toLowerCase(Locale.ROOT)));
                }
            }
            lastActivity = end != null && start == null ? null : activity;
        }
        if (lastActivity != null && asOf.isAfter(lastActivity.date().plus(driftSpan))) {
            count++;
            if (found != null) {
                found.add(drift(List.of(lastActivity), lastActivity.date(), asOf, "the date read as of"));
            }
        }
        return count;
    }

    /** A plan start, a plan review or a meeting: what keeps a plan from drifting. */
    private static boolean isPlanActivity(ChronologyEntryKind kind) {
        return kind == ChronologyEntryKind.PLAN_START || kind == ChronologyEntryKind.PLAN_REVIEW
                || kind == ChronologyEntryKind.MEETING;
    }

    private ChronologyPattern drift(List<ChronologyEntry> support, LocalDate from, LocalDate to, String until) {
        return pattern(kind(), support)
                .toDate(to)
                .message("A plan open with no review or meeting recorded for more than " + Words.period(driftSpan)
                        + ": from the " + support.get(0).kind().label().toLowerCase(Locale.ROOT) + " on "
                        + from + " to " + until + " (" + to + "). Plans should be reviewed regularly; drift is a"
                        + " known issue in Child in Need work and in neglect.")
                .build();
    }
}
