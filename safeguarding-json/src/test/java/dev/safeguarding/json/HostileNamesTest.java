package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.JSON;
import static dev.safeguarding.json.Docs.PROFILE;
import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.logged;
import static dev.safeguarding.json.Docs.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.safeguarding.json.lines.JsonLines;
import dev.safeguarding.json.lines.SkippedLines;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A name the document gives that the format does not define (an unknown property; in the lenient reader,
 * a map key that is data) never reaches a message or a {@code path()}: a newline in it would forge a log
 * line, and a name in it is personal data. The pointer stays RFC 6901, with the name replaced by its place.
 */
class HostileNamesTest {

    private static final String FORGER = "Zebedee Quartermain\nFAKE LOG LINE";
    private static final SafeguardingJson LENIENT = SafeguardingJson.lenient();

    /** No control character (a line break, an escape that moves a terminal's cursor) in {@code text}. */
    static void noControlCharacters(String text) {
        assertFalse(text.chars().anyMatch(Character::isISOControl), () -> "control character in: " + text);
    }

    private static void safe(SafeguardingJsonException e) {
        noControlCharacters(e.getMessage());
        noControlCharacters(e.path());
        assertFalse(logged(e).contains("Zebedee"), () -> logged(e));
        assertFalse(logged(e).contains("FAKE LOG LINE"), () -> logged(e));
    }

    @Test
    void unknownPropertyWithANewlineInItsNameIsReplacedByItsPlaceTheIssuesExample() {
        // issue 13: this gave "/Zebedee Quartermain⏎FAKE LOG LINE: unknown property; ..."
        String text = "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"Zebedee Quartermain\\nFAKE LOG LINE\":1}";

        SafeguardingJsonException e = failsAt("/(unknown property 3)", "unknown property; expected one of: id,",
                text, Child.class);

        safe(e);
        assertEquals("/(unknown property 3): unknown property; expected one of: id, dateOfBirth, "
                + "expectedDateOfDelivery, name", e.getMessage());
    }

    @Test
    void keyOfResponsesThatIsNoLevelIsReplacedInTheLenientReaderToo() {
        ObjectNode profile = tree(PROFILE);
        ((ObjectNode) profile.get("responses")).put(FORGER, "EMERGENCY");

        safe(failsAt(LENIENT, "/responses/(unknown property 5)", "not a known LevelOfNeed", profile.toString(),
                ThresholdProfile.class));
    }

    @Test
    void keyOfStageTimescalesThatIsNoStageIsReplaced() {
        String text = "{\"id\":\"p\",\"name\":\"n\",\"source\":{\"document\":\"d\",\"section\":\"s\"},"
                + "\"stageTimescales\":{\"" + FORGER.replace("\n", "\\n") + "\":{}}}";

        safe(failsAt(LENIENT, "/stageTimescales/(unknown property 1)", "not a known EscalationStage", text,
                EscalationProtocol.class));
    }

    @Test
    void malformedJsonInsideAnUnknownPropertyDoesNotShowItsName() {
        String text = "{\"id\":\"c-1\",\"" + FORGER.replace("\n", "\\n") + "\":[1,}";

        safe(failsAt(LENIENT, "/(unknown property 2)/1", "malformed JSON", text, Child.class));
    }

    @Test
    void anUnknownPropertyGivenTwiceDoesNotShowItsName() {
        String name = FORGER.replace("\n", "\\r\\n\\u001b[2J");
        String text = "{\"id\":\"c-1\",\"" + name + "\":1,\"" + name + "\":2}";

        safe(failsAt(LENIENT, "/(unknown property 3)", "duplicate property", text, Child.class));
    }

    @Test
    void namesTheFormatDefinesAreStillShownAsTheyAre() {
        failsAt("/dateOfBirth", "expected a date that exists", "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-02-30\"}",
                Child.class);
        ObjectNode profile = tree(PROFILE);
        ((ObjectNode) profile.get("responses")).put("ACUTE", "NOT_A_PATHWAY");
        failsAt("/responses/ACUTE", "not a known Pathway", profile.toString(), ThresholdProfile.class);
    }

    @Test
    void aJsonLinesErrorCarriesTheReplacedNameOnly() {
        String line = "{\"id\":\"c-1\",\"dateOfBirth\":\"2015-06-01\",\"" + FORGER.replace("\n", "\\n") + "\":1}";
        SkippedLines skipped = new SkippedLines();
        try (Stream<Child> children = JsonLines.standard().read(new StringReader(line + "\n"), Child.class, skipped)) {
            assertEquals(List.of(), children.toList());
        }

        String message = skipped.examples().get(0).getMessage();
        assertEquals("line 1, /(unknown property 3): unknown property; expected one of: id, dateOfBirth, "
                + "expectedDateOfDelivery, name", message);
        assertEquals("/(unknown property 3)", skipped.examples().get(0).path());
    }

    @Test
    void unknownNamesOfAnyTextNeverReachTheMessage() {
        Gen<String> names = Gen.text(1, 40).map(name -> "Zebedee" + name + "\u0007\n");
        Property.forAll(200, names, name -> {
            ObjectNode child = tree(Docs.CHILD);
            child.put(name, 1);
            SafeguardingJsonException e = Docs.readFails(JSON, child.toString(), Child.class);
            noControlCharacters(e.getMessage());
            assertFalse(logged(e).contains("Zebedee"), () -> logged(e));
            assertEquals("/(unknown property 3)", e.path());
        });
    }
}
