package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline of a timescale followed through a chronology: the entry that triggered it (a referral
 * received, a strategy discussion), the {@link Deadline} it set, and the entry that met it, if the
 * chronology holds one (the assessment concluded, the initial child protection conference).
 *
 * <pre>{@code
 * for (ChronologyDeadline d : ChronologyDeadline.all(chronology, Timescales.ASSESSMENT, UkCalendars.englandAndWales())) {
 *     d.outcome();          // met on time, or late by so many working days, once the assessment is concluded
 *     d.status(asOf);       // due later, due today or overdue, while it is awaited
 * }
 * }</pre>
 *
 * <p>How entries are paired (the guidance is silent on records; this is the library's reading): the
 * entries that record the timescale's {@linkplain Timescale#triggerEvent() trigger event} each set a
 * deadline; it is met by the first entry recording the {@linkplain Timescale#boundedEvent() bounded event}
 * dated on or after the trigger and no later than the next trigger of the same timescale (a later referral
 * starts a clock of its own). When the trigger and bounded events are the same (review conferences at
 * intervals), the next such entry meets it, as long as the plan lasts: the first plan end ({@link
 * ChronologyEntryKind#PLAN_END}) on or after the review stops the clock, and if it comes on or before the
 * next review's due date the review sets no deadline at all (the last review of a plan is followed by none). An entry may meet more than one deadline (an assessment
 * concluded after two referrals close together meets both). Where more than one strategy discussion is
 * held, Working Together counts from the one at which section 47 enquiries were initiated; the chronology
 * does not say which that was, so each sets a deadline and the conference is measured from the last
 * before it.
 *
 * <p>Immutable and safe to share between threads.
 *
 * <p>Sources: HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3; Somerset
 * Safeguarding Children Board, practitioner forum (2017), "Key Learning Points" ("Practitioners from other
 * agencies other than CSC do not always understand the complexities, timescales, process ...").
 */
public final class ChronologyDeadline {

    private final Deadline deadline;
    private final ChronologyEntry trigger;
    private final ChronologyEntry completion;
    /**
     * The outcome, worked out when first asked for and kept: a caseload's analysis asks twice for each deadline
     * met (for the timeliness and for the patterns), and each answer counts working days. Not worked out
     * before it is asked for, so that {@link #all} throws nothing it did not throw before. Two threads may
     * both work it out; they find equal values, and a {@code DeadlineOutcome} is immutable.
     */
    private DeadlineOutcome outcome;

    private ChronologyDeadline(Deadline deadline, ChronologyEntry trigger, ChronologyEntry completion) {
        this.deadline = deadline;
        this.trigger = trigger;
        this.completion = completion;
    }

    /**
     * The deadlines {@code timescale} sets in {@code chronology}, in the order of their triggers, each with
     * the entry that met it, if any.
     *
     * @throws NullPointerException        if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public static List<ChronologyDeadline> all(Chronology chronology, Timescale timescale, WorkingDays calendar) {
        return all(chronology.entries(), timescale, calendar);
    }

    /**
     * The deadlines {@code timescale} sets in {@code chronology} as it stood on {@code asOf}: only entries dated
     * on or before {@code asOf} are read, so a deadline met after it is awaited.
     *
     * @throws NullPointerException        if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public static List<ChronologyDeadline> all(Chronology chronology, Timescale timescale, WorkingDays calendar,
            LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return all(new Events(ChronologyPatterns.upTo(chronology, asOf)), timescale, calendar);
    }

    /**
     * As {@link #all(Chronology, Timescale, WorkingDays)}, over entries already in chronological order. One
     * pass over the entries finds the triggers, the entries that record the bounded event and the ends of
     * plans; each trigger then finds its completion, the next trigger and the end of its plan by moving
     * forward through those lists, never back: linear in the number of entries (a nested search for each
     * trigger was quadratic).
     */
    static List<ChronologyDeadline> all(List<ChronologyEntry> entries, Timescale timescale, WorkingDays calendar) {
        return all(new Events(entries.toArray(Events.NONE)), timescale, calendar);
    }

    /**
     * The entries of a chronology as the deadlines of every timescale need them, read once for all the
     * timescales of a reading (a caseload's analysis follows eight per case): the entries as an array, the
     * places of those that record an event with the identifier of each one's event, and the places of the ends
     * of plans, with room for the places of one timescale's triggers and bounded entries. Each timescale then
     * looks only at the entries that record an event (a few of a chronology's), and reads an array rather than
     * whichever list the chronology holds. Not thread-safe: one per reading.
     */
    static final class Events {

        static final ChronologyEntry[] NONE = new ChronologyEntry[0];

        final ChronologyEntry[] entries;
        /** The places of the entries that record an event, in order; {@code recordingCount} of them. */
        final int[] recording;
        /** The identifier of the event each of {@link #recording} records. */
        final String[] eventIds;
        final int recordingCount;
        final int[] planEnds;
        final int planEndCount;
        final int[] triggers;
        final int[] bounded;

        /** {@code entries} are kept, not copied: the caller gives up the array. */
        Events(ChronologyEntry[] entries) {
            this.entries = entries;
            int size = entries.length;
            int[] places = new int[size];
            String[] ids = new String[size];
            int[] ends = new int[size];
            int recorded = 0;
            int endCount = 0;
            for (int i = 0; i < size; i++) {
                ChronologyEntry entry = entries[i];
                Optional<TimescaleEvent> event = entry.timescaleEvent();
                if (event.isPresent()) {
                    places[recorded] = i;
                    ids[recorded++] = event.get().id();
                }
                if (entry.kind() == ChronologyEntryKind.PLAN_END) {
                    ends[endCount++] = i;
                }
            }
            recording = places;
            eventIds = ids;
            recordingCount = recorded;
            planEnds = ends;
            planEndCount = endCount;
            triggers = new int[recorded];
            bounded = new int[recorded];
        }
    }

    /** As {@link #all(List, Timescale, WorkingDays)}, over entries already read. */
    static List<ChronologyDeadline> all(Events events, Timescale timescale, WorkingDays calendar) {
        Objects.requireNonNull(timescale, "timescale");
        Objects.requireNonNull(calendar, "calendar");
        ChronologyEntry[] entries = events.entries;
        TimescaleEvent triggerEvent = timescale.triggerEvent();
        TimescaleEvent boundedEvent = timescale.boundedEvent();
        String triggerId = triggerEvent.id();
        String boundedId = boundedEvent.id();
        boolean same = triggerEvent.equals(boundedEvent);
        int[] triggers = events.triggers;
        int[] bounded = events.bounded;
        int[] planEnds = events.planEnds;
        int triggerCount = 0;
        int boundedCount = 0;
        int planEndCount = events.planEndCount;
        for (int r = 0; r < events.recordingCount; r++) {
            String eventId = events.eventIds[r];
            // as ChronologyEntry.records: the same identifier (the label does not count)
            if (eventId.equals(triggerId)) {
                triggers[triggerCount++] = events.recording[r];
            }
            if (eventId.equals(boundedId)) {
                bounded[boundedCount++] = events.recording[r];
            }
        }
        if (triggerCount == 0) {
            return List.of();
        }
        ChronologyDeadline[] deadlines = new ChronologyDeadline[triggerCount];
        int count = 0;
        int nextTrigger = 0;   // the first trigger dated after the current one
        int nextPlanEnd = 0;   // the first end of a plan dated on or after the current trigger
        int nextBounded = 0;   // the first bounded entry that may complete the current trigger
        for (int t = 0; t < triggerCount; t++) {
            int i = triggers[t];
            ChronologyEntry trigger = entries[i];
            LocalDate date = trigger.date();
            LocalDate cutOff = null;
            LocalDate planEnd = null;
            if (same) {
                while (nextPlanEnd < planEndCount && entries[planEnds[nextPlanEnd]].date().isBefore(date)) {
                    nextPlanEnd++;
                }
                planEnd = nextPlanEnd < planEndCount ? entries[planEnds[nextPlanEnd]].date() : null;
                cutOff = planEnd;
                while (nextBounded < boundedCount && bounded[nextBounded] <= i) {
                    nextBounded++;   // the same event: only an entry after the trigger completes it
                }
            } else {
                nextTrigger = Math.max(nextTrigger, t + 1);
                while (nextTrigger < triggerCount && !entries[triggers[nextTrigger]].date().isAfter(date)) {
                    nextTrigger++;
                }
                cutOff = nextTrigger < triggerCount ? entries[triggers[nextTrigger]].date() : null;
                while (nextBounded < boundedCount && entries[bounded[nextBounded]].date().isBefore(date)) {
                    nextBounded++;
                }
            }
            ChronologyEntry completion = null;
            for (int b = nextBounded; b < boundedCount; b++) {
                if (bounded[b] == i) {
                    continue;   // an entry that records both events does not complete itself
                }
                ChronologyEntry candidate = entries[bounded[b]];
                if (cutOff == null || !candidate.date().isAfter(cutOff)) {
                    completion = candidate;
                }
                break;
            }
            Deadline deadline = timescale.dueFrom(date, calendar);
            if (completion == null && planEnd != null && !planEnd.isAfter(deadline.dueDate())) {
                continue;   // the plan ended before the next review fell due: no deadline
            }
            deadlines[count++] = new ChronologyDeadline(deadline, trigger, completion);
        }
        return count == triggerCount ? List.of(deadlines) : List.of(Arrays.copyOf(deadlines, count));
    }

    /** The timescale. */
    public Timescale timescale() {
        return deadline.timescale();
    }

    /** The deadline the trigger set. */
    public Deadline deadline() {
        return deadline;
    }

    /** The entry that triggered the deadline. */
    public ChronologyEntry trigger() {
        return trigger;
    }

    /** The entry that met the deadline, on time or late; empty while it is awaited. */
    public Optional<ChronologyEntry> completion() {
        return Optional.ofNullable(completion);
    }

    /** Met on time or late, once completed; empty while awaited. */
    public Optional<DeadlineOutcome> outcome() {
        if (completion == null) {
            return Optional.empty();
        }
        DeadlineOutcome known = outcome;
        if (known == null) {
            known = deadline.outcome(completion.date());
            outcome = known;
        }
        return Optional.of(known);
    }

    /**
     * Where the deadline stands on {@code asOf} while awaited; empty once completed (see {@link #outcome()}).
     *
     * @throws java.time.DateTimeException if {@code asOf} is outside the calendar's coverage
     */
    public Optional<DeadlineStatus> status(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return completion == null ? Optional.of(deadline.status(asOf)) : Optional.empty();
    }

    /** Whether the deadline was met late, or is awaited and overdue on {@code asOf}. */
    public boolean isMissed(LocalDate asOf) {
        return completion == null ? asOf.isAfter(deadline.dueDate()) : completion.date().isAfter(deadline.dueDate());
    }

    /** The timescale's id, the trigger and completion entries' identifiers and the due date. */
    @Override
    public String toString() {
        return "ChronologyDeadline{" + deadline.timescale().id() + ", trigger " + trigger.id() + " on "
                + trigger.date() + ", due " + deadline.dueDate()
                + (completion == null ? ", awaited" : ", completed by " + completion.id() + " on " + completion.date())
                + "}";
    }
}
