package dev.safeguarding.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The UK calendars agree with every bank holiday 2012-2027 of all three divisions in the checked list
 * {@code bank-holidays-2012-2027.tsv} in the model's test resources (copied into the test resources): the
 * same dates,
 * the same names, nothing more.
 */
class UkCalendarsPublishedListTest {

    private static final Map<UkDivision, List<Holiday>> PUBLISHED = new EnumMap<>(UkDivision.class);

    @BeforeAll
    static void readTheList() throws IOException {
        for (UkDivision division : UkDivision.values()) {
            PUBLISHED.put(division, new ArrayList<>());
        }
        try (InputStream in = UkCalendarsPublishedListTest.class.getResourceAsStream("bank-holidays-2012-2027.tsv")) {
            assertNotNull(in, "the test resource bank-holidays-2012-2027.tsv");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                assertEquals(3, fields.length, line);
                UkDivision division = UkDivision.fromGovUkKey(fields[0]).orElseThrow();
                PUBLISHED.get(division).add(Holiday.of(LocalDate.parse(fields[1]), fields[2]));
            }
        }
    }

    @Test
    void theListHasEveryDivisionAndAllSixteenYears() {
        assertEquals(445, PUBLISHED.values().stream().mapToInt(List::size).sum());
        for (UkDivision division : UkDivision.values()) {
            assertEquals(2012, PUBLISHED.get(division).get(0).date().getYear());
            assertEquals(2027, PUBLISHED.get(division).get(PUBLISHED.get(division).size() - 1).date().getYear());
        }
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void everyPublishedDateAndNameFrom2012To2027(UkDivision division) {
        WorkingCalendar calendar = UkCalendars.of(division);
        for (int year = 2012; year <= 2027; year++) {
            int y = year;
            assertEquals(PUBLISHED.get(division).stream().filter(h -> h.date().getYear() == y).toList(),
                    calendar.holidays(year), division + " " + year);
        }
        List<Holiday> ours = calendar.holidays(LocalDate.of(2012, 1, 1), LocalDate.of(2027, 12, 31));
        assertEquals(PUBLISHED.get(division).size(), ours.size(), division.label());
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void everyPublishedDateIsNotAWorkingDayAndEveryOtherWeekdayIs(UkDivision division) {
        WorkingCalendar calendar = UkCalendars.of(division);
        List<LocalDate> published = PUBLISHED.get(division).stream().map(Holiday::date).toList();
        for (LocalDate d = LocalDate.of(2012, 1, 1); d.getYear() <= 2027; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            assertEquals(!weekend && !published.contains(d), calendar.isWorkingDay(d), d + " " + division);
        }
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void theRulesListPerYearIsTheSame(UkDivision division) {
        for (int year = 2012; year <= 2027; year++) {
            int y = year;
            assertEquals(PUBLISHED.get(division).stream().filter(h -> h.date().getYear() == y).toList(),
                    UkCalendars.bankHolidays(division, year), division + " " + year);
        }
    }

    @Test
    void publishedUntilTheEndOf2027ThenProjected() {
        for (UkDivision division : UkDivision.values()) {
            CalendarCoverage coverage = UkCalendars.of(division).coverage();
            assertEquals(LocalDate.of(2027, 12, 31), coverage.publishedUntil());
            assertFalse(coverage.isProjected(LocalDate.of(2027, 12, 31)));
            assertTrue(coverage.isProjected(LocalDate.of(2028, 1, 1)));
            assertEquals(LocalDate.of(1990, 1, 1), coverage.start());
            assertEquals(LocalDate.of(2099, 12, 31), coverage.end());
        }
    }
}
