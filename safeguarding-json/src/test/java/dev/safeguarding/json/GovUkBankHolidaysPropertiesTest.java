package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.calendar.Holiday;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.UkDivision;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A well-formed file never changes a date outside the years it covers, and sets those years exactly. */
class GovUkBankHolidaysPropertiesTest {

    /** A file's worth of divisions, each with its events in date order. */
    record File(Map<UkDivision, List<Holiday>> divisions) {

        String json() {
            StringBuilder json = new StringBuilder("{");
            divisions.forEach((division, events) -> {
                if (json.length() > 1) {
                    json.append(", ");
                }
                json.append('"').append(division.govUkKey()).append("\": {\"division\": \"")
                        .append(division.govUkKey()).append("\", \"events\": [")
                        .append(GovUkBankHolidaysTest.events(events)).append("]}");
            });
            return json.append('}').toString();
        }
    }

    /** One to three divisions, each with 1 to 30 events in one to three consecutive years of 1990-2099. */
    static Gen<File> files() {
        return random -> {
            Map<UkDivision, List<Holiday>> divisions = new EnumMap<>(UkDivision.class);
            for (UkDivision division : UkDivision.values()) {
                if (divisions.isEmpty() || random.nextBoolean()) {
                    int first = random.nextInt(1990, 2100);
                    int last = Math.min(2099, first + random.nextInt(0, 3));
                    Gen<LocalDate> dates = Gen.dates(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
                    Map<LocalDate, Holiday> events = new TreeMap<>();
                    int size = random.nextInt(1, 31);
                    for (int i = 0; i < size; i++) {
                        LocalDate date = dates.generate(random);
                        events.put(date, Holiday.of(date, "Holiday " + i));
                    }
                    divisions.put(division, new ArrayList<>(events.values()));
                }
            }
            return new File(divisions);
        };
    }

    @Test
    void aWellFormedFileNeverChangesDatesOutsideItsYears() {
        Property.forAll(150, files(), file -> {
            GovUkBankHolidays read = GovUkBankHolidays.parse(file.json());
            for (UkDivision division : UkDivision.values()) {
                WorkingCalendar rules = UkCalendars.of(division);
                WorkingCalendar overlaid = read.calendar(division);
                List<Holiday> events = file.divisions().get(division);
                int first = events == null ? 0 : events.get(0).date().getYear();
                int last = events == null ? -1 : events.get(events.size() - 1).date().getYear();
                for (LocalDate d = UkCalendars.COVERAGE_START; !d.isAfter(UkCalendars.COVERAGE_END); d = d.plusDays(1)) {
                    if (d.getYear() < first || d.getYear() > last) {
                        assertEquals(rules.isWorkingDay(d), overlaid.isWorkingDay(d), d.toString());
                    }
                }
                for (int year = 1990; year <= 2099; year++) {
                    int y = year;
                    List<Holiday> expected = year >= first && year <= last
                            ? events.stream().filter(h -> h.date().getYear() == y).toList() : rules.holidays(year);
                    assertEquals(expected, overlaid.holidays(year), division + " " + year);
                }
            }
        });
    }
}
