package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.calendar.Holiday;
import dev.safeguarding.model.calendar.HolidayKind;
import dev.safeguarding.model.calendar.PublishedHolidays;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.UkDivision;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the gov.uk bank-holidays file and overlaying it on the rule calendars. The fixture {@code
 * bank-holidays-2022-2027.json} is written by hand in gov.uk's format from the checked list {@code
 * bank-holidays-2012-2027.tsv} (the model's test resources), with gov.uk's "Substitute day" notes and bunting
 * flags.
 */
class GovUkBankHolidaysTest {

    private static final String FIXTURE = "bank-holidays-2022-2027.json";

    private static GovUkBankHolidays fixture() {
        try (InputStream in = GovUkBankHolidaysTest.class.getResourceAsStream(FIXTURE)) {
            return GovUkBankHolidays.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void readsEveryDivisionOfTheFixture() {
        GovUkBankHolidays file = fixture();
        assertEquals(EnumSet.allOf(UkDivision.class), file.divisions());
        for (UkDivision division : UkDivision.values()) {
            PublishedHolidays published = file.holidays(division).orElseThrow();
            assertEquals(Year.of(2022), published.firstYear());
            assertEquals(Year.of(2027), published.lastYear());
            assertEquals(UkCalendars.of(division).holidays(date("2022-01-01"), date("2027-12-31")),
                    published.holidays(), division.label());
        }
        assertTrue(file.holidays(UkDivision.SCOTLAND).orElseThrow().holidays()
                .contains(Holiday.of(date("2026-06-15"), "World Cup bank holiday")));
        assertFalse(file.holidays(UkDivision.ENGLAND_AND_WALES).orElseThrow().holidays()
                .contains(Holiday.of(date("2026-06-15"), "World Cup bank holiday")));
    }

    @Test
    void theOfficialListOverlaidOnTheRulesChangesNothingItAgreesWith() {
        GovUkBankHolidays file = fixture();
        for (UkDivision division : UkDivision.values()) {
            WorkingCalendar overlaid = file.calendar(division);
            assertEquals(UkCalendars.of(division), overlaid, division.label());
            assertEquals(date("2027-12-31"), overlaid.publishedUntil());
        }
        assertEquals(UkCalendars.englandAndWales(), file.calendar());
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("bank-holidays.json");
        try (InputStream in = GovUkBankHolidaysTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, path);
        }
        assertEquals(fixture().holidays(UkDivision.NORTHERN_IRELAND), GovUkBankHolidays.read(path)
                .holidays(UkDivision.NORTHERN_IRELAND));
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> GovUkBankHolidays.read(dir.resolve("absent.json")));
        assertTrue(missing.getMessage().contains("absent.json"), missing.getMessage());
    }

    @Test
    void aOneOffHolidayAnnouncedAfterTheReleaseIsTakenFromTheFile() {
        // a made-up one-off holiday in 2028, after the library's published list ends: for the test only
        String json = "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + events(UkCalendars.englandAndWales().holidays(2028))
                + ", {\"title\": \"A one-off holiday for the test\", \"date\": \"2028-06-09\", \"notes\": \"\","
                + " \"bunting\": true}]}}";
        GovUkBankHolidays file = GovUkBankHolidays.parse(json);
        WorkingCalendar overlaid = file.calendar();
        WorkingCalendar rules = UkCalendars.englandAndWales();
        assertTrue(rules.isWorkingDay(date("2028-06-09")));
        assertFalse(overlaid.isWorkingDay(date("2028-06-09")));
        assertEquals("A one-off holiday for the test", overlaid.holiday(date("2028-06-09")).orElseThrow().name());
        assertEquals(date("2028-12-31"), overlaid.publishedUntil());
        assertEquals(rules.plusWorkingDays(date("2028-05-31"), 15).plusDays(1),
                overlaid.plusWorkingDays(date("2028-05-31"), 15));
        for (int year : List.of(2027, 2029, 2050)) {
            assertEquals(rules.holidays(year), overlaid.holidays(year));
        }
        // the other divisions are not in this file: their calendars are the rules'
        assertSame(UkCalendars.scotland(), file.calendar(UkDivision.SCOTLAND));
        assertTrue(file.holidays(UkDivision.SCOTLAND).isEmpty());
    }

    @Test
    void aMovedHolidayInTheFileReplacesTheRulesDay() {
        // a made-up move of the 2030 Early May bank holiday, for the test only
        List<Holiday> holidays2030 = UkCalendars.englandAndWales().holidays(2030);
        String json = "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + events(holidays2030).replace("2030-05-06", "2030-05-10") + "]}}";
        WorkingCalendar overlaid = GovUkBankHolidays.parse(json).calendar();
        assertTrue(overlaid.isWorkingDay(date("2030-05-06")));
        assertFalse(overlaid.isWorkingDay(date("2030-05-10")));
        // 2028 and 2029 are still projected, so the published list still ends in 2027
        assertEquals(date("2027-12-31"), overlaid.publishedUntil());
    }

    @Test
    void closureDaysStayThroughAnOverlay() {
        WorkingCalendar council = UkCalendars.englandAndWales().withClosures(List.of(date("2026-12-29")));
        WorkingCalendar overlaid = fixture().overlay(council, UkDivision.ENGLAND_AND_WALES);
        assertEquals(HolidayKind.LOCAL_CLOSURE, overlaid.holiday(date("2026-12-29")).orElseThrow().kind());
        assertEquals(council, overlaid);
    }

    @Test
    void theStreamIsReadButNotClosed() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(("{\"scotland\": {\"division\": \"scotland\", \"events\": ["
                + "{\"title\": \"St Andrew's Day\", \"date\": \"2031-12-01\", \"notes\": \"Substitute day\","
                + " \"bunting\": true}]}}").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        GovUkBankHolidays file = GovUkBankHolidays.read(in);
        assertFalse(closed[0]);
        assertEquals(List.of(Holiday.of(date("2031-12-01"), "St Andrew's Day")),
                file.holidays(UkDivision.SCOTLAND).orElseThrow().holidays());
        // the whole year 2031 now has only that holiday in Scotland
        assertEquals(1, file.calendar(UkDivision.SCOTLAND).holidays(2031).size());
    }

    @Test
    void unknownPropertiesInsideADivisionOrEventAreIgnored() {
        GovUkBankHolidays file = GovUkBankHolidays.parse("{\"northern-ireland\": {\"division\": \"northern-ireland\","
                + " \"updated\": \"2030-01-01\", \"events\": [{\"title\": \"St Patrick's Day\", \"date\": \"2031-03-17\","
                + " \"colour\": \"green\"}]}}");
        assertEquals(1, file.holidays(UkDivision.NORTHERN_IRELAND).orElseThrow().holidays().size());
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> GovUkBankHolidays.read((InputStream) null));
        assertThrows(NullPointerException.class, () -> GovUkBankHolidays.read((Path) null));
        assertThrows(NullPointerException.class, () -> GovUkBankHolidays.parse(null));
        assertThrows(NullPointerException.class, () -> fixture().calendar(null));
        assertThrows(NullPointerException.class, () -> fixture().overlay(null, UkDivision.SCOTLAND));
    }

    static String events(List<Holiday> holidays) {
        StringBuilder json = new StringBuilder();
        for (Holiday h : holidays) {
            if (json.length() > 0) {
                json.append(", ");
            }
            json.append("{\"title\": \"").append(h.name()).append("\", \"date\": \"").append(h.date())
                    .append("\", \"notes\": \"\", \"bunting\": true}");
        }
        return json.toString();
    }
}
