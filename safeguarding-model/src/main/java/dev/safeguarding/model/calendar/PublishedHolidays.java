package dev.safeguarding.model.calendar;

import dev.safeguarding.model.InvalidValueException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An official list of one division's bank holidays for whole calendar years, such as one division of
 * the gov.uk bank-holidays file: {@link WorkingCalendar#withPublishedHolidays(PublishedHolidays)}
 * puts it in place of the calendar's bank holidays for exactly those years, so that a vendor can take
 * a one-off holiday the day gov.uk announces it, without waiting for a release of the library.
 *
 * <p>The years are whole calendar years, {@link #firstYear()} to {@link #lastYear()}: within them the
 * list is taken as complete (a year of the range with no holiday in the list has none). Outside them
 * nothing changes.
 *
 * <p>safeguarding-json's {@code GovUkBankHolidays} reads the gov.uk file into one of these per
 * division, taking the years from the first to the last event's.
 *
 * <p>Source: the library's notes {@code docs/bank-holidays.md}.
 */
public final class PublishedHolidays {

    private final Year firstYear;
    private final Year lastYear;
    private final List<Holiday> holidays;

    private PublishedHolidays(Year firstYear, Year lastYear, List<Holiday> holidays) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.holidays = holidays;
    }

    /**
     * The bank holidays of the years {@code firstYear} to {@code lastYear}, both included.
     *
     * @throws NullPointerException  if an argument or a holiday is null
     * @throws InvalidValueException if {@code lastYear} is before {@code firstYear} ({@code lastYear}), a
     *                               holiday is not a bank holiday or falls outside the years, or two
     *                               holidays share a date ({@code holidays})
     */
    public static PublishedHolidays of(Year firstYear, Year lastYear, List<Holiday> holidays) {
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        Objects.requireNonNull(holidays, "holidays");
        if (lastYear.isBefore(firstYear)) {
            throw new InvalidValueException("lastYear", "must not be before firstYear");
        }
        List<Holiday> sorted = new ArrayList<>(holidays.size());
        Set<java.time.LocalDate> dates = new HashSet<>();
        for (Holiday holiday : holidays) {
            Objects.requireNonNull(holiday, "holidays: an element is null");
            int year = holiday.date().getYear();
            if (holiday.kind() != HolidayKind.BANK_HOLIDAY) {
                throw new InvalidValueException("holidays", "must all be bank holidays");
            }
            if (year < firstYear.getValue() || year > lastYear.getValue()) {
                throw new InvalidValueException("holidays", "must all fall within firstYear to lastYear");
            }
            if (!dates.add(holiday.date())) {
                throw new InvalidValueException("holidays", "must not have two holidays on one date");
            }
            sorted.add(holiday);
        }
        sorted.sort(null);
        return new PublishedHolidays(firstYear, lastYear, List.copyOf(sorted));
    }

    /** The first year the list covers. */
    public Year firstYear() {
        return firstYear;
    }

    /** The last year the list covers. */
    public Year lastYear() {
        return lastYear;
    }

    /** The bank holidays, in date order. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** Whether {@code year} is one of the years the list covers. */
    public boolean covers(int year) {
        return year >= firstYear.getValue() && year <= lastYear.getValue();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PublishedHolidays)) {
            return false;
        }
        PublishedHolidays that = (PublishedHolidays) other;
        return firstYear.equals(that.firstYear) && lastYear.equals(that.lastYear) && holidays.equals(that.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstYear, lastYear, holidays);
    }

    /** The years and the number of holidays. */
    @Override
    public String toString() {
        return "PublishedHolidays{" + firstYear + " to " + lastYear + ", " + holidays.size() + " holidays}";
    }
}
