package dev.safeguarding.testing.model.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import org.junit.jupiter.api.Test;

class NeedIndicatorTest {

    @Test
    void toStringShowsTheDomainAndLevelButNeverTheDescription() {
        Property.forAll(ModelGen.needIndicators(), indicator -> {
            String text = indicator.toString();
            assertFalse(text.isEmpty());
            indicator.description().ifPresent(d -> assertFalse(text.contains(d), "description in toString"));
        });
        assertEquals("NeedIndicator{PARENTING_CAPACITY, ADDITIONAL, described}",
                NeedIndicator.of(AssessmentDomain.PARENTING_CAPACITY, LevelOfNeed.ADDITIONAL, "Late to school").toString());
    }

    @Test
    void aBlankDescriptionIsRejected() {
        assertEquals("description", assertThrows(InvalidValueException.class,
                () -> NeedIndicator.of(AssessmentDomain.PARENTING_CAPACITY, LevelOfNeed.ADDITIONAL, " ")).field());
    }

    @Test
    void aQuestionsToStringShowsNoPersonalData() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            String text = question.toString();
            question.child().name().ifPresent(n -> assertFalse(text.contains(n), "name in toString"));
            question.child().dateOfBirth().ifPresent(d -> assertFalse(text.contains(d.toString())));
            question.indicators().forEach(i -> i.description().ifPresent(d -> assertFalse(text.contains(d))));
        });
    }
}
