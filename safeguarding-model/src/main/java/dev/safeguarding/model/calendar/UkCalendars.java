package dev.safeguarding.model.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The working-day calendars of the three UK divisions: weekends and bank holidays, from 1 January 1990
 * to 31 December 2099. England and Wales is the default wherever a division is not named.
 *
 * <pre>{@code
 * WorkingCalendar cal = UkCalendars.englandAndWales();     // also scotland(), northernIreland()
 * cal.plusWorkingDays(LocalDate.of(2024, 3, 28), 45);      // 2024-06-05
 * cal.holidays(2026);                                      // the year's bank holidays, named
 * }</pre>
 *
 * <p>Each calendar is built from the rules of its division and the one-off holidays known to this
 * release (the library's notes, {@code docs/bank-holidays.md}):
 * <ul>
 *   <li><b>England and Wales</b>: New Year's Day; Good Friday; Easter Monday; Early May bank holiday
 *       (first Monday in May); Spring bank holiday (last Monday in May); Summer bank holiday (last
 *       Monday in August); Christmas Day; Boxing Day.</li>
 *   <li><b>Scotland</b>: New Year's Day; 2 January; Good Friday (no Easter Monday); Early May; Spring;
 *       Summer bank holiday on the <em>first</em> Monday in August; St Andrew's Day (30 November, from
 *       2007); Christmas Day; Boxing Day.</li>
 *   <li><b>Northern Ireland</b>: those of England and Wales, with St Patrick's Day (17 March) and the
 *       Battle of the Boyne (12 July).</li>
 *   <li><b>Substitute days</b>: a fixed-date holiday on a Saturday or Sunday moves to the next weekday
 *       not already a holiday, taking the holiday's name (Christmas on a Saturday: Monday 27 and Tuesday
 *       28 December; on a Sunday: Boxing Day Monday 26, Christmas Day Tuesday 27).</li>
 *   <li><b>One-off and moved holidays</b>: 1995-05-08 (Early May moved for VE Day); 1999-12-31
 *       (Millennium); 2002-06-03 and 04 (Spring moved; Golden Jubilee); 2011-04-29 (Royal wedding);
 *       2012-06-04 and 05 (Spring moved; Diamond Jubilee); 2020-05-08 (Early May moved for VE Day);
 *       2022-06-02 and 03 (Spring moved; Platinum Jubilee); 2022-09-19 (State Funeral of Queen
 *       Elizabeth II); 2023-05-08 (Coronation of King Charles III); 2026-06-15 (World Cup bank holiday,
 *       Scotland only).</li>
 * </ul>
 * The names are gov.uk's titles; gov.uk's file does not go back before 2012, so the names of the
 * one-off holidays before then (the Millennium, Golden Jubilee and Royal wedding bank holidays) are
 * the library's descriptions.
 *
 * <p><b>Published and projected.</b> The dates up to {@link #PUBLISHED_UNTIL} (31 December 2027) were
 * checked against gov.uk's published lists ({@code bank-holidays-2012-2027.tsv} in the model's test
 * resources); after
 * it, they are projected by rule and cannot include one-off holidays not yet announced. {@code
 * coverage().publishedUntil()} says so on each calendar; overlay the gov.uk file (safeguarding-json's
 * {@code GovUkBankHolidays}) to take a newly announced holiday without waiting for a release.
 *
 * <p>The three calendars are built once, on first use, and shared: they are immutable.
 */
public final class UkCalendars {

    /** The first date the UK calendars cover. */
    public static final LocalDate COVERAGE_START = LocalDate.of(1990, 1, 1);

    /** The last date the UK calendars cover. */
    public static final LocalDate COVERAGE_END = LocalDate.of(2099, 12, 31);

    /** The last date whose bank holidays were checked against gov.uk's published lists. */
    public static final LocalDate PUBLISHED_UNTIL = LocalDate.of(2027, 12, 31);

    private UkCalendars() {
    }

    /** The calendar of England and Wales: the default wherever a division is not named. */
    public static WorkingCalendar englandAndWales() {
        return EnglandAndWales.CALENDAR;
    }

    /** The calendar of Scotland. */
    public static WorkingCalendar scotland() {
        return Scotland.CALENDAR;
    }

    /** The calendar of Northern Ireland. */
    public static WorkingCalendar northernIreland() {
        return NorthernIreland.CALENDAR;
    }

    /**
     * The calendar of {@code division}, shared as the named factories' are.
     *
     * @throws NullPointerException if {@code division} is null
     */
    public static WorkingCalendar of(UkDivision division) {
        switch (Objects.requireNonNull(division, "division")) {
            case SCOTLAND:
                return scotland();
            case NORTHERN_IRELAND:
                return northernIreland();
            default:
                return englandAndWales();
        }
    }

    /**
     * A new calendar of {@code division}, built from the rules now rather than shared: equal to
     * {@link #of(UkDivision)}. For measuring the cost of building one; other callers want {@code of}.
     *
     * @throws NullPointerException if {@code division} is null
     */
    public static WorkingCalendar build(UkDivision division) {
        Objects.requireNonNull(division, "division");
        List<Holiday> all = new ArrayList<>(1100);
        for (int year = COVERAGE_START.getYear(); year <= COVERAGE_END.getYear(); year++) {
            all.addAll(UkBankHolidayRules.holidays(division, year));
        }
        return WorkingCalendar.ofSorted(division.label(), COVERAGE_START, COVERAGE_END, PUBLISHED_UNTIL,
                all.toArray(new Holiday[0]));
    }

    /**
     * The bank holidays of {@code division} in {@code year} by this release's rules and one-off list, in
     * date order, whatever a gov.uk overlay may say: the same as {@code of(division).holidays(year)}.
     *
     * @throws NullPointerException if {@code division} is null
     * @throws DateTimeException    if {@code year} is outside 1990 to 2099
     */
    public static List<Holiday> bankHolidays(UkDivision division, int year) {
        Objects.requireNonNull(division, "division");
        if (year < COVERAGE_START.getYear() || year > COVERAGE_END.getYear()) {
            throw new DateTimeException("year is outside the coverage of the UK calendars, " + COVERAGE_START
                    + " to " + COVERAGE_END);
        }
        return List.copyOf(UkBankHolidayRules.holidays(division, year));
    }

    private static final class EnglandAndWales {
        static final WorkingCalendar CALENDAR = build(UkDivision.ENGLAND_AND_WALES);
    }

    private static final class Scotland {
        static final WorkingCalendar CALENDAR = build(UkDivision.SCOTLAND);
    }

    private static final class NorthernIreland {
        static final WorkingCalendar CALENDAR = build(UkDivision.NORTHERN_IRELAND);
    }
}
