package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.calendar.WorkingDays;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a row of a {@link SafetyPlan} is to be done: the column "By when (enter timescales)". Either a
 * {@linkplain #date() date}, or a {@linkplain #timescale() timescale} counted from a {@linkplain
 * #trigger() trigger date} on a working-day calendar ({@link Timescale#dueFrom(LocalDate, WorkingDays)}),
 * and optionally a note of what the date is for, as in the Somerset example: "13/06/2017 – 6 month ages
 * and stages developmental check (home visit)" is the date 13 June 2017 with the note "6 month ages and
 * stages developmental check (home visit)".
 *
 * <p>Rejected at construction, naming the field: neither or both of a date and a timescale
 * ({@code date}); a timescale without its trigger date or a trigger without a timescale
 * ({@code trigger}); a blank note.
 *
 * <p>The note may describe the family's circumstances: {@link #toString()} never shows it.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link SafetyPlanRow}, whose plan's
 * constraint {@code SafetyPlanTimescalesSet} checks that each row has one; the builder refuses what makes no
 * sense, and the guidance ("enter timescales") sets no other rule.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Format of Safety Plan"; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023),
 * "Recording what we do and the decisions we take" ("record the decisions, the people responsible for
 * actions and the timescales").
 */
@Value.Immutable
public abstract class ByWhen {

    /** The date by which the row is to be done, when a date was set. */
    public abstract Optional<LocalDate> date();

    /** The timescale within which the row is to be done, when one was set. */
    public abstract Optional<Timescale> timescale();

    /** The date the timescale counts from; present exactly when the timescale is. */
    public abstract Optional<LocalDate> trigger();

    /** What the date is for, where recorded ("6 month ages and stages developmental check (home visit)"). */
    public abstract Optional<String> note();

    /** By {@code date}. */
    public static ByWhen on(LocalDate date) {
        return builder().date(date).build();
    }

    /** By {@code date}, with a note of what the date is for. */
    public static ByWhen on(LocalDate date, String note) {
        return builder().date(date).note(note).build();
    }

    /** Within {@code timescale}, counted from {@code trigger}. */
    public static ByWhen within(Timescale timescale, LocalDate trigger) {
        return builder().timescale(timescale).trigger(trigger).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ByWhen}; {@code build()} checks that exactly one of a date and a timescale is given. */
    public static final class Builder extends ImmutableByWhen.Builder {
    }

    /** Whether the row is due within a timescale rather than by a date. */
    public boolean isTimescale() {
        return timescale().isPresent();
    }

    /**
     * The due date: the date, or the due date of the timescale from its trigger on {@code calendar}.
     *
     * @throws NullPointerException if {@code calendar} is null
     * @throws DateTimeException    if the trigger or the due date is outside the calendar's coverage
     */
    public LocalDate dueDate(WorkingDays calendar) {
        Objects.requireNonNull(calendar, "calendar");
        if (date().isPresent()) {
            return date().get();
        }
        return timescale().orElseThrow().dueFrom(trigger().orElseThrow(), calendar).dueDate();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("note", note());
        Checks.require(date().isPresent() != timescale().isPresent(), "date",
                "exactly one of a date and a timescale must be given");
        Checks.require(timescale().isPresent() == trigger().isPresent(), "trigger",
                "a timescale needs its trigger date, and a trigger date needs a timescale");
        note().ifPresent(n -> Checks.notBlank(n, "note"));
    }

    /** The date, or the timescale's id and its trigger; never the note. */
    @Override
    public String toString() {
        return "ByWhen{" + date().map(LocalDate::toString)
                .orElseGet(() -> timescale().orElseThrow().id() + " from " + trigger().orElseThrow())
                + (note().isPresent() ? ", noted" : "") + "}";
    }
}
