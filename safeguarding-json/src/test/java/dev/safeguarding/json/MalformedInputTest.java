package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.CHILD;
import static dev.safeguarding.json.Docs.JSON;
import static dev.safeguarding.json.Docs.PROFILE;
import static dev.safeguarding.json.Docs.QUESTION;
import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.readFails;
import static dev.safeguarding.json.Docs.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text that is not one well-formed JSON value within the limits: an error at the pointer where the
 * parser stopped, in the format's words, never Jackson's (which quote the input).
 */
class MalformedInputTest {

    private static final String CHILD_JSON = json("{'id':'c-1','dateOfBirth':'2015-06-01'}");

    // duplicate keys

    @Test
    void duplicateKeyIsAnErrorAtTheSecondOne() {
        SafeguardingJsonException e = failsAt("/id", "duplicate property",
                json("{'id':'c-1','dateOfBirth':'2015-06-01','id':'c-2'}"), Child.class);
        assertNull(e.getCause());
    }

    @Test
    void duplicateKeyOfANestedObject() {
        String question = JSON.write(QUESTION).replace("\"level\":\"COMPLEX\"",
                "\"level\":\"COMPLEX\",\"level\":\"ACUTE\"");
        failsAt("/indicators/0/level", "duplicate property", question, ThresholdQuestion.class);
    }

    @Test
    void duplicateKeyOfResponses() {
        String profile = JSON.write(PROFILE).replace("\"ACUTE\":\"CADS_CONSULTATION\"",
                "\"ACUTE\":\"CADS_CONSULTATION\",\"ACUTE\":\"EMERGENCY\"");
        failsAt("/responses/ACUTE", "duplicate property", profile, ThresholdProfile.class);
    }

    // trailing content, empty and broken text

    @Test
    void secondValueAfterTheFirstIsTrailingContent() {
        failsAt("", "unexpected content after the JSON value at line 1, column 41", CHILD_JSON + " {}", Child.class);
    }

    @Test
    void garbageAfterTheValueIsTrailingContent() {
        failsAt("", "unexpected content after the JSON value", CHILD_JSON + "x", Child.class);
        failsAt("", "unexpected content after the JSON value", CHILD_JSON + ",", Child.class);
        failsAt("", "unexpected content after the JSON value", CHILD_JSON + "]", Child.class);
    }

    @Test
    void aMalformedObjectBeforeItsFirstNameIsAnErrorAtTheObject() {
        failsAt("", "malformed JSON", "{,}", Child.class);
        failsAt("/child", "malformed JSON", "{\"child\": {,}}", ThresholdQuestion.class);
        SafeguardingJsonException holidays = org.junit.jupiter.api.Assertions.assertThrows(
                SafeguardingJsonException.class, () -> GovUkBankHolidays.parse("{\"scotland\": {,}}"));
        assertEquals("/scotland", holidays.path());
    }

    @Test
    void whiteSpaceAroundTheValueIsFine() {
        assertEquals(CHILD, JSON.read(" \n\t" + CHILD_JSON + "\r\n ", Child.class));
    }

    @Test
    void emptyTextHoldsNoValue() {
        failsAt("", "expected a JSON value, found no content", "", Child.class);
        failsAt("", "expected a JSON value, found no content", "  \n ", Child.class);
    }

    @Test
    void truncatedTextIsIncomplete() {
        failsAt("/dateOfBirth", "unexpected end of input", CHILD_JSON.substring(0, CHILD_JSON.length() - 1),
                Child.class);
    }

    @Test
    void malformedTokenIsAnErrorAtItsPlaceWithLineAndColumn() {
        failsAt("/id", "malformed JSON at line 2, column 7", "{\n\"id\": c-1, \"dateOfBirth\": \"2015-06-01\"}",
                Child.class);
    }

    @Test
    void singleQuotesCommentsAndTrailingCommasAreNotJson() {
        failsAt("", "malformed JSON", "{'id':'c-1','dateOfBirth':'2015-06-01'}", Child.class);
        failsAt("", "malformed JSON", "/* c */" + CHILD_JSON, Child.class);
        failsAt("/dateOfBirth", "malformed JSON", json("{'id':'c-1','dateOfBirth':'2015-06-01',}"), Child.class);
    }

    @Test
    void nonNumbersAreNotJson() {
        ObjectNode profile = tree(PROFILE);
        String text = profile.toString().replace("\"combinationMinimumDomains\":1",
                "\"combinationMinimumDomains\":NaN");
        failsAt("/combinationMinimumDomains", "malformed JSON", text, ThresholdProfile.class);
    }

    // limits

    // The reader reads as it parses, so a document is read only as deep as its type goes: the nesting limit
    // is met where a reader skips a value it does not read, an unknown property in the lenient reader.

    @Test
    void nestingAtTheLimitIsParsed() {
        int arrays = SafeguardingJson.MAX_NESTING_DEPTH - 1;   // inside the document's own object
        String deepest = CHILD_JSON.replace("}", ",\"x\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}");
        assertEquals(CHILD, SafeguardingJson.lenient().read(deepest, Child.class));
    }

    @Test
    void nestingBeyondTheLimitIsRejected() {
        int arrays = SafeguardingJson.MAX_NESTING_DEPTH;
        String tooDeep = CHILD_JSON.replace("}", ",\"x\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}");
        failsAt(SafeguardingJson.lenient(), "/(unknown property 3)" + "/0".repeat(arrays - 1),
                "nested deeper than the limit of 64 levels", tooDeep, Child.class);
    }

    @Test
    void nestingFarBeyondTheLimitIsRejectedWithoutOverflowingTheStack() {
        String hostile = "{\"child\":{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"x\":"
                + "{\"x\":[".repeat(100_000);
        SafeguardingJsonException e = readFails(SafeguardingJson.lenient(), hostile, ThresholdQuestion.class);
        assertTrue(e.getMessage().contains("nested deeper than the limit"), e::getMessage);
    }

    @Test
    void aDocumentOfTheWrongShapeFailsAtItsFirstValueWhateverFollows() {
        int depth = SafeguardingJson.MAX_NESTING_DEPTH + 1;
        failsAt("", "expected an object, found an array", "[".repeat(depth) + "]".repeat(depth), Child.class);
    }

    @Test
    void documentAtTheLengthLimitIsRead() {
        String padded = CHILD_JSON + " ".repeat(SafeguardingJson.MAX_DOCUMENT_LENGTH - CHILD_JSON.length());
        assertEquals(CHILD, JSON.read(padded, Child.class));
    }

    @Test
    void documentBeyondTheLengthLimitIsRejectedBeforeParsing() {
        String padded = CHILD_JSON + " ".repeat(SafeguardingJson.MAX_DOCUMENT_LENGTH - CHILD_JSON.length() + 1);
        failsAt("", "longer than the limit of 1000000 characters", padded, Child.class);
    }

    @Test
    void stringAtTheLengthLimitIsRead() {
        String name = "n".repeat(SafeguardingJson.MAX_STRING_LENGTH);
        Child child = JSON.read(json("{'id':'c-1','dateOfBirth':'2015-06-01','name':'" + name + "'}"), Child.class);
        assertEquals(name, child.name().orElseThrow());
    }

    @Test
    void stringBeyondTheLengthLimitIsRejected() {
        String name = "n".repeat(SafeguardingJson.MAX_STRING_LENGTH + 1);
        failsAt("/name", "a string longer than the limit of 100000 characters",
                json("{'id':'c-1','dateOfBirth':'2015-06-01','name':'" + name + "'}"), Child.class);
    }

    @Test
    void numberBeyondTheLengthLimitIsRejected() {
        ObjectNode profile = tree(PROFILE).put("combinationMinimumDomains",
                new BigInteger("1".repeat(SafeguardingJson.MAX_NUMBER_LENGTH + 1)));
        failsAt("/combinationMinimumDomains", "a number longer than the limit of 100 characters", profile.toString(),
                ThresholdProfile.class);
    }

    @Test
    void propertyNameBeyondTheLengthLimitIsRejected() {
        String name = "p".repeat(SafeguardingJson.MAX_NAME_LENGTH + 1);
        failsAt("", "a property name longer than the limit of 256 characters",
                json("{'id':'c-1','" + name + "':1}"), Child.class);
        failsAt("/child", "a property name longer than the limit",
                json("{'child':{'id':'c-1','" + name + "':1}}"), ThresholdQuestion.class);
        failsAt("/child", "a property name longer than the limit",
                json("{'child':{'" + name + "':1}}"), ThresholdQuestion.class);
    }

    // nothing but SafeguardingJsonException

    @Test
    void corruptedDocumentsFailOnlyWithSafeguardingJsonException() {
        Gen<String> corrupted = random -> {
            StringBuilder text = new StringBuilder(JSON.write(ModelGen.thresholdQuestions().generate(random)));
            String noise = "{}[]\":,0123456789-.eE+tfnulx\\ \u00e9";
            for (int edits = 1 + random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, noise.charAt(random.nextInt(noise.length())));
                    case 2 -> text.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                    default -> text.setLength(at);
                }
            }
            return text.toString();
        };
        Property.forAll(corrupted, text -> {
            try {
                JSON.read(text, ThresholdQuestion.class);
            } catch (SafeguardingJsonException expected) {
                // the only way reading may fail
            }
        });
    }
}
