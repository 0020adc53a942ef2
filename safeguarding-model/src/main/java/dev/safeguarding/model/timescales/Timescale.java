package dev.safeguarding.model.timescales;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A timescale of the guidance, as data: "an initial child protection conference within 15 working
 * days of the strategy discussion" is the amount 15, the unit {@linkplain TimescaleUnit#WORKING_DAYS
 * working days}, the trigger event {@linkplain TimescaleEvent#STRATEGY_DISCUSSION strategy discussion},
 * the bounded event {@linkplain TimescaleEvent#INITIAL_CHILD_PROTECTION_CONFERENCE initial child
 * protection conference}, the counting convention, and the passage it comes from.
 *
 * <pre>{@code
 * Timescale t = Timescales.byId("wt2023.initial-child-protection-conference");
 * Deadline d = t.dueFrom(strategyDiscussion, UkCalendars.englandAndWales());
 * d.dueDate(); d.status(today);
 * }</pre>
 *
 * <p>The timescales of Working Together 2023 and of the Norfolk procedures are in the catalogue
 * {@link Timescales}; a vendor builds its own with {@link #builder()}.
 *
 * <p>How the due date is counted ({@link #dueFrom(LocalDate, WorkingDays)}):
 * <ul>
 *   <li>working days, {@linkplain CountingConvention#EXCLUSIVE exclusive} (the default): {@code
 *       calendar.plusWorkingDays(trigger, amount)}; so a trigger on a weekend day or bank holiday counts
 *       the next working day as day 1;</li>
 *   <li>working days, {@linkplain CountingConvention#INCLUSIVE inclusive}: {@code
 *       calendar.plusWorkingDays(trigger, amount - 1)} when the trigger day is a working day, otherwise
 *       as exclusive;</li>
 *   <li>calendar days, weeks, months: {@code trigger.plusDays(amount)}, {@code plusWeeks}, {@code
 *       plusMonths} (31 January + 1 month = 28 or 29 February), less one day when inclusive. The due
 *       date is not moved off a weekend or holiday: the guidance does not say to move it, so the
 *       deadline keeps the statutory date and also offers {@link Deadline#lastWorkingDay()}.</li>
 * </ul>
 *
 * <p>Rejected at construction, with the field named: a blank id, label or description; an id not of
 * the form {@code words.joined-by-dots-and-hyphens}; an amount below 1 or above the unit's
 * {@linkplain TimescaleUnit#maximumAmount() maximum}.
 *
 * <p>Sources: HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3,
 * "Providing help, support and protection"; the library's notes {@code
 * docs/timescales.md}.
 */
@Value.Immutable
public abstract class Timescale {

    /**
     * A stable identifier, such as {@code wt2023.initial-child-protection-conference}: lower-case
     * letters and digits in words joined by {@code .} or {@code -}, starting with a letter. The
     * library's own start with {@code wt2023.} or {@code norfolk.}; a vendor's should start with a
     * prefix of its own.
     */
    public abstract String id();

    /** A short name for the timescale ("Initial child protection conference"). */
    public abstract String label();

    /** The timescale in the guidance's words ("within 15 working days of the strategy discussion"). */
    public abstract String description();

    /** How many units the timescale allows: at least 1, at most the unit's maximum. */
    public abstract int amount();

    /** What the amount counts. */
    public abstract TimescaleUnit unit();

    /** Whether the trigger day counts; {@link CountingConvention#EXCLUSIVE} unless set. */
    @Value.Default
    public CountingConvention convention() {
        return CountingConvention.EXCLUSIVE;
    }

    /** The event the timescale is counted from. */
    public abstract TimescaleEvent triggerEvent();

    /** The event that must happen within the timescale. */
    public abstract TimescaleEvent boundedEvent();

    /** The guidance the timescale comes from. */
    public abstract SourcePassage source();

    /** A builder; every field but the convention is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code timescale}, to change one field of it. */
    public static Builder builder(Timescale timescale) {
        Builder builder = new Builder();
        builder.from(timescale);
        return builder;
    }

    /** Builds a {@link Timescale}; {@code build()} checks the id, the texts and the amount. */
    public static final class Builder extends ImmutableTimescale.Builder {
    }

    /**
     * This timescale counted under {@code convention}; the same timescale if it already is.
     *
     * @throws NullPointerException if {@code convention} is null
     */
    public Timescale withConvention(CountingConvention convention) {
        Objects.requireNonNull(convention, "convention");
        return convention == convention() ? this : builder(this).convention(convention).build();
    }

    /**
     * The deadline this timescale sets for an event triggered on {@code trigger}, counted on
     * {@code calendar} under this timescale's {@linkplain #convention() convention} (see the class
     * description for each unit).
     *
     * @param trigger  the date of the trigger event (a referral, a strategy discussion)
     * @param calendar the working days to count on, usually {@code UkCalendars.englandAndWales()}
     * @throws NullPointerException if either argument is null
     * @throws DateTimeException    if the trigger or the due date is outside the calendar's coverage
     */
    public final Deadline dueFrom(LocalDate trigger, WorkingDays calendar) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(calendar, "calendar");
        boolean inclusive = convention() == CountingConvention.INCLUSIVE;
        int amount = amount();
        LocalDate due;
        switch (unit()) {
            case WORKING_DAYS:
                // plusWorkingDays checks that the trigger and the result are covered
                return new Deadline(this, trigger, calendar.plusWorkingDays(trigger,
                        inclusive && calendar.isWorkingDay(trigger) ? amount - 1 : amount), calendar);
            case CALENDAR_DAYS:
                due = trigger.plusDays(amount);
                break;
            case WEEKS:
                due = trigger.plusWeeks(amount);
                break;
            case MONTHS:
                due = trigger.plusMonths(amount);
                break;
            default:
                throw new AssertionError(unit());
        }
        if (inclusive) {
            due = due.minusDays(1);
        }
        // the status and outcome count working days on the calendar: both dates must be covered
        calendar.isWorkingDay(trigger);
        calendar.isWorkingDay(due);
        return new Deadline(this, trigger, due, calendar);
    }

    /**
     * Checks the fields.
     *
     * @throws dev.safeguarding.model.InvalidValueException naming the field and the rule
     */
    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "label", label(), "description", description());
        Checks.require(id() != null && Checks.isCode(id()), "id",
                "must be lower-case letters and digits in words joined by '.' or '-', starting with a letter");
        Checks.notBlank(label(), "label");
        Checks.notBlank(description(), "description");
        Checks.require(amount() >= 1 && amount() <= unit().maximumAmount(), "amount",
                "must be between 1 and " + unit().maximumAmount() + " " + unit().label());
    }

    /** The id, amount, unit and convention; the texts are left out. */
    @Override
    public String toString() {
        return "Timescale{" + id() + ": " + amount() + " " + unit().label() + " from "
                + triggerEvent().id() + " to " + boundedEvent().id() + ", " + convention().name().toLowerCase(java.util.Locale.ROOT)
                + "}";
    }
}
