package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.CHILD;
import static dev.safeguarding.json.Docs.GUIDANCE;
import static dev.safeguarding.json.Docs.PROFILE;
import static dev.safeguarding.json.Docs.QUESTION;
import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Well-formed JSON holding a value the format or the model cannot accept: an error at its pointer. */
class BadValueTest {

    private static final String LEVELS = "UNIVERSAL, ADDITIONAL, COMPLEX, ACUTE";

    // wrong JSON type

    @Test
    void numberWhereAStringIsExpected() {
        failsAt("/id", "expected a string, found a number", json("{'id':42,'dateOfBirth':'2015-06-01'}"), Child.class);
    }

    @Test
    void stringWhereAnObjectIsExpected() {
        ObjectNode question = tree(QUESTION).put("child", "c-1");
        failsAt("/child", "expected an object, found a string", question.toString(), ThresholdQuestion.class);
    }

    @Test
    void objectWhereAnArrayIsExpected() {
        ObjectNode question = tree(QUESTION);
        question.putObject("indicators");
        failsAt("/indicators", "expected an array, found an object", question.toString(), ThresholdQuestion.class);
    }

    @Test
    void stringWhereTrueOrFalseIsExpected() {
        ObjectNode question = tree(QUESTION).put("immediateDanger", "true");
        failsAt("/immediateDanger", "expected true or false, found a string", question.toString(),
                ThresholdQuestion.class);
    }

    @Test
    void stringWhereAWholeNumberIsExpected() {
        ObjectNode profile = tree(PROFILE).put("combinationMinimumDomains", "2");
        failsAt("/combinationMinimumDomains", "expected a whole number, found a string", profile.toString(),
                ThresholdProfile.class);
    }

    @Test
    void arrayWhereTheDocumentShouldBeAnObject() {
        failsAt("", "expected an object, found an array", "[]", Child.class);
    }

    @Test
    void numberWhereAnEnumConstantIsExpected() {
        failsAt("", "expected a string, found a number", "2", LevelOfNeed.class);
    }

    // missing and null

    @Test
    void missingRequiredFieldIsAnErrorAtItsPointer() {
        failsAt("/id", "required, but missing", json("{'dateOfBirth':'2015-06-01'}"), Child.class);
    }

    @Test
    void missingRequiredFieldOfANestedObjectIsAnErrorAtItsFullPointer() {
        ObjectNode question = tree(QUESTION);
        ((ObjectNode) question.get("child")).remove("id");
        failsAt("/child/id", "required, but missing", question.toString(), ThresholdQuestion.class);
    }

    @Test
    void missingChildOfAQuestion() {
        failsAt("/child", "required, but missing", "{}", ThresholdQuestion.class);
    }

    @Test
    void missingFieldOfAnElementOfAList() {
        ObjectNode guidance = tree(GUIDANCE);
        ((ObjectNode) guidance.get("reasons").get(0)).remove("source");
        failsAt("/reasons/0/source", "required, but missing", guidance.toString(), ThresholdGuidance.class);
    }

    @Test
    void nullWhereAStringIsRequired() {
        failsAt("/id", "expected a string, found null", json("{'id':null,'dateOfBirth':'2015-06-01'}"), Child.class);
    }

    @Test
    void nullWhereAnObjectIsRequired() {
        ObjectNode question = tree(QUESTION).putNull("child");
        failsAt("/child", "expected an object, found null", question.toString(), ThresholdQuestion.class);
    }

    @Test
    void nullIsNotAValueForADefaultedField() {
        ObjectNode question = tree(QUESTION).putNull("consent");
        failsAt("/consent", "expected a string, found null", question.toString(), ThresholdQuestion.class);
    }

    @Test
    void nullIsNotAValueForACollection() {
        ObjectNode question = tree(QUESTION).putNull("cohorts");
        failsAt("/cohorts", "expected an array, found null", question.toString(), ThresholdQuestion.class);
    }

    @Test
    void nullAsAnElementOfAList() {
        ObjectNode question = tree(QUESTION);
        ((ArrayNode) question.get("indicators")).addNull();
        failsAt("/indicators/1", "expected an object, found null", question.toString(), ThresholdQuestion.class);
    }

    @Test
    void nullDocument() {
        failsAt("", "expected an object, found null", "null", Child.class);
    }

    // enums

    @Test
    void unknownEnumConstantListsTheAllowedOnes() {
        ObjectNode question = tree(QUESTION);
        ((ObjectNode) question.get("indicators").get(0)).put("level", "SEVERE");
        failsAt("/indicators/0/level", "not a known LevelOfNeed; expected one of: " + LEVELS, question.toString(),
                ThresholdQuestion.class);
    }

    @Test
    void enumConstantsAreCaseSensitive() {
        failsAt("", "expected one of: " + LEVELS, "\"additional\"", LevelOfNeed.class);
    }

    @Test
    void guidanceCodeMustBeTheStableCodeNotTheConstantName() {
        ObjectNode statement = tree(PROFILE.statements().get(0)).put("code", "IMMEDIATE_DANGER");
        failsAt("/code", "not a known GuidanceCode; expected one of: need.immediate-danger, "
                + "need.section-47-indicator,", statement.toString(), GuidanceStatement.class);
    }

    @Test
    void unknownLevelAsAKeyOfResponses() {
        ObjectNode profile = tree(PROFILE);
        ((ObjectNode) profile.get("responses")).put("SEVERE", "EMERGENCY");
        failsAt("/responses/(unknown property 5)", "expected one of: " + LEVELS, profile.toString(), ThresholdProfile.class);
    }

    @Test
    void unknownPathwayAsAValueOfResponses() {
        ObjectNode profile = tree(PROFILE);
        ((ObjectNode) profile.get("responses")).put("ACUTE", "PANIC");
        failsAt("/responses/ACUTE", "not a known Pathway; expected one of: SELF_HELP_AND_ADVICE,", profile.toString(),
                ThresholdProfile.class);
    }

    @Test
    void constantTwiceInASetIsAnErrorAtItsSecondPlace() {
        ObjectNode question = tree(QUESTION);
        question.putArray("cohorts").add("YOUNG_CARERS").add("PRIVATELY_FOSTERED").add("YOUNG_CARERS");
        failsAt("/cohorts/2", "appears more than once", question.toString(), ThresholdQuestion.class);
    }

    // numbers

    @Test
    void numberBeyondTheRangeOfIntIsOutOfRange() {
        ObjectNode profile = tree(PROFILE).put("combinationMinimumIndicators", 2_147_483_648L);
        failsAt("/combinationMinimumIndicators", "out of range: expected a whole number from -2147483648 to 2147483647",
                profile.toString(), ThresholdProfile.class);
    }

    @Test
    void hugeNumberIsOutOfRange() {
        ObjectNode profile = tree(PROFILE).put("combinationMinimumIndicators", new BigInteger("9".repeat(40)));
        failsAt("/combinationMinimumIndicators", "out of range", profile.toString(), ThresholdProfile.class);
    }

    @Test
    void numberWithAFractionIsNotAWholeNumber() {
        ObjectNode profile = tree(PROFILE).put("combinationMinimumDomains", 1.5);
        failsAt("/combinationMinimumDomains", "expected a whole number, found a number with a fraction",
                profile.toString(), ThresholdProfile.class);
    }

    @Test
    void numberWithAnExponentIsNotAWholeNumber() {
        String profile = tree(PROFILE).toString().replace("\"combinationMinimumDomains\":1",
                "\"combinationMinimumDomains\":1e0");
        failsAt("/combinationMinimumDomains", "expected a whole number", profile, ThresholdProfile.class);
    }

    @Test
    void numberOutsideTheModelsRangeBreaksTheModelsRule() {
        ObjectNode profile = tree(PROFILE).put("combinationMinimumDomains", 4);
        SafeguardingJsonException e = failsAt("/combinationMinimumDomains", "must be between 1 and 3",
                profile.toString(), ThresholdProfile.class);
        assertInstanceOf(InvalidValueException.class, e.getCause());
    }

    // dates

    @Test
    void impossibleDateIsAnError() {
        failsAt("/dateOfBirth", "expected a date that exists, as yyyy-MM-dd",
                json("{'id':'c-1','dateOfBirth':'2023-02-30'}"), Child.class);
    }

    @Test
    void dateNotWrittenAsYearMonthDayIsAnError() {
        for (String date : new String[] {"01/02/2023", "2023-2-3", "2023-02-03T10:15:00", "20230203", ""}) {
            SafeguardingJsonException e = failsAt("/expectedDateOfDelivery", "as yyyy-MM-dd",
                    json("{'id':'c-1','expectedDateOfDelivery':'" + date + "'}"), Child.class);
            assertNull(e.getCause(), "the parser's exception quotes the date");
        }
    }

    @Test
    void dateOfTheTwentyNinthOfFebruaryInALeapYearIsRead() {
        Child child = Docs.JSON.read(json("{'id':'c-1','dateOfBirth':'2024-02-29'}"), Child.class);
        assertEquals(Child.born("c-1", java.time.LocalDate.of(2024, 2, 29)), child);
    }

    // unknown properties

    @Test
    void unknownPropertyIsAnErrorListingTheKnownOnes() {
        failsAt("/(unknown property 3)", "unknown property; expected one of: id, dateOfBirth, expectedDateOfDelivery, name",
                json("{'id':'c-1','dateOfBirth':'2015-06-01','nickname':'x'}"), Child.class);
    }

    @Test
    void unknownPropertyOfANestedObjectIsAnErrorAtItsFullPointer() {
        ObjectNode guidance = tree(GUIDANCE);
        ((ObjectNode) guidance.get("considerations").get(0).get("source")).put("page", 12);
        failsAt("/considerations/0/source/(unknown property 3)", "unknown property; expected one of: document, section",
                guidance.toString(), ThresholdGuidance.class);
    }

    @Test
    void unknownPropertyNameIsReplacedByItsPlaceInThePointerNeverRepeated() {
        failsAt("/(unknown property 3)", "unknown property",
                json("{'id':'c-1','dateOfBirth':'2015-06-01','a/b~c':1}"), Child.class);
    }

    // the model's own rules

    @Test
    void bothDatesOfAChildBreakTheModelsRuleAtTheFieldItNames() {
        SafeguardingJsonException e = failsAt("/dateOfBirth",
                "exactly one of dateOfBirth and expectedDateOfDelivery must be given",
                json("{'id':'c-1','dateOfBirth':'2015-06-01','expectedDateOfDelivery':'2015-06-01'}"), Child.class);
        assertInstanceOf(InvalidValueException.class, e.getCause());
    }

    @Test
    void neitherDateOfAChild() {
        failsAt("/dateOfBirth", "exactly one of", json("{'id':'c-1'}"), Child.class);
    }

    @Test
    void blankNameOfANestedChild() {
        ObjectNode question = tree(QUESTION);
        ((ObjectNode) question.get("child")).put("name", "  ");
        failsAt("/child/name", "must not be blank", question.toString(), ThresholdQuestion.class);
    }

    @Test
    void profileWithoutAResponseForEveryLevel() {
        ObjectNode profile = tree(PROFILE);
        ((ObjectNode) profile.get("responses")).remove("ACUTE");
        failsAt("/responses", "must give a response for every level; missing [ACUTE]", profile.toString(),
                ThresholdProfile.class);
    }

    @Test
    void profileWithTheSameCodeTwice() {
        ObjectNode profile = tree(PROFILE);
        ArrayNode statements = (ArrayNode) profile.get("statements");
        statements.add(statements.get(0).deepCopy());
        failsAt("/statements", "must hold one statement per code; need.immediate-danger appears twice",
                profile.toString(), ThresholdProfile.class);
    }

    @Test
    void guidanceWithoutReasons() {
        ObjectNode guidance = tree(GUIDANCE);
        guidance.remove("reasons");
        failsAt("/reasons", "must hold at least one reason", guidance.toString(), ThresholdGuidance.class);
    }

    @Test
    void guidanceWhoseProfessionalJudgementHasAnotherCode() {
        ObjectNode guidance = tree(GUIDANCE);
        ((ObjectNode) guidance.get("professionalJudgement")).put("code", "need.no-indicators");
        failsAt("/professionalJudgement", "must have the code need.professional-judgement", guidance.toString(),
                ThresholdGuidance.class);
    }

    @Test
    void firstErrorInAListNamesItsIndex() {
        ObjectNode guidance = tree(GUIDANCE);
        ((ObjectNode) guidance.get("considerations").get(0)).put("text", "");
        failsAt("/considerations/0/text", "must not be blank", guidance.toString(), ThresholdGuidance.class);
    }

    @Test
    void everyErrorNamesThePointerInItsMessageToo() {
        SafeguardingJsonException e = failsAt("/id", "required", json("{'dateOfBirth':'2015-06-01'}"), Child.class);
        assertEquals("/id: required, but missing", e.getMessage());
        assertEquals("(document): expected an object, found null",
                Docs.readFails(Docs.JSON, "null", Child.class).getMessage());
        assertEquals(CHILD, Docs.JSON.read(Docs.JSON.write(CHILD), Child.class));
    }
}
