package dev.safeguarding.testing.model.calendar;

import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.ModelGen;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded generators for the calendar tests: dates over the UK coverage, the three UK calendars, and
 * custom calendars with random weekends, holidays and closures together with a naive model of each.
 */
final class CalendarGen {

    private CalendarGen() {
    }

    /** One of the three UK calendars. */
    static Gen<WorkingCalendar> ukCalendars() {
        return Gen.oneOf(UkCalendars.englandAndWales(), UkCalendars.scotland(), UkCalendars.northernIreland());
    }

    /** Any date of the UK coverage, 1990-01-01 to 2099-12-31. */
    static Gen<LocalDate> dates() {
        return ModelGen.dates();
    }

    /**
     * A number of working days: mostly small (the timescales' range), sometimes a few years' worth,
     * either sign.
     */
    static Gen<Integer> amounts() {
        return Gen.oneOfGens(Gen.ints(-60, 60), Gen.ints(-1200, 1200));
    }

    /** A date of a UK calendar with an amount whose result stays in the coverage (a date in 1996-2094). */
    static Gen<Step> steps() {
        return random -> new Step(ukCalendars().generate(random),
                Gen.dates(LocalDate.of(1996, 1, 1), LocalDate.of(2094, 12, 31)).generate(random),
                amounts().generate(random));
    }

    /** A UK calendar and a date and amount. */
    record Step(WorkingCalendar calendar, LocalDate date, int n) {
    }

    /** A UK calendar and three dates anywhere in its coverage. */
    record Three(WorkingCalendar calendar, LocalDate a, LocalDate b, LocalDate c) {
    }

    /** A UK calendar and three dates anywhere in its coverage, unordered. */
    static Gen<Three> threes() {
        return random -> new Three(ukCalendars().generate(random), dates().generate(random),
                dates().generate(random), dates().generate(random));
    }

    /** A UK calendar and three dates within a year or so of each other, so that edges meet often. */
    static Gen<Three> closeThrees() {
        return random -> {
            LocalDate a = Gen.dates(LocalDate.of(1991, 2, 5), LocalDate.of(2098, 11, 26)).generate(random);
            return new Three(ukCalendars().generate(random), a, a.plusDays(random.nextInt(-400, 401)),
                    a.plusDays(random.nextInt(-400, 401)));
        };
    }

    /** A custom calendar built with the builder, and the naive model of the same days. */
    record Custom(WorkingCalendar calendar, NaiveCalendar naive) {
    }

    /**
     * A custom calendar: a coverage of 1 to 3,000 days somewhere in 1900-2200, up to five weekend days
     * (none at all sometimes), and up to 150 bank holidays and closures at random (duplicates and
     * weekend dates included).
     */
    static Gen<Custom> customCalendars() {
        return random -> {
            LocalDate start = Gen.dates(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 1, 1)).generate(random);
            LocalDate end = start.plusDays(random.nextInt(0, 3000));
            Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
            int weekendSize = random.nextInt(0, 6);
            while (weekend.size() < weekendSize) {
                weekend.add(DayOfWeek.of(random.nextInt(1, 8)));
            }
            List<LocalDate> bank = dateList(random, start, end, random.nextInt(0, 100));
            List<LocalDate> closures = dateList(random, start, end, random.nextInt(0, 50));
            WorkingCalendar calendar = WorkingCalendar.builder().name("Custom " + random.nextInt(1000))
                    .coverage(start, end).weekendDays(weekend).holidayDates(bank).closures(closures).build();
            Set<LocalDate> off = new HashSet<>(bank);
            off.addAll(closures);
            return new Custom(calendar, new NaiveCalendar(start, end, weekend, off));
        };
    }

    private static List<LocalDate> dateList(SplittableRandom random, LocalDate start, LocalDate end, int size) {
        Gen<LocalDate> dates = Gen.dates(start, end);
        List<LocalDate> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(dates.generate(random));
        }
        return list;
    }
}
