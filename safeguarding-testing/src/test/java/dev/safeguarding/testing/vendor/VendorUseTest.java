package dev.safeguarding.testing.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.validation.Findings;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Generators;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The testing module as a vendor uses it, from outside its package and through its public API only: a
 * vendor's own code checked against generated records, and a failing property that names its seed.
 */
class VendorUseTest {

    private static final Pattern SEED = Pattern.compile(
            "^Property failed at case (\\d+) of 1000 with seed (-?\\d+) \\(rerun with -Dsafeguarding\\.seed=(-?\\d+)\\);"
                    + " value: (.*?); ");

    /** A vendor's own code under test: the line its case list shows for a referral. */
    private static String caseListLine(ThresholdQuestion question) {
        Child child = question.child();
        return child.id() + (child.isUnborn() ? " (unborn)" : "") + ": " + question.indicators().size()
                + " indicator(s)" + (question.immediateDanger() ? ", immediate danger" : "");
    }

    @Test
    void aVendorsOwnCodeIsCheckedAgainstGeneratedRecords() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            String line = caseListLine(question);
            assertTrue(line.startsWith(question.child().id()), line);
            question.child().name().ifPresent(name -> assertFalse(line.contains(name), "the line shows the name"));
        });
    }

    @Test
    void everyGeneratedRecordOfEveryTypeIsAValidDraftForAVendorsOwnValidator() {
        List<Class<?>> types = Generators.types();
        assertTrue(types.size() > 60, "only " + types.size() + " types have generators");
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Class<?> type : types) {
                Gen<?> records = Generators.of(type).orElseThrow();
                Property.forAll(50, records, record -> {
                    assertTrue(type.isInstance(record), type::getSimpleName);
                    List<Finding> findings = Findings.check(validator, record);
                    assertEquals(List.of(), findings, () -> type.getSimpleName() + " broke a draft rule");
                });
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        Gen<List<ThresholdQuestion>> questions = Gen.lists(ModelGen.thresholdQuestions(), 5, 5);
        List<ThresholdQuestion> first = questions.generate(new SplittableRandom(2026));
        assertEquals(first, questions.generate(new SplittableRandom(2026)));
        assertNotEquals(first, questions.generate(new SplittableRandom(2027)));
    }

    @Test
    void aFailingPropertyNamesItsSeedAndTheSeedRepeatsTheRunExactly() {
        // one child in four is unborn: a thousand children never pass
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Property.forAll(ModelGen.children(), child -> assertFalse(child.isUnborn(), "unborn")));
        assertSame(AssertionError.class, failure.getClass(), "a plain AssertionError: no test framework needed");
        Matcher message = SEED.matcher(failure.getMessage());
        assertTrue(message.find(), failure.getMessage());
        assertEquals(message.group(2), message.group(3));
        assertTrue(failure.getMessage().endsWith("unborn ==> expected: <false> but was: <true>"),
                failure.getMessage());
        assertTrue(failure.getCause() instanceof AssertionError, "the first failure is the cause");

        long seed = Long.parseLong(message.group(2));
        AssertionError again = assertThrows(AssertionError.class, () -> Property.forAll(seed, Property.DEFAULT_CASES,
                ModelGen.children(), child -> assertFalse(child.isUnborn(), "unborn")));
        assertEquals(failure.getMessage(), again.getMessage());
    }

    @Test
    void aFailingValueIsShownWithoutItsPersonalData() {
        Gen<Child> named = ModelGen.children().filter(child -> child.name().isPresent());
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Property.forAll(7, 1, named, child -> {
                    throw new IllegalStateException("the vendor's code failed");
                }));
        Child child = named.generate(new SplittableRandom(7));
        assertTrue(failure.getMessage().contains("value: " + child + ";"), failure.getMessage());
        assertFalse(failure.getMessage().contains(child.name().orElseThrow()), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("the vendor's code failed"), failure.getMessage());
    }
}
