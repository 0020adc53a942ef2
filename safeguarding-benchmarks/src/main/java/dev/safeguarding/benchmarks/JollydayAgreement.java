package dev.safeguarding.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.UkDivision;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Lists the weekdays from 1990 to 2099 on which baseline (b), jollyday's UK calendar, and the
 * library's calendar disagree about being a working day, per division, so that the benchmark README
 * can say whether the baseline even gives the same answers. Not a test of jollyday: a record of the
 * version the benchmarks ran against.
 *
 * <pre>{@code
 * java -cp safeguarding-benchmarks/target/benchmarks.jar dev.safeguarding.benchmarks.JollydayAgreement
 * }</pre>
 */
public final class JollydayAgreement {

    private JollydayAgreement() {
    }

    /**
     * Prints the disagreements.
     *
     * @param args none
     */
    public static void main(String[] args) {
        HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        String[] subdivisions = {"eng", "sct", "nir"};
        for (UkDivision division : UkDivision.values()) {
            WorkingCalendar calendar = UkCalendars.of(division);
            String subdivision = subdivisions[division.ordinal()];
            int count = 0;
            StringBuilder dates = new StringBuilder();
            for (LocalDate d = UkCalendars.COVERAGE_START; !d.isAfter(UkCalendars.COVERAGE_END); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                boolean theirs = !jollyday.isHoliday(d, subdivision);
                if (theirs != calendar.isWorkingDay(d)) {
                    count++;
                    dates.append(' ').append(d).append(calendar.isWorkingDay(d) ? "(theirs: holiday)" : "(ours: holiday)");
                }
            }
            System.out.println(division.label() + " (" + subdivision + "): " + count + " weekdays differ;" + dates);
        }
    }
}
