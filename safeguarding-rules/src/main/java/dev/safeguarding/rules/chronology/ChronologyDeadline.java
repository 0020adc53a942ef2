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
import java.util.ArrayList;
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
        return all(ChronologyPatterns.upTo(chronology.entries(), asOf), timescale, calendar);
    }

    /** As {@link #all(Chronology, Timescale, WorkingDays)}, over entries already in chronological order. */
    static List<ChronologyDeadline> all(List<ChronologyEntry> entries, Timescale timescale, WorkingDays calendar) {
        Objects.requireNonNull(timescale, "timescale");
        Objects.requireNonNull(calendar, "calendar");
        TimescaleEvent triggerEvent = timescale.triggerEvent();
        TimescaleEvent boundedEvent = timescale.boundedEvent();
        boolean same = triggerEvent.equals(boundedEvent);
        List<ChronologyDeadline> deadlines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ChronologyEntry trigger = entries.get(i);
            if (!trigger.records(triggerEvent)) {
                continue;
            }
            LocalDate nextTrigger = null;
            if (!same) {
                for (int j = i + 1; j < entries.size(); j++) {
                    ChronologyEntry next = entries.get(j);
                    if (next.records(triggerEvent) && next.date().isAfter(trigger.date())) {
                        nextTrigger = next.date();
                        break;
                    }
                }
            }
            LocalDate planEnd = null;
            if (same) {
                for (ChronologyEntry entry : entries) {
                    if (entry.kind() == ChronologyEntryKind.PLAN_END && !entry.date().isBefore(trigger.date())) {
                        planEnd = entry.date();
                        break;
                    }
                }
            }
            LocalDate cutOff = same ? planEnd : nextTrigger;
            ChronologyEntry completion = null;
            for (int j = same ? i + 1 : 0; j < entries.size(); j++) {
                ChronologyEntry candidate = entries.get(j);
                if (candidate.date().isBefore(trigger.date()) || j == i || !candidate.records(boundedEvent)) {
                    continue;
                }
                if (cutOff != null && candidate.date().isAfter(cutOff)) {
                    break;
                }
                completion = candidate;
                break;
            }
            Deadline deadline = timescale.dueFrom(trigger.date(), calendar);
            if (completion == null && planEnd != null && !planEnd.isAfter(deadline.dueDate())) {
                continue;   // the plan ended before the next review fell due: no deadline
            }
            deadlines.add(new ChronologyDeadline(deadline, trigger, completion));
        }
        return List.copyOf(deadlines);
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
        return completion().map(c -> deadline.outcome(c.date()));
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
