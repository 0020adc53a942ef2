package dev.safeguarding.testing.model.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.ResponseBand;
import dev.safeguarding.model.need.SharedLanguageTerm;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SharedLanguageTermTest {

    @Test
    void theTableHasItsTwentyThreeTermsInOrder() {
        List<String> terms = Arrays.stream(SharedLanguageTerm.values()).map(SharedLanguageTerm::term).toList();
        assertEquals(List.of("Universal", "Thriving", "Community based", "Low Level", "Emerging Needs",
                "Primary Prevention", "Universal Plus", "Inclusion", "Getting Advice", "Secondary Prevention",
                "Additional Need", "Early Help", "Getting Help", "Targeted", "Multiple Needs", "Complex",
                "Child in Need", "Getting more Help", "Statutory", "Specialist", "Acute", "Getting Risk Support",
                "Child Protection"), terms);
    }

    @Test
    void eachTermSitsInTheResponseBandOfItsLevel() {
        // The table's "Responses to Need" text sits beside "Universal", "Additional Need" and "Acute"; "It may be
        // as a result a call to CADS that a Family Help service is required" (Family Help and High Needs (FHHN)
        // Service) is why the library reads the complex terms in the CADS band.
        assertEquals(ResponseBand.UNIVERSAL, SharedLanguageTerm.of("Secondary Prevention").responseBand());
        assertEquals(ResponseBand.EARLY_HELP, SharedLanguageTerm.of("Additional Need").responseBand());
        assertEquals(ResponseBand.EARLY_HELP, SharedLanguageTerm.of("Getting Help").responseBand());
        assertEquals(ResponseBand.CADS, SharedLanguageTerm.of("Child in Need").responseBand());
        assertEquals(ResponseBand.CADS, SharedLanguageTerm.of("Statutory").responseBand());
        assertEquals(ResponseBand.CADS, SharedLanguageTerm.of("Specialist").responseBand());
        for (SharedLanguageTerm term : SharedLanguageTerm.values()) {
            assertEquals(term.level().responseBand(), term.responseBand(), term.term());
        }
        assertEquals(ResponseBand.CADS, SharedLanguageTerm.of("Getting Risk Support").responseBand());
        assertEquals(ResponseBand.CADS, SharedLanguageTerm.of("Child Protection").responseBand());
    }

    @Test
    void termsMapToTheirPlaceOnTheContinuum() {
        assertEquals(LevelOfNeed.UNIVERSAL, SharedLanguageTerm.of("Thriving").level());
        assertEquals(LevelOfNeed.ADDITIONAL, SharedLanguageTerm.of("Getting Help").level());
        assertEquals(LevelOfNeed.COMPLEX, SharedLanguageTerm.of("Child in Need").level());
        assertEquals(LevelOfNeed.COMPLEX, SharedLanguageTerm.of("Getting more Help").level());
        assertEquals(LevelOfNeed.ACUTE, SharedLanguageTerm.of("Child Protection").level());
    }

    @Test
    void theLevelsOfTheTermsNeverGoDownTheTable() {
        SharedLanguageTerm[] terms = SharedLanguageTerm.values();
        for (int i = 1; i < terms.length; i++) {
            assertFalse(terms[i - 1].level().isHigherThan(terms[i].level()), terms[i].term());
            assertTrue(terms[i - 1].responseBand().compareTo(terms[i].responseBand()) <= 0, terms[i].term());
        }
    }

    @Test
    void everyLevelIsNamedByATermOfTheSameName() {
        for (LevelOfNeed level : LevelOfNeed.values()) {
            assertEquals(level, SharedLanguageTerm.of(level.label()).level());
            assertEquals(level.responseBand(), SharedLanguageTerm.of(level.label()).responseBand());
        }
    }

    @Test
    void lookupIgnoresCaseSpacingHyphensAndUnderscores() {
        Gen<String> separators = Gen.oneOf("", " ", "  ", "-", "_", "\t");
        Property.forAll(Gen.enumValues(SharedLanguageTerm.class).flatMap(term -> random -> {
            StringBuilder text = new StringBuilder(separators.generate(random));
            for (String word : term.term().split(" ")) {
                String cased = random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT);
                text.append(cased).append(random.nextBoolean() ? " " : separators.generate(random));
            }
            return new Object[] {term, text.toString()};
        }), pair -> assertEquals(pair[0], SharedLanguageTerm.of((String) pair[1]), (String) pair[1]));
        assertEquals(SharedLanguageTerm.GETTING_MORE_HELP, SharedLanguageTerm.of("GETTING_MORE_HELP"));
        assertEquals(SharedLanguageTerm.CHILD_IN_NEED, SharedLanguageTerm.of("child-in-need"));
    }

    @Test
    void anUnknownTermIsAnErrorListingTheKnownTermsButNotTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SharedLanguageTerm.of("Tier 3 Jane Smith"));
        assertTrue(e.getMessage().contains("Universal, Thriving, Community based"), e.getMessage());
        assertTrue(e.getMessage().contains("Child Protection"), e.getMessage());
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());
        assertTrue(SharedLanguageTerm.find("Tier 3").isEmpty());
    }
}
