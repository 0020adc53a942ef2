package dev.safeguarding.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.assessment.DescriptorCatalogue;
import dev.safeguarding.model.assessment.NeedDescriptor;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.rules.need.ThresholdGuide;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "See the toolbox for the Descriptors of Need tool which has been designed against the assessment
 * triangle" (NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023), "Determining the Level of
 * Need or Urgency"): the guidance does not reproduce the tool, so the library's only catalogue is an
 * illustration, and says so everywhere.
 */
class DescriptorCataloguesTest {

    private static final DescriptorCatalogue EXAMPLE = DescriptorCatalogues.illustrativeExample();

    @Test
    void theShippedCatalogueIsMarkedIllustrativeInItsFlagItsNameAndEveryLine() {
        assertTrue(EXAMPLE.illustrative());
        assertTrue(EXAMPLE.name().startsWith("Illustrative example only: not Norfolk's"), EXAMPLE.name());
        assertTrue(EXAMPLE.source().isEmpty(), "it cites no guidance as its source");
        Property.forEvery(EXAMPLE.descriptors(), d -> assertTrue(d.wording().startsWith("Example: "), d::id));
        assertTrue(EXAMPLE.toString().contains("illustrative"));
    }

    @Test
    void identifiersNameTheDimensionAndLevel() {
        Property.forEvery(EXAMPLE.descriptors(), (NeedDescriptor d) -> assertTrue(
                d.id().contains("." + d.level().name().toLowerCase(java.util.Locale.ROOT) + "."), d::id));
    }

    /** Indicators from a catalogue feed the threshold question directly. */
    @Test
    void aDescriptorFeedsTheThresholdQuestionDirectly() {
        ThresholdGuide guide = ThresholdGuide.norfolk2023();
        Property.forEvery(EXAMPLE.descriptors(), descriptor -> {
            ThresholdQuestion question = ThresholdQuestion.builder()
                    .child(Child.born("c-1", LocalDate.of(2016, 12, 1)))
                    .addIndicator(EXAMPLE.indicator(descriptor.id()))
                    .build();
            ThresholdGuidance guidance = guide.assess(question);
            assertEquals(descriptor.level(), guidance.level());
            assertEquals(descriptor.dimension(), question.indicators().get(0).dimension().orElseThrow());
        });
    }
}
