package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.CHILD;
import static dev.safeguarding.json.Docs.JSON;
import static dev.safeguarding.json.Docs.PROFILE;
import static dev.safeguarding.json.Docs.QUESTION;
import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void nestingAtTheLimitIsParsed() {
        int depth = SafeguardingJson.MAX_NESTING_DEPTH;
        String deepest = "[".repeat(depth) + "]".repeat(depth);
        failsAt("", "expected an object, found an array", deepest, Child.class);
    }

    @Test
    void nestingBeyondTheLimitIsRejected() {
        int depth = SafeguardingJson.MAX_NESTING_DEPTH + 1;
        String tooDeep = "[".repeat(depth) + "]".repeat(depth);
        failsAt("/0".repeat(SafeguardingJson.MAX_NESTING_DEPTH), "nested deeper than the limit of 64 levels",
                tooDeep, Child.class);
    }

    @Test
    void nestingFarBeyondTheLimitIsRejectedWithoutOverflowingTheStack() {
        String hostile = "{\"child\":" + "{\"name\":[".repeat(100_000);
        // depth 3 is the first array, at /child/name; depth 65, one too deep, is the 32nd array
        failsAt("/child/name" + "/0/name".repeat(31), "nested deeper than the limit", hostile,
                ThresholdQuestion.class);
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
