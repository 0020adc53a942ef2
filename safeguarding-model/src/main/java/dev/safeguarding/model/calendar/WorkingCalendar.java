package dev.safeguarding.model.calendar;

import dev.safeguarding.model.InvalidValueException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A calendar of working days: which days are weekends, bank holidays or local closure days, and the
 * arithmetic of counting working days. Get the UK ones from {@link UkCalendars} (England and Wales,
 * the default, Scotland and Northern Ireland); build one for a partnership outside the UK rules with
 * {@link #builder()}.
 *
 * <pre>{@code
 * WorkingCalendar cal = UkCalendars.englandAndWales();
 * cal.isWorkingDay(date);
 * cal.plusWorkingDays(from, 15);            // the 15th working day after 'from'
 * cal.workingDaysBetween(from, to);         // working days d with from < d <= to
 * cal.withClosures(List.of(LocalDate.of(2024, 12, 27)));   // a council's closure days
 * date.with(cal.nextWorkingDay());          // as a TemporalAdjuster
 * }</pre>
 *
 * <p>Counting (the library's design, for every calendar):
 * <ul>
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(a, b)} counts the working
 *       days {@code d} with {@code a < d <= b}; it is negative when {@code b < a}, additive over
 *       adjacent ranges and antisymmetric;</li>
 *   <li>{@link #plusWorkingDays(LocalDate, int) plusWorkingDays(a, n)} for {@code n >= 1} is the
 *       {@code n}-th working day after {@code a}, the working day {@code b} with {@code
 *       workingDaysBetween(a, b) == n}; for {@code n == 0} it is {@code a}; for {@code n < 0} it is the
 *       mirror image, the {@code |n|}-th working day before {@code a}. When {@code a} is a working day,
 *       {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n} for every {@code n}, and adding
 *       {@code n} then {@code -n} returns to {@code a}. When {@code a} is not a working day and {@code n
 *       < 0}, the interval {@code (b, a]} holds one working day fewer than {@code |n|}: one working day
 *       before Saturday is Friday, and {@code workingDaysBetween(Saturday, Friday) == 0}.</li>
 * </ul>
 *
 * <p>Speed: everything is precomputed when the calendar is built. For each day of the coverage an
 * {@code int} holds the running count of working days and whether the day is one, and a second array
 * lists the working days in order; so {@code isWorkingDay}, {@code workingDaysBetween} and {@code
 * plusWorkingDays} are O(1) whatever the span (two or three array reads), and listing the holidays
 * of a year is O(log n). A UK calendar of 110 years holds about 40,000 + 29,000 {@code int}s (about
 * 280 KB) plus its holidays.
 *
 * <p>Coverage: every operation on a date outside {@link #coverage()} throws a {@link
 * DateTimeException} stating the coverage, and so does an answer that would fall outside it; there is
 * never a silent weekend-only answer. Messages name the parameter, never the date itself.
 *
 * <p>Immutable and safe to share between threads; the {@code with...} methods return new calendars.
 *
 * <p>Sources: the library's notes ({@code docs/timescales.md}, "Working days: what vendors and their tests
 * rely on"; {@code docs/bank-holidays.md}).
 */
public final class WorkingCalendar implements WorkingDays {

    /** The longest coverage a calendar may have: 146,097 days, one 400-year Gregorian cycle. */
    public static final int MAXIMUM_COVERAGE_DAYS = 146_097;

    private final String name;
    private final CalendarCoverage coverage;
    private final long startEpochDay;
    private final Set<DayOfWeek> weekendDays;
    /** Bank holidays, in date order, at most one per date. */
    private final Holiday[] bankHolidays;
    /** Local closure days, in date order, at most one per date. */
    private final Holiday[] closures;
    /** One holiday per non-working weekday or weekend holiday date, the bank holiday where both. */
    private final Holiday[] listed;
    /** For day offset i: (working days in [start, start + i]) << 1 | (1 if day i is a working day). */
    private final int[] counts;
    /** The offsets from the start of the working days, ascending. */
    private final int[] workingDayOffsets;
    /** The hash code, computed on first use (0 until then; racy but idempotent, as String's). */
    private int hash;

    private WorkingCalendar(String name, LocalDate start, LocalDate end, LocalDate publishedUntil,
            Set<DayOfWeek> weekendDays, Holiday[] bankHolidays, Holiday[] closures) {
        this.name = name;
        this.coverage = new CalendarCoverage(start, end, publishedUntil);
        this.startEpochDay = start.toEpochDay();
        this.weekendDays = Collections.unmodifiableSet(EnumSet.copyOf(weekendDays));
        this.bankHolidays = bankHolidays;
        this.closures = closures;
        this.listed = closures.length == 0 ? bankHolidays : merge(bankHolidays, closures);

        int days = Math.toIntExact(end.toEpochDay() - startEpochDay + 1);
        int[] counts = new int[days];
        for (Holiday holiday : listed) {
            counts[(int) (holiday.date().toEpochDay() - startEpochDay)] = -1;
        }
        int weekendMask = 0;
        for (DayOfWeek day : weekendDays) {
            weekendMask |= 1 << (day.getValue() - 1);
        }
        // one pass over the days (a calendar is often built in a JVM that has not compiled this loop
        // yet, so it is kept short): the running count and flag per day, and the working days' offsets
        int dayOfWeek = start.getDayOfWeek().getValue() - 1;
        int[] offsets = new int[days];
        int working = 0;
        for (int i = 0; i < days; i++) {
            if (counts[i] == 0 && (weekendMask & (1 << dayOfWeek)) == 0) {
                offsets[working++] = i;
                counts[i] = working << 1 | 1;
            } else {
                counts[i] = working << 1;
            }
            if (++dayOfWeek == 7) {
                dayOfWeek = 0;
            }
        }
        offsets = Arrays.copyOf(offsets, working);
        this.counts = counts;
        this.workingDayOffsets = offsets;
    }

    /**
     * A calendar for a partnership outside the UK rules, from a set of holiday dates and weekend days;
     * every holiday is named "Holiday". The holidays are taken as published for the whole coverage.
     * For named holidays, closure days or a date up to which the list is published, use {@link
     * #builder()}.
     *
     * @param name        the calendar's name, for messages ("States of Jersey")
     * @param start       the first date covered
     * @param end         the last date covered
     * @param weekendDays the days of the week that are never working days (usually Saturday and Sunday)
     * @param holidays    the holiday dates, all within {@code start} to {@code end}; duplicates are ignored
     * @throws NullPointerException  if an argument or an element is null
     * @throws InvalidValueException as {@link Builder#build()}
     * @throws DateTimeException     if a holiday is outside the coverage
     */
    public static WorkingCalendar of(String name, LocalDate start, LocalDate end, Set<DayOfWeek> weekendDays,
            Collection<LocalDate> holidays) {
        return builder().name(name).coverage(start, end).weekendDays(weekendDays).holidayDates(holidays).build();
    }

    /** A builder of a calendar from dates, for a partnership outside the UK rules. */
    public static Builder builder() {
        return new Builder();
    }

    /** The calendar's name ("England and Wales", or the name a builder gave it). */
    public String name() {
        return name;
    }

    /** The dates the calendar covers, and up to when its holidays are published rather than projected. */
    public CalendarCoverage coverage() {
        return coverage;
    }

    /** The last date whose holidays are published rather than projected by rule; as {@code coverage()}. */
    public LocalDate publishedUntil() {
        return coverage.publishedUntil();
    }

    /** The days of the week that are never working days. */
    public Set<DayOfWeek> weekendDays() {
        return weekendDays;
    }

    // ---------------------------------------------------------------- the arithmetic

    /**
     * Whether {@code date} is a working day: not a weekend day, bank holiday or closure day.
     *
     * @throws NullPointerException if {@code date} is null
     * @throws DateTimeException    if {@code date} is outside the coverage
     */
    @Override
    public boolean isWorkingDay(LocalDate date) {
        return (counts[offset(date, "date")] & 1) != 0;
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code n >= 1}), {@code from} itself ({@code n ==
     * 0}), or the {@code |n|}-th working day before it ({@code n < 0}); see the class description. O(1).
     *
     * @throws NullPointerException if {@code from} is null
     * @throws DateTimeException    if {@code from} or the result is outside the coverage
     */
    @Override
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        return plus(from, n, "from");
    }

    /**
     * {@code plusWorkingDays(from, -n)}: the {@code n}-th working day before {@code from} for {@code n >=
     * 1}.
     *
     * @throws NullPointerException if {@code from} is null
     * @throws DateTimeException    if {@code from} or the result is outside the coverage
     */
    public LocalDate minusWorkingDays(LocalDate from, int n) {
        return plus(from, -(long) n, "from");
    }

    /**
     * The number of working days {@code d} with {@code from < d <= to}; negative ({@code
     * -workingDaysBetween(to, from)}) when {@code to} is before {@code from}. O(1).
     *
     * @throws NullPointerException if either date is null
     * @throws DateTimeException    if either date is outside the coverage
     */
    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int a = counts[offset(from, "from")];
        int b = counts[offset(to, "to")];
        return (b >> 1) - (a >> 1);
    }

    /**
     * The first working day after {@code date} (never {@code date} itself).
     *
     * @throws NullPointerException if {@code date} is null
     * @throws DateTimeException    if {@code date} or the result is outside the coverage
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plus(date, 1, "date");
    }

    /**
     * The last working day before {@code date} (never {@code date} itself).
     *
     * @throws NullPointerException if {@code date} is null
     * @throws DateTimeException    if {@code date} or the result is outside the coverage
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        return plus(date, -1, "date");
    }

    /**
     * {@code date} if it is a working day, otherwise the first working day after it.
     *
     * @throws NullPointerException if {@code date} is null
     * @throws DateTimeException    if {@code date} or the result is outside the coverage
     */
    @Override
    public LocalDate nextOrSameWorkingDay(LocalDate date) {
        return (counts[offset(date, "date")] & 1) != 0 ? date : plus(date, 1, "date");
    }

    /**
     * {@code date} if it is a working day, otherwise the last working day before it.
     *
     * @throws NullPointerException if {@code date} is null
     * @throws DateTimeException    if {@code date} or the result is outside the coverage
     */
    @Override
    public LocalDate previousOrSameWorkingDay(LocalDate date) {
        return (counts[offset(date, "date")] & 1) != 0 ? date : plus(date, -1, "date");
    }

    /**
     * {@link #nextWorkingDay(LocalDate)} as an adjuster: {@code date.with(cal.nextWorkingDay())}. Works
     * on any temporal with a date ({@code LocalDate}, {@code LocalDateTime}, {@code ZonedDateTime}),
     * keeping its time of day: the JDK's {@link TemporalAdjusters#ofDateAdjuster} over the date.
     */
    public TemporalAdjuster nextWorkingDay() {
        return TemporalAdjusters.ofDateAdjuster(this::nextWorkingDay);
    }

    /** {@link #previousWorkingDay(LocalDate)} as an adjuster; see {@link #nextWorkingDay()}. */
    public TemporalAdjuster previousWorkingDay() {
        return TemporalAdjusters.ofDateAdjuster(this::previousWorkingDay);
    }

    /** {@link #nextOrSameWorkingDay(LocalDate)} as an adjuster; see {@link #nextWorkingDay()}. */
    public TemporalAdjuster nextOrSameWorkingDay() {
        return TemporalAdjusters.ofDateAdjuster(this::nextOrSameWorkingDay);
    }

    /** {@link #previousOrSameWorkingDay(LocalDate)} as an adjuster; see {@link #nextWorkingDay()}. */
    public TemporalAdjuster previousOrSameWorkingDay() {
        return TemporalAdjusters.ofDateAdjuster(this::previousOrSameWorkingDay);
    }

    // ---------------------------------------------------------------- the holidays

    /**
     * Whether {@code date} is a bank holiday or closure day of this calendar (a substitute day is one;
     * the weekend day it stands in for is not).
     *
     * @throws NullPointerException if {@code date} is null
     * @throws DateTimeException    if {@code date} is outside the coverage
     */
    public boolean isHoliday(LocalDate date) {
        offset(date, "date");
        return find(listed, date) >= 0;
    }

    /**
     * The holiday on {@code date}, if any; where a closure day falls on a bank holiday, the bank
     * holiday.
     *
     * @throws NullPointerException if {@code date} is null
     * @throws DateTimeException    if {@code date} is outside the coverage
     */
    public Optional<Holiday> holiday(LocalDate date) {
        offset(date, "date");
        int i = find(listed, date);
        return i >= 0 ? Optional.of(listed[i]) : Optional.empty();
    }

    /**
     * The bank holidays and closure days of {@code year}, in date order, one per date.
     *
     * @throws DateTimeException if no day of {@code year} is covered
     */
    public List<Holiday> holidays(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (last.isBefore(coverage.start()) || first.isAfter(coverage.end())) {
            throw outside("year");
        }
        return between(listed, first, last);
    }

    /**
     * The bank holidays and closure days from {@code from} to {@code to}, both included, in date order.
     *
     * @throws NullPointerException if either date is null
     * @throws DateTimeException    if either date is outside the coverage
     * @throws InvalidValueException if {@code to} is before {@code from}
     */
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        offset(from, "from");
        offset(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "must not be before from");
        }
        return between(listed, from, to);
    }

    /** Every bank holiday and closure day of the coverage, in date order, one per date. */
    public List<Holiday> holidays() {
        return List.of(listed);
    }

    // ---------------------------------------------------------------- new calendars

    /**
     * This calendar with local closure days added, each named "Local closure day": for example a
     * council's days between Christmas and New Year. A closure day on a weekend or bank holiday changes
     * no count (it is listed, unless a bank holiday has the date); one already closed is ignored.
     *
     * @param localClosureDays the closure days, all within the coverage
     * @throws NullPointerException if the collection or an element is null
     * @throws DateTimeException    if a day is outside the coverage
     */
    public WorkingCalendar withClosures(Collection<LocalDate> localClosureDays) {
        Objects.requireNonNull(localClosureDays, "localClosureDays");
        List<Holiday> added = new ArrayList<>(localClosureDays.size());
        for (LocalDate day : localClosureDays) {
            Objects.requireNonNull(day, "localClosureDays: an element is null");
            added.add(Holiday.closure(day));
        }
        return withHolidays(added);
    }

    /**
     * This calendar with more named holidays: bank holidays (a one-off holiday announced after this
     * release) or closure days (a council's own). On a date that already has a holiday of the same kind
     * the existing one stays.
     *
     * @throws NullPointerException if the collection or an element is null
     * @throws DateTimeException    if a holiday is outside the coverage
     */
    public WorkingCalendar withHolidays(Collection<Holiday> holidays) {
        Objects.requireNonNull(holidays, "holidays");
        Map<LocalDate, Holiday> bank = byDate(Arrays.asList(bankHolidays));
        Map<LocalDate, Holiday> closed = byDate(Arrays.asList(closures));
        for (Holiday holiday : holidays) {
            Objects.requireNonNull(holiday, "holidays: an element is null");
            offset(holiday.date(), "holidays");
            (holiday.kind() == HolidayKind.BANK_HOLIDAY ? bank : closed).putIfAbsent(holiday.date(), holiday);
        }
        return new WorkingCalendar(name, coverage.start(), coverage.end(), coverage.publishedUntil(),
                weekendDays, sorted(bank), sorted(closed));
    }

    /**
     * This calendar with its bank holidays of the years {@code published} covers replaced by the
     * published list (closure days stay). Nothing outside those years changes. If the years reach
     * past {@link #publishedUntil()} (and start no later than the year after it), {@code
     * publishedUntil()} moves to the end of the last year.
     *
     * <p>This is how the gov.uk file is overlaid on a rule calendar (safeguarding-json's {@code
     * GovUkBankHolidays}), so that a one-off holiday is in place the day gov.uk announces it.
     *
     * @throws NullPointerException if {@code published} is null
     * @throws DateTimeException    if any of the published years is not wholly within the coverage
     */
    public WorkingCalendar withPublishedHolidays(PublishedHolidays published) {
        Objects.requireNonNull(published, "published");
        LocalDate first = published.firstYear().atDay(1);
        LocalDate last = published.lastYear().atMonth(12).atEndOfMonth();
        if (first.isBefore(coverage.start()) || last.isAfter(coverage.end())) {
            throw new DateTimeException("published: the years " + published.firstYear() + " to "
                    + published.lastYear() + " are not wholly within the coverage of the calendar '" + name
                    + "', " + coverage.start() + " to " + coverage.end());
        }
        List<Holiday> bank = new ArrayList<>(bankHolidays.length + published.holidays().size());
        for (Holiday holiday : bankHolidays) {
            if (!published.covers(holiday.date().getYear())) {
                bank.add(holiday);
            }
        }
        bank.addAll(published.holidays());
        LocalDate publishedUntil = coverage.publishedUntil();
        if (last.isAfter(publishedUntil) && published.firstYear().getValue() <= publishedUntil.getYear() + 1) {
            publishedUntil = last;
        }
        return new WorkingCalendar(name, coverage.start(), coverage.end(), publishedUntil, weekendDays,
                sorted(byDate(bank)), closures);
    }

    // ---------------------------------------------------------------- object

    /** Equal when the name, coverage, weekend days, bank holidays and closure days are equal. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WorkingCalendar)) {
            return false;
        }
        WorkingCalendar that = (WorkingCalendar) other;
        return hashCode() == that.hashCode() && name.equals(that.name) && coverage.equals(that.coverage)
                && weekendDays.equals(that.weekendDays) && Arrays.equals(bankHolidays, that.bankHolidays)
                && Arrays.equals(closures, that.closures);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(name, coverage, weekendDays, Arrays.hashCode(bankHolidays), Arrays.hashCode(closures));
            hash = h;
        }
        return h;
    }

    /** The name, coverage and number of holidays. */
    @Override
    public String toString() {
        return "WorkingCalendar{" + name + ", " + coverage + ", weekend " + weekendDays + ", "
                + bankHolidays.length + " bank holidays, " + closures.length + " closure days}";
    }

    // ---------------------------------------------------------------- internals

    private int offset(LocalDate date, String parameter) {
        Objects.requireNonNull(date, parameter);
        long offset = date.toEpochDay() - startEpochDay;
        if (offset < 0 || offset >= counts.length) {
            throw outside(parameter);
        }
        return (int) offset;
    }

    private LocalDate plus(LocalDate from, long n, String parameter) {
        int count = counts[offset(from, parameter)];
        if (n == 0) {
            return from;
        }
        // index into workingDayOffsets: the working day whose running count is (count >> 1) + n when
        // n > 0; when n < 0, the |n|-th working day before 'from', counting from the working days strictly
        // before it, of which there are (count >> 1) - (count & 1)
        long index = n > 0 ? (count >> 1) + n - 1 : (count >> 1) - (count & 1) + n;
        if (index < 0 || index >= workingDayOffsets.length) {
            throw new DateTimeException("the result of counting " + n + " working days from " + parameter
                    + " is " + (n > 0 ? "after the end" : "before the start") + " of the coverage of the calendar '"
                    + name + "', " + coverage.start() + " to " + coverage.end());
        }
        return LocalDate.ofEpochDay(startEpochDay + workingDayOffsets[(int) index]);
    }

    private DateTimeException outside(String parameter) {
        return new DateTimeException(parameter + " is outside the coverage of the calendar '" + name + "', "
                + coverage.start() + " to " + coverage.end());
    }

    private static int find(Holiday[] holidays, LocalDate date) {
        int low = 0;
        int high = holidays.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = holidays[mid].date().compareTo(date);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static List<Holiday> between(Holiday[] holidays, LocalDate from, LocalDate to) {
        int i = find(holidays, from);
        int start = i >= 0 ? i : -(i + 1);
        int end = start;
        while (end < holidays.length && !holidays[end].date().isAfter(to)) {
            end++;
        }
        return List.of(Arrays.copyOfRange(holidays, start, end));
    }

    private static Holiday[] merge(Holiday[] bank, Holiday[] closures) {
        Map<LocalDate, Holiday> merged = byDate(Arrays.asList(bank));
        for (Holiday closure : closures) {
            merged.putIfAbsent(closure.date(), closure);
        }
        return sorted(merged);
    }

    private static Map<LocalDate, Holiday> byDate(Collection<Holiday> holidays) {
        Map<LocalDate, Holiday> map = new LinkedHashMap<>(holidays.size() * 2);
        for (Holiday holiday : holidays) {
            map.putIfAbsent(holiday.date(), holiday);
        }
        return map;
    }

    private static Holiday[] sorted(Map<LocalDate, Holiday> byDate) {
        Holiday[] array = byDate.values().toArray(new Holiday[0]);
        Arrays.sort(array);
        return array;
    }

    /**
     * Builds a {@link WorkingCalendar} from dates: for a partnership outside the UK rules (the Isle of
     * Man, Jersey, a cross-border arrangement) or for tests. A name and the coverage are required;
     * the weekend is Saturday and Sunday unless set; the holidays are taken as published up to the end
     * of the coverage unless {@link #publishedUntil(LocalDate)} says otherwise. Where two holidays of a
     * kind share a date, the first added stays.
     */
    public static final class Builder {

        private String name;
        private LocalDate start;
        private LocalDate end;
        private LocalDate publishedUntil;
        private final Set<DayOfWeek> weekendDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final List<Holiday> holidays = new ArrayList<>();

        private Builder() {
        }

        /** The calendar's name, for messages and {@code toString()}; required, not blank. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The first and last dates covered, both included; required. */
        public Builder coverage(LocalDate start, LocalDate end) {
            this.start = Objects.requireNonNull(start, "start");
            this.end = Objects.requireNonNull(end, "end");
            return this;
        }

        /**
         * The last date up to which the holidays are a published list, after which they are projected;
         * the end of the coverage if unset, the day before the start if nothing is published.
         */
        public Builder publishedUntil(LocalDate publishedUntil) {
            this.publishedUntil = Objects.requireNonNull(publishedUntil, "publishedUntil");
            return this;
        }

        /** The days of the week that are never working days, replacing Saturday and Sunday; may be empty. */
        public Builder weekendDays(Collection<DayOfWeek> weekendDays) {
            Objects.requireNonNull(weekendDays, "weekendDays");
            this.weekendDays.clear();
            for (DayOfWeek day : weekendDays) {
                this.weekendDays.add(Objects.requireNonNull(day, "weekendDays: an element is null"));
            }
            return this;
        }

        /** As {@link #weekendDays(Collection)}. */
        public Builder weekendDays(DayOfWeek... weekendDays) {
            return weekendDays(Arrays.asList(weekendDays));
        }

        /** Adds a bank or public holiday. */
        public Builder holiday(LocalDate date, String name) {
            holidays.add(Holiday.of(date, name));
            return this;
        }

        /** Adds a holiday of either kind. */
        public Builder holiday(Holiday holiday) {
            holidays.add(Objects.requireNonNull(holiday, "holiday"));
            return this;
        }

        /** Adds holidays of either kind. */
        public Builder holidays(Collection<Holiday> holidays) {
            Objects.requireNonNull(holidays, "holidays");
            holidays.forEach(this::holiday);
            return this;
        }

        /** Adds bank or public holidays by date, each named "Holiday". */
        public Builder holidayDates(Collection<LocalDate> dates) {
            Objects.requireNonNull(dates, "dates");
            for (LocalDate date : dates) {
                holidays.add(Holiday.of(Objects.requireNonNull(date, "dates: an element is null"), "Holiday"));
            }
            return this;
        }

        /** Adds local closure days, each named "Local closure day". */
        public Builder closures(Collection<LocalDate> dates) {
            Objects.requireNonNull(dates, "dates");
            for (LocalDate date : dates) {
                holidays.add(Holiday.closure(Objects.requireNonNull(date, "dates: an element is null")));
            }
            return this;
        }

        /**
         * The calendar.
         *
         * @throws InvalidValueException if the name is missing or blank ({@code name}), the coverage is
         *                               missing, backwards or longer than {@value #MAXIMUM_COVERAGE_DAYS}
         *                               days ({@code coverage}), {@code publishedUntil} is outside it, or
         *                               all seven days are weekend days ({@code weekendDays})
         * @throws DateTimeException     if a holiday is outside the coverage
         */
        public WorkingCalendar build() {
            if (name == null || name.isBlank()) {
                throw new InvalidValueException("name", "must not be blank");
            }
            if (start == null) {
                throw new InvalidValueException("coverage", "must be given");
            }
            if (end.isBefore(start)) {
                throw new InvalidValueException("coverage", "must not end before it starts");
            }
            if (end.toEpochDay() - start.toEpochDay() + 1 > MAXIMUM_COVERAGE_DAYS) {
                throw new InvalidValueException("coverage",
                        "must not be longer than " + MAXIMUM_COVERAGE_DAYS + " days (400 years)");
            }
            LocalDate published = publishedUntil == null ? end : publishedUntil;
            if (published.isBefore(start.minusDays(1)) || published.isAfter(end)) {
                throw new InvalidValueException("publishedUntil",
                        "must be within the coverage, or the day before it starts when nothing is published");
            }
            if (weekendDays.size() == 7) {
                throw new InvalidValueException("weekendDays", "must leave at least one day of the week");
            }
            Map<LocalDate, Holiday> bank = new LinkedHashMap<>();
            Map<LocalDate, Holiday> closed = new LinkedHashMap<>();
            for (Holiday holiday : holidays) {
                if (holiday.date().isBefore(start) || holiday.date().isAfter(end)) {
                    throw new DateTimeException("holidays: a holiday is outside the coverage of the calendar '"
                            + name + "', " + start + " to " + end);
                }
                (holiday.kind() == HolidayKind.BANK_HOLIDAY ? bank : closed).putIfAbsent(holiday.date(), holiday);
            }
            return new WorkingCalendar(name, start, end, published, weekendDays, sorted(bank), sorted(closed));
        }
    }

    /** For {@link UkCalendars}: a calendar from holidays already in date order, one per date. */
    static WorkingCalendar ofSorted(String name, LocalDate start, LocalDate end, LocalDate publishedUntil,
            Holiday[] bankHolidays) {
        return new WorkingCalendar(name, start, end, publishedUntil,
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), bankHolidays, new Holiday[0]);
    }
}
