package dev.safeguarding.json.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.json.SafeguardingJsonException;
import org.junit.jupiter.api.Test;

/**
 * A malformed file, an unknown division or a bad date gets a {@link SafeguardingJsonException} whose
 * path is the JSON Pointer of the bad value and whose message says what was expected, never quoting
 * the value.
 */
class GovUkBankHolidaysErrorsTest {

    private static final String EVENT = "{\"title\": \"New Year's Day\", \"date\": \"2030-01-01\", \"notes\": \"\","
            + " \"bunting\": true}";

    private static String ew(String events) {
        return "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": [" + events + "]}}";
    }

    private static SafeguardingJsonException fails(String json, String path, String messagePart) {
        SafeguardingJsonException e = assertThrows(SafeguardingJsonException.class, () -> GovUkBankHolidays.parse(json));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        return e;
    }

    @Test
    void notJson() {
        SafeguardingJsonException e = fails("{\"england-and-wales\": {\"division\": SECRET-NAME", "",
                "not a well-formed JSON document");
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        fails("", "", "empty");
        fails("[]", "", "must be an object");
        fails("\"bank holidays\"", "", "must be an object");
        fails("{}", "", "at least one of the divisions");
        fails(ew(EVENT) + " {}", "", "not a well-formed JSON document");
    }

    @Test
    void aPropertyGivenTwice() {
        fails("{\"scotland\": {\"division\": \"scotland\", \"events\": [" + EVENT + "]}, \"scotland\": {}}", "",
                "a property given twice");
    }

    @Test
    void anUnknownDivision() {
        SafeguardingJsonException e = fails("{\"wales\": {\"division\": \"wales\", \"events\": [" + EVENT + "]}}",
                "/(unknown property 1)", "unknown division: expected one of england-and-wales, scotland, northern-ireland");
        assertEquals("/(unknown property 1): unknown division: expected one of england-and-wales, scotland, "
                + "northern-ireland", e.getMessage());
        fails("{\"a/b~c\": {}}", "/(unknown property 1)", "unknown division");
        fails("{\"scotland\": {\"division\": \"scotland\", \"events\": [" + EVENT + "]}, \"Scotland\": {}}",
                "/(unknown property 2)", "unknown division");
    }

    @Test
    void anUnknownDivisionNamedToForgeALogLineIsNeverRepeated() {
        SafeguardingJsonException e = fails("{\"Zebedee Quartermain\\nFAKE LOG LINE\": {}}", "/(unknown property 1)",
                "unknown division");
        assertFalse(e.getMessage().chars().anyMatch(Character::isISOControl), e.getMessage());
        assertFalse(e.getMessage().contains("Zebedee"), e.getMessage());
    }

    @Test
    void aTitleThatIsNotTextIsRefusedAtItsPointer() {
        fails(ew("{\"title\": \"Good Friday\\ud800\", \"date\": \"2030-04-19\"}"),
                "/england-and-wales/events/0/title", "unpaired UTF-16 surrogate");
    }

    @Test
    void theLimitsOfTheFormatApply() {
        SafeguardingJsonException deep = fails("{\"scotland\": " + "[".repeat(100) + "]".repeat(100) + "}", "",
                "beyond a limit of the reader");
        assertEquals(null, deep.getCause());
        fails(ew("{\"title\": \"" + "x".repeat(200_000) + "\", \"date\": \"2030-04-19\"}"), "",
                "beyond a limit of the reader");
    }

    @Test
    void bytesThatAreNotUtf8AreAMalformedFileWhoseErrorQuotesNothing() {
        byte[] file = ("{\"scotland\": {\"division\": \"Zebedee\u00e9\", \"events\": []}}")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        SafeguardingJsonException e = assertThrows(SafeguardingJsonException.class,
                () -> GovUkBankHolidays.read(new java.io.ByteArrayInputStream(file)));
        assertEquals("", e.path());
        assertEquals(null, e.getCause());
        assertFalse(e.getMessage().contains("Zebedee"), e.getMessage());
    }

    @Test
    void aDivisionThatIsNotOne() {
        fails("{\"scotland\": []}", "/scotland", "must be an object with 'division' and 'events'");
        fails("{\"scotland\": {\"events\": [" + EVENT + "]}}", "/scotland/division", "is required");
        fails("{\"scotland\": {\"division\": 3, \"events\": [" + EVENT + "]}}", "/scotland/division", "must be a string");
        SafeguardingJsonException e = fails("{\"scotland\": {\"division\": \"northern-ireland\", \"events\": [" + EVENT
                + "]}}", "/scotland/division", "must be 'scotland'");
        assertFalse(e.getMessage().contains("northern-ireland"), e.getMessage());
        fails("{\"scotland\": {\"division\": \"scotland\"}}", "/scotland/events", "is required and must be an array");
        fails("{\"scotland\": {\"division\": \"scotland\", \"events\": {}}}", "/scotland/events", "must be an array");
        fails("{\"scotland\": {\"division\": \"scotland\", \"events\": []}}", "/scotland/events",
                "at least one bank holiday");
    }

    @Test
    void anEventThatIsNotOne() {
        fails(ew("\"New Year's Day\""), "/england-and-wales/events/0", "must be an object");
        fails(ew(EVENT + ", {\"date\": \"2030-04-19\"}"), "/england-and-wales/events/1/title", "is required");
        fails(ew("{\"title\": null, \"date\": \"2030-04-19\"}"), "/england-and-wales/events/0/title", "is required");
        fails(ew("{\"title\": 7, \"date\": \"2030-04-19\"}"), "/england-and-wales/events/0/title", "must be a string");
        fails(ew("{\"title\": \"  \", \"date\": \"2030-04-19\"}"), "/england-and-wales/events/0/title", "not be blank");
        fails(ew("{\"title\": \"Good Friday\"}"), "/england-and-wales/events/0/date", "is required");
        fails(ew("{\"title\": \"Good Friday\", \"date\": 20300419}"), "/england-and-wales/events/0/date",
                "must be a string");
        fails(ew("{\"title\": \"Good Friday\", \"date\": \"2030-04-19\", \"notes\": 1}"),
                "/england-and-wales/events/0/notes", "must be a string");
        fails(ew("{\"title\": \"Good Friday\", \"date\": \"2030-04-19\", \"bunting\": \"yes\"}"),
                "/england-and-wales/events/0/bunting", "must be true or false");
    }

    @Test
    void badDates() {
        for (String bad : new String[] {"2030-02-30", "2030-13-01", "30-04-2030", "2030-4-19", "2030/04/19",
            "+2030-04-19", "2030-04-19T00:00", "", "tomorrow"}) {
            SafeguardingJsonException e = fails(ew("{\"title\": \"Good Friday\", \"date\": \"" + bad + "\"}"),
                    "/england-and-wales/events/0/date", "must be a calendar date written YYYY-MM-DD");
            assertFalse(!bad.isEmpty() && e.getMessage().contains(bad), e.getMessage());
        }
        fails(ew("{\"title\": \"New Year's Day\", \"date\": \"1989-12-31\"}"), "/england-and-wales/events/0/date",
                "must be within 1990-01-01 to 2099-12-31");
        fails(ew("{\"title\": \"New Year's Day\", \"date\": \"2100-01-01\"}"), "/england-and-wales/events/0/date",
                "must be within 1990-01-01 to 2099-12-31");
        fails(ew(EVENT + ", " + EVENT), "/england-and-wales/events/1/date", "must not repeat the date");
    }
}
