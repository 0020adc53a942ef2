package dev.safeguarding.rules.privacy;

import dev.safeguarding.model.people.Child;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Dates of birth coarsened for research extracts: a date of birth is personal data, and with a postcode
 * or a school it can identify a child; its month is usually enough for analysis by age.
 *
 * <pre>{@code
 * Privacy.monthOfBirth(child);              // Optional[2019-03]
 * Privacy.toMonthOfBirth(child, alias);     // the child as alias, born on 2019-03-01, with no name
 * AgeBands.standard().bandOf(child, asOf);  // "5 to 9"
 * }</pre>
 *
 * <p>The seeds say nothing of research extracts; these are the library's helpers, not a prescribed method.
 * Pure functions; the class has no state.
 */
public final class Privacy {

    private Privacy() {
    }

    /**
     * The month of the child's birth; empty for an unborn child.
     *
     * @throws NullPointerException if {@code child} is null
     */
    public static Optional<YearMonth> monthOfBirth(Child child) {
        return child.dateOfBirth().map(YearMonth::from);
    }

    /**
     * The month of an unborn child's expected date of delivery; empty once born.
     *
     * @throws NullPointerException if {@code child} is null
     */
    public static Optional<YearMonth> monthOfExpectedDelivery(Child child) {
        return child.expectedDateOfDelivery().map(YearMonth::from);
    }

    /**
     * {@code child} for an extract: identified as {@code id} (a pseudonym, say), with the date of birth or
     * expected date of delivery moved to the first day of its month, and no name. A {@link Child} holds a
     * day; the first of the month stands for the month.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Child toMonthOfBirth(Child child, String id) {
        Objects.requireNonNull(id, "id");
        Child.Builder builder = Child.builder();
        builder.id(id)
                .dateOfBirth(child.dateOfBirth().map(Privacy::firstOfMonth))
                .expectedDateOfDelivery(child.expectedDateOfDelivery().map(Privacy::firstOfMonth));
        return builder.build();
    }

    private static LocalDate firstOfMonth(LocalDate date) {
        return date.withDayOfMonth(1);
    }
}
