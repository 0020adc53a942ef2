package dev.safeguarding.model.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dates a {@link WorkingCalendar} can answer for, and up to when its holidays are <em>published</em>
 * rather than <em>projected by rule</em>.
 *
 * <p>gov.uk publishes bank holidays about two years ahead and announces one-off holidays (a jubilee, a
 * coronation, a state funeral) with days to months of notice. So after {@link #publishedUntil()} a UK
 * calendar follows the regular rules, which cannot know of one-off holidays yet to be announced; a
 * vendor who needs the official list the day it changes overlays the gov.uk file (safeguarding-json's
 * {@code GovUkBankHolidays}). A date outside {@link #start()} to {@link #end()} gets a {@link
 * java.time.DateTimeException} from every calendar operation, never a weekend-only guess.
 *
 * <p>Source: the library's notes {@code docs/bank-holidays.md}.
 */
public final class CalendarCoverage {

    private final LocalDate start;
    private final LocalDate end;
    private final LocalDate publishedUntil;

    CalendarCoverage(LocalDate start, LocalDate end, LocalDate publishedUntil) {
        this.start = start;
        this.end = end;
        this.publishedUntil = publishedUntil;
    }

    /** The first date covered. */
    public LocalDate start() {
        return start;
    }

    /** The last date covered. */
    public LocalDate end() {
        return end;
    }

    /**
     * The last date up to which the holidays are the published list (for the UK calendars, as gov.uk
     * published them); after it, up to {@link #end()}, they are projected by rule. Never after
     * {@link #end()}; for a calendar built from a list of dates, {@link #end()} unless the builder said
     * otherwise.
     */
    public LocalDate publishedUntil() {
        return publishedUntil;
    }

    /**
     * Whether {@code date} is within the coverage.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Whether {@code date} is covered and after {@link #publishedUntil()}, so that its holidays are
     * projected by rule and a one-off holiday not yet announced may still be added.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isProjected(LocalDate date) {
        return contains(date) && date.isAfter(publishedUntil);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CalendarCoverage)) {
            return false;
        }
        CalendarCoverage that = (CalendarCoverage) other;
        return start.equals(that.start) && end.equals(that.end) && publishedUntil.equals(that.publishedUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, publishedUntil);
    }

    /** For example {@code 1990-01-01 to 2099-12-31 (published until 2027-12-31)}. */
    @Override
    public String toString() {
        return start + " to " + end + " (published until " + publishedUntil + ")";
    }
}
