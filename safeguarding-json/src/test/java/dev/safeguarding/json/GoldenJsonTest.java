package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The exact JSON of hand-built values, so that the format cannot drift unnoticed. A change here is a
 * change of the published format: it needs a CHANGELOG entry and a thought for every stored document.
 */
class GoldenJsonTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();

    private static final Child SAM = Child.builder()
            .id("child-42")
            .dateOfBirth(LocalDate.of(2015, 6, 1))
            .name("Sam Example")
            .build();

    /** Sets given out of enum order, an indicator with and one without wording, every default changed. */
    private static final ThresholdQuestion QUESTION = ThresholdQuestion.builder()
            .child(SAM)
            .addIndicator(NeedIndicator.of(AssessmentDomain.PARENTING_CAPACITY, LevelOfNeed.COMPLEX,
                    "Missed health appointments"))
            .addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ADDITIONAL))
            .addSection47Indicators(Section47Indicator.SERIOUS_NEGLECT, Section47Indicator.DOMESTIC_VIOLENCE_HARM)
            .immediateDanger(true)
            .consent(ConsentStatus.GIVEN)
            .earlyHelp(EarlyHelpStatus.REVIEWED_NEEDS_NOT_MET)
            .neglectKnownOrSuspected(true)
            .addCohorts(AdditionalNeedsCohort.YOUNG_CARERS, AdditionalNeedsCohort.PRIVATELY_FOSTERED)
            .build();

    private static final String QUESTION_JSON = "{"
            + "\"child\":{\"id\":\"child-42\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"Sam Example\"},"
            + "\"indicators\":["
            + "{\"domain\":\"PARENTING_CAPACITY\",\"level\":\"COMPLEX\","
            + "\"description\":\"Missed health appointments\"},"
            + "{\"domain\":\"CHILDS_DEVELOPMENTAL_NEEDS\",\"level\":\"ADDITIONAL\"}],"
            + "\"section47Indicators\":[\"DOMESTIC_VIOLENCE_HARM\",\"SERIOUS_NEGLECT\"],"
            + "\"immediateDanger\":true,"
            + "\"consent\":\"GIVEN\","
            + "\"earlyHelp\":\"REVIEWED_NEEDS_NOT_MET\","
            + "\"neglectKnownOrSuspected\":true,"
            + "\"cohorts\":[\"PRIVATELY_FOSTERED\",\"YOUNG_CARERS\"]"
            + "}";

    @Test
    void thresholdQuestionHasThisExactJson() {
        assertEquals(QUESTION_JSON, JSON.write(QUESTION));
        assertEquals(QUESTION, JSON.read(QUESTION_JSON, ThresholdQuestion.class));
    }

    @Test
    void theBasesOfSuspectedNeglectAreWrittenOnlyWhenThereAreSome() {
        ThresholdQuestion question = ThresholdQuestion.builder(QUESTION)
                .addNeglectBases(NeglectBasis.NOT_BROUGHT_OR_REFUSED_PATTERN).build();
        String json = QUESTION_JSON.replace("\"neglectKnownOrSuspected\":true,",
                "\"neglectKnownOrSuspected\":true,\"neglectBases\":[\"NOT_BROUGHT_OR_REFUSED_PATTERN\"],");

        assertEquals(json, JSON.write(question));
        assertEquals(question, JSON.read(json, ThresholdQuestion.class));
    }

    @Test
    void questionWithOnlyAChildWritesEveryDefaultAndEmptyCollection() {
        ThresholdQuestion question = ThresholdQuestion.builder().child(Child.unborn("u-1", LocalDate.of(2026, 3, 9)))
                .build();
        String json = "{\"child\":{\"id\":\"u-1\",\"expectedDateOfDelivery\":\"2026-03-09\"},"
                + "\"indicators\":[],\"section47Indicators\":[],\"immediateDanger\":false,\"consent\":\"NOT_SOUGHT\","
                + "\"earlyHelp\":\"NOT_IN_PLACE\",\"neglectKnownOrSuspected\":false,\"cohorts\":[]}";

        assertEquals(json, JSON.write(question));
        assertEquals(question, JSON.read(json, ThresholdQuestion.class));
    }

    @Test
    void childHasThisExactJson() {
        String json = "{\"id\":\"child-42\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"Sam Example\"}";

        assertEquals(json, JSON.write(SAM));
        assertEquals(SAM, JSON.read(json, Child.class));
    }

    @Test
    void unbornChildWithoutNameLeavesOutTheEmptyOptionals() {
        Child unborn = Child.unborn("u-1", LocalDate.of(2026, 3, 9));

        assertEquals("{\"id\":\"u-1\",\"expectedDateOfDelivery\":\"2026-03-09\"}", JSON.write(unborn));
    }

    @Test
    void prettyJsonIsIndentedByTwoSpacesWithUnixLineEnds() {
        String pretty = "{\n"
                + "  \"id\": \"child-42\",\n"
                + "  \"dateOfBirth\": \"2015-06-01\",\n"
                + "  \"name\": \"Sam Example\"\n"
                + "}";

        assertEquals(pretty, JSON.writePretty(SAM));
        assertEquals(SAM, JSON.read(pretty, Child.class));
    }

    @Test
    void prettyJsonWritesEmptyArraysAsTwoBrackets() {
        ThresholdQuestion question = ThresholdQuestion.builder().child(Child.unborn("u-1", LocalDate.of(2026, 3, 9)))
                .build();

        assertEquals("{\n"
                + "  \"child\": {\n"
                + "    \"id\": \"u-1\",\n"
                + "    \"expectedDateOfDelivery\": \"2026-03-09\"\n"
                + "  },\n"
                + "  \"indicators\": [],\n"
                + "  \"section47Indicators\": [],\n"
                + "  \"immediateDanger\": false,\n"
                + "  \"consent\": \"NOT_SOUGHT\",\n"
                + "  \"earlyHelp\": \"NOT_IN_PLACE\",\n"
                + "  \"neglectKnownOrSuspected\": false,\n"
                + "  \"cohorts\": []\n"
                + "}", JSON.writePretty(question));
    }
}
