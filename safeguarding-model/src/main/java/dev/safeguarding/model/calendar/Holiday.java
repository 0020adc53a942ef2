package dev.safeguarding.model.calendar;

import dev.safeguarding.model.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named day that is not a working day: a bank holiday ("Christmas Day", "Early May bank holiday")
 * or a local closure day. A substitute day carries the name of the holiday it stands in for, as
 * gov.uk names it (Christmas Day on a Sunday gives a "Christmas Day" on the Tuesday).
 *
 * <p>Immutable; equal when the date, name and kind are equal.
 *
 * <p>Source: the library's notes {@code docs/bank-holidays.md} and the gov.uk
 * bank-holidays file's event titles.
 */
public final class Holiday implements Comparable<Holiday> {

    private final LocalDate date;
    private final String name;
    private final HolidayKind kind;

    private Holiday(LocalDate date, String name, HolidayKind kind) {
        this.date = date;
        this.name = name;
        this.kind = kind;
    }

    private static Holiday checked(LocalDate date, String name, HolidayKind kind) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new InvalidValueException("name", "must not be blank");
        }
        return new Holiday(date, name, kind);
    }

    /** For the UK rules: a bank holiday whose name is one of the rules' own constants, not checked again. */
    static Holiday ofRule(LocalDate date, String name) {
        return new Holiday(date, name, HolidayKind.BANK_HOLIDAY);
    }

    /**
     * A bank holiday.
     *
     * @throws NullPointerException     if an argument is null
     * @throws InvalidValueException if the name is blank
     */
    public static Holiday of(LocalDate date, String name) {
        return checked(date, name, HolidayKind.BANK_HOLIDAY);
    }

    /**
     * A holiday of the given kind.
     *
     * @throws NullPointerException     if an argument is null
     * @throws InvalidValueException if the name is blank
     */
    public static Holiday of(LocalDate date, String name, HolidayKind kind) {
        return checked(date, name, kind);
    }

    /**
     * A local closure day named "Local closure day".
     *
     * @throws NullPointerException if {@code date} is null
     */
    public static Holiday closure(LocalDate date) {
        return new Holiday(Objects.requireNonNull(date, "date"), HolidayKind.LOCAL_CLOSURE.label(),
                HolidayKind.LOCAL_CLOSURE);
    }

    /** The day. */
    public LocalDate date() {
        return date;
    }

    /** The holiday's name, as gov.uk titles it for bank holidays. */
    public String name() {
        return name;
    }

    /** A bank holiday or a local closure. */
    public HolidayKind kind() {
        return kind;
    }

    /** Orders by date, then kind, then name. */
    @Override
    public int compareTo(Holiday other) {
        int byDate = date.compareTo(other.date);
        if (byDate != 0) {
            return byDate;
        }
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Holiday)) {
            return false;
        }
        Holiday that = (Holiday) other;
        return date.equals(that.date) && name.equals(that.name) && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, name, kind);
    }

    /** For example {@code 2024-12-25 Christmas Day}, with {@code (local closure)} for a closure day. */
    @Override
    public String toString() {
        return date + " " + name + (kind == HolidayKind.LOCAL_CLOSURE ? " (local closure)" : "");
    }
}
