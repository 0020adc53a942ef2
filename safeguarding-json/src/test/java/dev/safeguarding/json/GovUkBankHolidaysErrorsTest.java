package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        SafeguardingJsonException e = fails("{\"england-and-wales\": {\"division\": SECRET-NAME",
                "/england-and-wales/division", "malformed JSON");
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        fails("", "", "found no content");
        fails("[]", "", "expected an object, found an array");
        fails("\"bank holidays\"", "", "expected an object, found a string");
        fails("{}", "", "at least one of the divisions");
        fails(ew(EVENT) + " {}", "", "unexpected content after the JSON value");
    }

    @Test
    void aPropertyGivenTwice() {
        fails("{\"scotland\": {\"division\": \"scotland\", \"events\": [" + EVENT + "]}, \"scotland\": {}}", "/scotland",
                "duplicate property");
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
        SafeguardingJsonException deep = assertThrows(SafeguardingJsonException.class, () -> GovUkBankHolidays.parse(
                "{\"scotland\": {\"future\": " + "[".repeat(100) + "]".repeat(100) + "}}"));
        assertTrue(deep.path().startsWith("/scotland/(unknown property 1)/0/0"), deep.path());
        assertTrue(deep.getMessage().contains("nested deeper than the limit"), deep.getMessage());
        assertEquals(null, deep.getCause());
        fails(ew("{\"title\": \"" + "x".repeat(200_000) + "\", \"date\": \"2030-04-19\"}"),
                "/england-and-wales/events/0/title", "a string longer than the limit");
    }

    @Test
    void bytesThatAreNotUtf8AreAMalformedFileWhoseErrorQuotesNothing() {
        byte[] file = ("{\"scotland\": {\"division\": \"Zebedee\u00e9\", \"events\": []}}")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        SafeguardingJsonException e = assertThrows(SafeguardingJsonException.class,
                () -> GovUkBankHolidays.read(new java.io.ByteArrayInputStream(file)));
        assertEquals("/scotland/division", e.path());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        assertEquals(null, e.getCause());
        assertFalse(e.getMessage().contains("Zebedee"), e.getMessage());
    }

    @Test
    void aDivisionThatIsNotOne() {
        fails("{\"scotland\": []}", "/scotland", "expected an object, found an array");
        fails("{\"scotland\": {\"events\": [" + EVENT + "]}}", "/scotland/division", "required, but missing");
        fails("{\"scotland\": {\"division\": 3, \"events\": [" + EVENT + "]}}", "/scotland/division", "expected a string, found a number");
        SafeguardingJsonException e = fails("{\"scotland\": {\"division\": \"northern-ireland\", \"events\": [" + EVENT
                + "]}}", "/scotland/division", "must be 'scotland'");
        assertFalse(e.getMessage().contains("northern-ireland"), e.getMessage());
        fails("{\"scotland\": {\"division\": \"scotland\"}}", "/scotland/events", "at least one bank holiday");
        fails("{\"scotland\": {\"division\": \"scotland\", \"events\": {}}}", "/scotland/events", "expected an array, found an object");
        fails("{\"scotland\": {\"division\": \"scotland\", \"events\": []}}", "/scotland/events",
                "at least one bank holiday");
    }

    @Test
    void anEventThatIsNotOne() {
        fails(ew("\"New Year's Day\""), "/england-and-wales/events/0", "expected an object, found a string");
        fails(ew(EVENT + ", {\"date\": \"2030-04-19\"}"), "/england-and-wales/events/1/title", "required, but missing");
        fails(ew("{\"title\": null, \"date\": \"2030-04-19\"}"), "/england-and-wales/events/0/title", "found null");
        fails(ew("{\"title\": 7, \"date\": \"2030-04-19\"}"), "/england-and-wales/events/0/title", "expected a string, found a number");
        fails(ew("{\"title\": \"  \", \"date\": \"2030-04-19\"}"), "/england-and-wales/events/0/title", "not be blank");
        fails(ew("{\"title\": \"Good Friday\"}"), "/england-and-wales/events/0/date", "required, but missing");
        fails(ew("{\"title\": \"Good Friday\", \"date\": 20300419}"), "/england-and-wales/events/0/date",
                "expected a string, found a number");
        fails(ew("{\"title\": \"Good Friday\", \"date\": \"2030-04-19\", \"notes\": 1}"),
                "/england-and-wales/events/0/notes", "expected a string, found a number");
        fails(ew("{\"title\": \"Good Friday\", \"date\": \"2030-04-19\", \"bunting\": \"yes\"}"),
                "/england-and-wales/events/0/bunting", "expected true or false, found a string");
    }

    @Test
    void badDates() {
        for (String bad : new String[] {"2030-02-30", "2030-13-01", "30-04-2030", "2030-4-19", "2030/04/19",
            "+2030-04-19", "2030-04-19T00:00", "", "tomorrow"}) {
            SafeguardingJsonException e = fails(ew("{\"title\": \"Good Friday\", \"date\": \"" + bad + "\"}"),
                    "/england-and-wales/events/0/date", "expected a date that exists, as yyyy-MM-dd");
            assertFalse(!bad.isEmpty() && e.getMessage().contains(bad), e.getMessage());
        }
        fails(ew("{\"title\": \"New Year's Day\", \"date\": \"1989-12-31\"}"), "/england-and-wales/events/0/date",
                "must be within 1990-01-01 to 2099-12-31");
        fails(ew("{\"title\": \"New Year's Day\", \"date\": \"2100-01-01\"}"), "/england-and-wales/events/0/date",
                "must be within 1990-01-01 to 2099-12-31");
        fails(ew(EVENT + ", " + EVENT), "/england-and-wales/events/1/date", "must not repeat the date");
    }
}
