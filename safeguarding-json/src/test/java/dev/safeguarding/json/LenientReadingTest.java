package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.CHILD;
import static dev.safeguarding.json.Docs.GUIDANCE;
import static dev.safeguarding.json.Docs.PROFILE;
import static dev.safeguarding.json.Docs.QUESTION;
import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The lenient reader ignores unknown properties, and nothing else. */
class LenientReadingTest {

    private static final SafeguardingJson LENIENT = SafeguardingJson.lenient();

    @Test
    void ignoresAnUnknownPropertyOfTheDocument() {
        assertEquals(CHILD, LENIENT.read(json("{'id':'c-1','nickname':'x','dateOfBirth':'2015-06-01'}"), Child.class));
    }

    @Test
    void ignoresUnknownPropertiesAtEveryDepthWhateverTheirValue() {
        ObjectNode guidance = tree(GUIDANCE).put("version", 2);
        ((ObjectNode) guidance.get("reasons").get(0)).putObject("extra").putArray("deeper").add(1);
        ((ObjectNode) guidance.get("professionalJudgement").get("source")).putNull("page");

        assertEquals(GUIDANCE, LENIENT.read(guidance.toString(), ThresholdGuidance.class));
    }

    @Test
    void ignoresUnknownPropertiesOfGeneratedQuestions() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            ObjectNode document = tree(question).put("recordedBy", "someone");
            ((ObjectNode) document.get("child")).put("school", "somewhere");
            assertEquals(question, LENIENT.read(document.toString(), ThresholdQuestion.class));
        });
    }

    @Test
    void standardReaderRejectsWhatTheLenientOneIgnores() {
        failsAt("/(unknown property 2)", "unknown property", json("{'id':'c-1','nickname':'x','dateOfBirth':'2015-06-01'}"),
                Child.class);
    }

    @Test
    void stillRejectsAMissingField() {
        failsAt(LENIENT, "/child/id", "required, but missing", json("{'child':{'dateOfBirth':'2015-06-01'}}"),
                ThresholdQuestion.class);
    }

    @Test
    void stillRejectsAWrongType() {
        failsAt(LENIENT, "/immediateDanger", "expected true or false, found a number",
                tree(QUESTION).put("immediateDanger", 1).toString(), ThresholdQuestion.class);
    }

    @Test
    void stillRejectsAnUnknownEnumConstant() {
        failsAt(LENIENT, "/consent", "not a known ConsentStatus", tree(QUESTION).put("consent", "MAYBE").toString(),
                ThresholdQuestion.class);
    }

    @Test
    void stillRejectsAnUnknownLevelAsAKeyOfResponsesForKeysAreData() {
        ObjectNode profile = tree(PROFILE);
        ((ObjectNode) profile.get("responses")).put("SEVERE", "EMERGENCY");
        failsAt(LENIENT, "/responses/(unknown property 5)", "not a known LevelOfNeed", profile.toString(), ThresholdProfile.class);
    }

    @Test
    void stillRejectsDuplicateKeysEvenOfUnknownProperties() {
        failsAt(LENIENT, "/(unknown property 4)", "duplicate property", json("{'id':'c-1','dateOfBirth':'2015-06-01','x':1,'x':2}"),
                Child.class);
    }

    @Test
    void stillRejectsTrailingContent() {
        failsAt(LENIENT, "", "unexpected content after the JSON value", Docs.JSON.write(CHILD) + "{}", Child.class);
    }

    @Test
    void stillRejectsAnImpossibleDate() {
        failsAt(LENIENT, "/dateOfBirth", "expected a date that exists", json("{'id':'c-1','dateOfBirth':'2023-02-30'}"),
                Child.class);
    }

    @Test
    void stillAppliesTheLimits() {
        int depth = SafeguardingJson.MAX_NESTING_DEPTH + 1;
        failsAt(LENIENT, "/(unknown property 3)" + "/0".repeat(depth - 2), "nested deeper than the limit",
                json("{'id':'c-1','dateOfBirth':'2015-06-01','x':" + "[".repeat(depth)), Child.class);
    }

    @Test
    void writesExactlyAsTheStandardOne() {
        Property.forAll(ModelGen.thresholdProfiles(), profile -> {
            assertEquals(Docs.JSON.write(profile), LENIENT.write(profile));
            assertEquals(Docs.JSON.writePretty(profile), LENIENT.writePretty(profile));
        });
    }

    @Test
    void isOneSharedInstance() {
        assertSame(LENIENT, SafeguardingJson.lenient());
        assertEquals("SafeguardingJson[lenient]", LENIENT.toString());
    }
}
