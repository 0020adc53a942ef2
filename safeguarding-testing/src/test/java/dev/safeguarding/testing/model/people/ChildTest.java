package dev.safeguarding.testing.model.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ChildTest {

    private static final LocalDate BORN = LocalDate.of(2019, 6, 14);

    @Test
    void aChildBornHasADateOfBirthAndIsNotUnborn() {
        Child child = Child.born("c-1", BORN);
        assertEquals(BORN, child.dateOfBirth().orElseThrow());
        assertTrue(child.expectedDateOfDelivery().isEmpty());
        assertFalse(child.isUnborn());
    }

    @Test
    void anUnbornChildHasAnExpectedDateOfDeliveryOnly() {
        Child child = Child.unborn("u-1", LocalDate.of(2027, 1, 5));
        assertTrue(child.isUnborn());
        assertTrue(child.dateOfBirth().isEmpty());
    }

    @Test
    void bothDatesAreRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Child.builder().id("c-1")
                .dateOfBirth(BORN).expectedDateOfDelivery(BORN.plusDays(1)).build());
        assertEquals("dateOfBirth", e.field());
        assertTrue(e.getMessage().contains("exactly one of dateOfBirth and expectedDateOfDelivery"));
    }

    @Test
    void neitherDateIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Child.builder().id("c-1").build());
        assertEquals("dateOfBirth", e.field());
    }

    @Test
    void aBlankIdentifierOrNameIsRejected() {
        assertEquals("id", assertThrows(InvalidValueException.class, () -> Child.born(" ", BORN)).field());
        assertEquals("name", assertThrows(InvalidValueException.class,
                () -> Child.builder().id("c-1").dateOfBirth(BORN).name("").build()).field());
    }

    @Test
    void aMissingIdentifierIsRejectedNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Child.builder().dateOfBirth(BORN).build());
        assertTrue(e.getMessage().contains("[id]"), e.getMessage());
    }

    @Test
    void ageCountsWholeYearsMonthsAndDays() {
        Child child = Child.born("c-1", BORN);
        assertEquals(Period.of(4, 11, 30), child.ageOn(LocalDate.of(2024, 6, 13)));
        assertEquals(5, child.ageInYearsOn(LocalDate.of(2024, 6, 14)));
        assertEquals(0, child.ageInYearsOn(BORN));
    }

    @Test
    void aChildBornOnTheTwentyNinthOfFebruaryTurnsOneOnTheFirstOfMarchInACommonYear() {
        Child leapling = Child.born("c-2", LocalDate.of(2020, 2, 29));
        assertEquals(0, leapling.ageInYearsOn(LocalDate.of(2021, 2, 28)));
        assertEquals(1, leapling.ageInYearsOn(LocalDate.of(2021, 3, 1)));
        assertEquals(4, leapling.ageInYearsOn(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void ageBeforeBirthIsAnErrorThatDoesNotShowTheDate() {
        DateTimeException e = assertThrows(DateTimeException.class,
                () -> Child.born("c-1", BORN).ageOn(BORN.minusDays(1)));
        assertFalse(e.getMessage().contains("2019"), e.getMessage());
    }

    @Test
    void anUnbornChildHasNoAge() {
        assertThrows(IllegalStateException.class, () -> Child.unborn("u-1", BORN).ageOn(BORN));
    }

    @Test
    void toStringNeverShowsTheNameOrADate() {
        Property.forAll(ModelGen.children(), child -> {
            String text = child.toString();
            assertTrue(text.contains(child.id()));
            child.name().ifPresent(name -> assertFalse(text.contains(name), "name in toString"));
            child.dateOfBirth().ifPresent(d -> assertFalse(text.contains(d.toString()), "date in toString"));
            child.expectedDateOfDelivery().ifPresent(d -> assertFalse(text.contains(d.toString())));
        });
    }
}
