package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.people.Child;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The draft rule on a child mirrors its construction rule. A built child always satisfies it; a child
 * that did not come from the builder (here a subclass, as a vendor's own implementation of the abstract
 * type would be) is checked by Bean Validation all the same.
 */
class BornOrUnbornTest {

    /** A child that skips the builder's check. */
    private static Child unchecked(Optional<LocalDate> born, Optional<LocalDate> expected) {
        return new Child() {
            @Override
            public String id() {
                return "c-9";
            }

            @Override
            public Optional<LocalDate> dateOfBirth() {
                return born;
            }

            @Override
            public Optional<LocalDate> expectedDateOfDelivery() {
                return expected;
            }

            @Override
            public Optional<String> name() {
                return Optional.empty();
            }
        };
    }

    @Test
    void aChildWithBothDatesOrNeitherBreaksTheDraftRuleAtDateOfBirth() {
        LocalDate date = LocalDate.of(2021, 7, 8);
        for (Child child : List.of(unchecked(Optional.of(date), Optional.of(date)),
                unchecked(Optional.empty(), Optional.empty()))) {
            List<Finding> findings = Findings.check(Validators.DEFAULT, child);
            assertEquals(1, findings.size());
            assertEquals(Severity.ERROR, findings.get(0).severity());
            assertEquals("people.born-or-unborn", findings.get(0).code());
            assertEquals("dateOfBirth", findings.get(0).path());
            assertEquals("Conversation Opportunities", findings.get(0).source().orElseThrow().section());
        }
    }

    @Test
    void aBornOrUnbornChildSatisfiesIt() {
        LocalDate date = LocalDate.of(2021, 7, 8);
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, unchecked(Optional.of(date), Optional.empty())));
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, unchecked(Optional.empty(), Optional.of(date))));
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, Child.unborn("u-1", date), Complete.class));
    }
}
