package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.CHILD;
import static dev.safeguarding.json.Docs.JSON;
import static dev.safeguarding.json.Docs.PROFILE;
import static dev.safeguarding.json.Docs.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.rules.need.ThresholdGuide;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What callers rely on beyond the round trip: optional and defaulted fields, the types, the errors for misuse. */
class FormatContractTest {

    @Test
    void absentOptionalAndNullOptionalBothMeanEmpty() {
        Child absent = JSON.read(json("{'id':'c-1','dateOfBirth':'2015-06-01'}"), Child.class);
        Child nulls = JSON.read(json("{'id':'c-1','dateOfBirth':'2015-06-01','expectedDateOfDelivery':null,"
                + "'name':null}"), Child.class);

        assertEquals(CHILD, absent);
        assertEquals(CHILD, nulls);
        assertEquals(Optional.empty(), nulls.name());
    }

    @Test
    void absentDefaultedFieldsAndCollectionsTakeTheModelsDefaults() {
        ThresholdQuestion question = JSON.read(json("{'child':{'id':'c-1','dateOfBirth':'2015-06-01'}}"),
                ThresholdQuestion.class);

        assertEquals(ThresholdQuestion.builder().child(CHILD).build(), question);
        assertFalse(question.immediateDanger());
        assertEquals(ConsentStatus.NOT_SOUGHT, question.consent());
        assertEquals(List.of(), question.indicators());
    }

    @Test
    void setsMayBeReadInAnyOrderAndAreWrittenInEnumOrder() {
        String reversed = json("{'child':{'id':'c-1','dateOfBirth':'2015-06-01'},"
                + "'cohorts':['YOUNG_CARERS','CHILDREN_WITH_DISABILITIES','PRIVATELY_FOSTERED']}");

        String written = JSON.write(JSON.read(reversed, ThresholdQuestion.class));

        assertTrue(written.contains(
                json("'cohorts':['PRIVATELY_FOSTERED','CHILDREN_WITH_DISABILITIES','YOUNG_CARERS']")), written);
    }

    @Test
    void responsesMayBeReadInAnyOrderAndAreWrittenInTheOrderOfTheContinuum() {
        String text = JSON.write(PROFILE);
        String responses = json("'responses':{'UNIVERSAL':'UNIVERSAL_SERVICES',"
                + "'ADDITIONAL':'EARLY_HELP_ASSESSMENT_AND_PLAN','COMPLEX':'CADS_CONSULTATION',"
                + "'ACUTE':'CADS_CONSULTATION'}");
        String shuffled = json("'responses':{'ACUTE':'CADS_CONSULTATION','COMPLEX':'CADS_CONSULTATION',"
                + "'UNIVERSAL':'UNIVERSAL_SERVICES','ADDITIONAL':'EARLY_HELP_ASSESSMENT_AND_PLAN'}");

        assertTrue(text.contains(responses), text);
        assertEquals(PROFILE, JSON.read(text.replace(responses, shuffled), ThresholdProfile.class));
    }

    @Test
    void theNorfolkProfileAndTheGuidanceOfItsGuideRoundTrip() {
        assertEquals(PROFILE, JSON.read(JSON.write(PROFILE), ThresholdProfile.class));
        ThresholdGuide guide = ThresholdGuide.norfolk2023();
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            ThresholdGuidance guidance = guide.assess(question);
            assertEquals(guidance, JSON.read(JSON.write(guidance), ThresholdGuidance.class));
        });
    }

    @Test
    void enumConstantIsAJsonStringDocument() {
        assertEquals("\"COMPLEX\"", JSON.write(LevelOfNeed.COMPLEX));
        assertEquals(LevelOfNeed.COMPLEX, JSON.read(" \"COMPLEX\" ", LevelOfNeed.class));
    }

    @Test
    void readingATypeTheFormatDoesNotKnowIsAnIllegalArgumentListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.read("{}", String.class));

        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.safeguarding.model.people.Child"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.safeguarding.model.need.LevelOfNeed"), e.getMessage());
    }

    @Test
    void writingAValueTheFormatDoesNotKnowIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> JSON.write(LocalDate.of(2015, 6, 1)));
        assertThrows(IllegalArgumentException.class, () -> JSON.write(List.of(CHILD)));
        assertThrows(IllegalArgumentException.class, () -> JSON.writePretty(Optional.of(CHILD)));
    }

    @Test
    void nullArgumentsAreTheCallersErrorNotBadInput() {
        assertThrows(NullPointerException.class, () -> JSON.read((String) null, Child.class));
        assertThrows(NullPointerException.class, () -> JSON.read("{}", null));
        assertThrows(NullPointerException.class, () -> JSON.write(null));
        assertThrows(NullPointerException.class, () -> JSON.writePretty(null));
    }

    @Test
    void standardIsOneSharedInstance() {
        assertSame(JSON, SafeguardingJson.standard());
        assertEquals("SafeguardingJson[standard]", JSON.toString());
    }

    @Test
    void oneInstanceIsSafeToShareBetweenThreads() throws InterruptedException {
        List<ThresholdQuestion> questions = List.of(Docs.QUESTION,
                ThresholdQuestion.builder(Docs.QUESTION).immediateDanger(true).build());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            ThresholdQuestion question = questions.get(t % 2);
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 500; i++) {
                        assertEquals(question, JSON.read(JSON.write(question), ThresholdQuestion.class));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }
}
