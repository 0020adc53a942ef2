package dev.safeguarding.benchmarks;

import dev.safeguarding.json.GovUkBankHolidays;
import dev.safeguarding.model.calendar.Holiday;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.UkDivision;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What building a calendar costs: a UK calendar from the rules (110 years), one with a council's
 * closure days added, and one with the gov.uk file read and overlaid. Run in the default average-time
 * mode for the warm cost, and with {@code -bm ss -wi 0 -i 1 -f 10} for the cold first build in a fresh
 * JVM: class loading and the interpreter included, in a JVM that has used no date at all ({@code
 * buildEnglandAndWales}) and in one that already works with {@code LocalDate}s ({@code
 * buildEnglandAndWales_javaTimeInUse}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalendarConstructionBenchmark {

    /**
     * The inputs of the closure and overlay benchmarks, in a state of their own so that the {@code
     * build...} benchmarks, measured cold, find nothing of the library loaded before them.
     */
    @State(Scope.Benchmark)
    public static class Inputs {

        WorkingCalendar englandAndWales;
        List<LocalDate> closures;
        String govUkFile;

        /** Prepares the closure days and a gov.uk file of 2022-2027 for England and Wales. */
        @Setup
        public void setUp() {
            englandAndWales = UkCalendars.englandAndWales();
            closures = List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31));
            StringBuilder json = new StringBuilder("{\"england-and-wales\": {\"division\": \"england-and-wales\","
                    + " \"events\": [");
            for (Holiday h : englandAndWales.holidays(LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31))) {
                json.append(json.charAt(json.length() - 1) == '[' ? "" : ", ").append("{\"title\": \"")
                        .append(h.name()).append("\", \"date\": \"").append(h.date())
                        .append("\", \"notes\": \"\", \"bunting\": true}");
            }
            govUkFile = json.append("]}}").toString();
        }
    }

    /**
     * A JVM in which the application already works with dates (as every caller of the library does:
     * it passes {@code LocalDate}s) but has not touched the library: for the cold measurement of
     * {@link #buildEnglandAndWales_javaTimeInUse}.
     */
    @State(Scope.Benchmark)
    public static class JavaTimeInUse {

        long sink;

        /** Uses {@code LocalDate} the way a case-management product does before it asks for a calendar. */
        @Setup
        public void setUp() {
            LocalDate d = LocalDate.of(2024, 3, 28);
            for (int i = 0; i < 1000; i++) {
                d = d.plusDays(1);
                sink += d.getDayOfWeek().getValue() + d.getMonth().getValue() + d.toEpochDay()
                        + LocalDate.ofEpochDay(d.toEpochDay()).getYear();
            }
        }
    }

    /** England and Wales, 1990-2099, from the rules. */
    @Benchmark
    public WorkingCalendar buildEnglandAndWales() {
        return UkCalendars.build(UkDivision.ENGLAND_AND_WALES);
    }

    /** As {@link #buildEnglandAndWales()}, in a JVM already using {@code java.time}. */
    @Benchmark
    public WorkingCalendar buildEnglandAndWales_javaTimeInUse(JavaTimeInUse javaTime) {
        return UkCalendars.build(UkDivision.ENGLAND_AND_WALES);
    }

    /** Scotland, 1990-2099, from the rules. */
    @Benchmark
    public WorkingCalendar buildScotland() {
        return UkCalendars.build(UkDivision.SCOTLAND);
    }

    /** England and Wales with three closure days added. */
    @Benchmark
    public WorkingCalendar withClosures(Inputs inputs) {
        return inputs.englandAndWales.withClosures(inputs.closures);
    }

    /** A gov.uk file of six years read and overlaid on England and Wales. */
    @Benchmark
    public WorkingCalendar readAndOverlayGovUkFile(Inputs inputs) {
        return GovUkBankHolidays.parse(inputs.govUkFile).calendar();
    }
}
