package dev.safeguarding.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.safeguarding.model.calendar.Holiday;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The England and Wales calendar against the two day-by-day baselines, side by side in one run:
 * {@code plusWorkingDays(d, 45)} (the assessment timescale) and {@code workingDaysBetween(d, d + 1
 * year)}, each from 1,024 start dates spread over 2000-2089 and taken in turn.
 *
 * <ul>
 *   <li>{@code *_precomputed}: {@link WorkingCalendar}, O(1) array reads;</li>
 *   <li>{@code *_hashSetLoop}: baseline (a), a loop over the days asking a {@code HashSet<LocalDate>}
 *       of the same holidays;</li>
 *   <li>{@code *_jollydayLoop}: baseline (b), a loop over the days asking jollyday's UK calendar
 *       (subdivision {@code eng}) whether each is a holiday.</li>
 * </ul>
 * Setup checks that the calendar and baseline (a) agree on every start date, so the race is fair.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

    private static final int STARTS = 1024;

    /** The working days of the assessment timescale. */
    private static final int SPAN = 45;

    private WorkingCalendar calendar;
    private Set<LocalDate> holidays;
    private HolidayManager jollyday;
    private LocalDate[] starts;
    private LocalDate[] yearLater;
    private int next;

    /** Builds the calendar, the holiday set and jollyday's manager, and the start dates. */
    @Setup(Level.Trial)
    public void setUp() {
        calendar = UkCalendars.englandAndWales();
        holidays = new HashSet<>();
        for (Holiday holiday : calendar.holidays()) {
            holidays.add(holiday.date());
        }
        jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        SplittableRandom random = new SplittableRandom(20_260_402L);
        long first = LocalDate.of(2000, 1, 1).toEpochDay();
        long last = LocalDate.of(2089, 12, 31).toEpochDay();
        starts = new LocalDate[STARTS];
        yearLater = new LocalDate[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            yearLater[i] = starts[i].plusYears(1);
            if (!calendar.plusWorkingDays(starts[i], SPAN).equals(DayByDay.plusWorkingDays(holidays, starts[i], SPAN))
                    || calendar.workingDaysBetween(starts[i], yearLater[i])
                    != DayByDay.workingDaysBetween(holidays, starts[i], yearLater[i])) {
                throw new IllegalStateException("the calendar and the HashSet baseline disagree");
            }
        }
    }

    private int nextIndex() {
        return next++ & (STARTS - 1);
    }

    /** The calendar: the 45th working day after a date. */
    @Benchmark
    public LocalDate plus45_precomputed() {
        return calendar.plusWorkingDays(starts[nextIndex()], SPAN);
    }

    /** Baseline (a): the 45th working day, looping over a HashSet of the same holidays. */
    @Benchmark
    public LocalDate plus45_hashSetLoop() {
        return DayByDay.plusWorkingDays(holidays, starts[nextIndex()], SPAN);
    }

    /** Baseline (b): the 45th working day, looping and asking jollyday. */
    @Benchmark
    public LocalDate plus45_jollydayLoop() {
        return DayByDay.plusWorkingDays(jollyday, "eng", starts[nextIndex()], SPAN);
    }

    /** The calendar: the working days in a year. */
    @Benchmark
    public int yearBetween_precomputed() {
        int i = nextIndex();
        return calendar.workingDaysBetween(starts[i], yearLater[i]);
    }

    /** Baseline (a): the working days in a year, looping over a HashSet of the same holidays. */
    @Benchmark
    public int yearBetween_hashSetLoop() {
        int i = nextIndex();
        return DayByDay.workingDaysBetween(holidays, starts[i], yearLater[i]);
    }

    /** Baseline (b): the working days in a year, looping and asking jollyday. */
    @Benchmark
    public int yearBetween_jollydayLoop() {
        int i = nextIndex();
        return DayByDay.workingDaysBetween(jollyday, "eng", starts[i], yearLater[i]);
    }
}
