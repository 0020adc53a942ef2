package dev.safeguarding.benchmarks;

import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.UkDivision;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * The retained size of each UK calendar, measured with JOL (OpenJDK's Java Object Layout tool) by
 * walking every object reachable from the calendar: its arrays, holidays, dates and names. Shared
 * objects (the {@code DayOfWeek} constants, interned names) are counted too, so the figure is an upper
 * bound on what a calendar retains.
 *
 * <pre>{@code
 * java -Djdk.attach.allowAttachSelf=true -cp safeguarding-benchmarks/target/benchmarks.jar \
 *     dev.safeguarding.benchmarks.CalendarFootprint
 * }</pre>
 */
public final class CalendarFootprint {

    private CalendarFootprint() {
    }

    /**
     * Prints the retained size of each calendar, and of one with closure days.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.println("calendar                      retained bytes   objects");
        for (UkDivision division : UkDivision.values()) {
            print(division.label(), UkCalendars.build(division));
        }
        print("England and Wales + closures", UkCalendars.englandAndWales().withClosures(List.of(
                LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31))));
    }

    private static void print(String name, WorkingCalendar calendar) {
        GraphLayout layout = GraphLayout.parseInstance(calendar);
        System.out.printf("%-29s %14d %9d%n", name, layout.totalSize(), layout.totalCount());
    }
}
