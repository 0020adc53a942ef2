package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.neverShows;
import static dev.safeguarding.json.Docs.JSON;
import static dev.safeguarding.json.Docs.QUESTION;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.readFails;
import static dev.safeguarding.json.Docs.tree;

import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input never comes back in an error: not in the message, not in a cause's message, not in the
 * printed stack trace that ends up in a log. A date of birth, a name or a description of a concern is
 * personal data.
 */
class PersonalDataTest {

    private static final String DATE_OF_BIRTH = "2013-02-30";
    private static final String NAME = "Alice Nobody-Real";



    @Test
    void impossibleDateOfBirthIsNotInTheError() {
        neverShows(DATE_OF_BIRTH, readFails(JSON, json("{'id':'c-1','dateOfBirth':'" + DATE_OF_BIRTH + "'}"),
                Child.class));
    }

    @Test
    void malformedDateOfBirthIsNotInTheError() {
        neverShows("30/02/2013", readFails(JSON, json("{'id':'c-1','dateOfBirth':'30/02/2013'}"), Child.class));
    }

    @Test
    void nameOfTheWrongTypeIsNotInTheError() {
        neverShows(NAME, readFails(JSON, json("{'id':'c-1','dateOfBirth':'2015-06-01','name':['" + NAME + "']}"),
                Child.class));
    }

    @Test
    void nameGivenWhereAnEnumConstantBelongsIsNotInTheError() {
        ObjectNode question = tree(QUESTION).put("consent", NAME);
        neverShows(NAME, readFails(JSON, question.toString(), ThresholdQuestion.class));
    }

    @Test
    void unquotedNameThatBreaksTheSyntaxIsNotInTheError() {
        // Jackson's own message would be "Unrecognized token 'Alice'".
        neverShows("Alice", readFails(JSON, "{\"id\":\"c-1\",\"name\":Alice Nobody}", Child.class));
    }

    @Test
    void nameAfterTheValueIsNotInTheError() {
        neverShows("Alice", readFails(JSON, json("{'id':'c-1','dateOfBirth':'2015-06-01'} Alice"), Child.class));
    }

    @Test
    void nameInADuplicatedPropertyIsNotInTheError() {
        neverShows(NAME, readFails(JSON,
                json("{'id':'c-1','dateOfBirth':'2015-06-01','name':'x','name':'" + NAME + "'}"), Child.class));
    }

    @Test
    void descriptionOfAConcernWithATypoIsNotInTheError() {
        String description = "Mother says the father hit Alice";
        String text = JSON.write(NeedIndicator.of(QUESTION.indicators().get(0).domain(),
                QUESTION.indicators().get(0).level(), description)).replace("\"level\"", "\"levle\"");
        neverShows(description, readFails(JSON, text, NeedIndicator.class));
    }

    @Test
    void impossibleDatesOfBirthAreNeverInTheError() {
        Gen<String> impossibleDates = random -> String.format("%04d-%02d-%02d", 1990 + random.nextInt(110),
                1 + random.nextInt(12), 32 + random.nextInt(68));
        Property.forAll(impossibleDates, date -> neverShows(date,
                readFails(JSON, json("{'id':'c-1','dateOfBirth':'" + date + "'}"), Child.class)));
    }

    @Test
    void namesInTheWrongPlaceAreNeverInTheError() {
        Gen<String> names = Gen.text(8, 30).filter(name -> !name.isBlank() && name.strip().length() >= 8);
        Property.forAll(names, name -> {
            ObjectNode question = tree(QUESTION).put("earlyHelp", name);
            neverShows(name, readFails(JSON, question.toString(), ThresholdQuestion.class));
            ObjectNode child = tree(Docs.CHILD).put("dateOfBirth", name);
            neverShows(name, readFails(JSON, child.toString(), Child.class));
        });
    }
}
