package dev.safeguarding.model.people;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.validation.GuidanceRule;
import dev.safeguarding.model.validation.Query;
import dev.safeguarding.model.validation.RuleValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A child is born, with a date of birth, or unborn, with an expected date of delivery: exactly one of
 * the two. The guidance asks practitioners to "think about unborn babies" as children whose voices must
 * be heard, so the record says which the child is. Reported at {@code dateOfBirth}.
 *
 * <p>Declared on {@link Child} in the default group: every saved record, draft or not, satisfies it.
 * The builder already refuses a child without exactly one date, so a built {@code Child} always
 * passes; the constraint states the rule for Bean Validation (its metadata, a vendor's subclass) and
 * mirrors the construction rule.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Conversation
 * Opportunities".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "people.born-or-unborn", document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Conversation Opportunities")
@Constraint(validatedBy = BornOrUnborn.Validator.class)
public @interface BornOrUnborn {

    /** The message: what is wrong, and the passage the rule rests on. */
    String message() default "Give exactly one of a date of birth and, for an unborn child, an expected date of"
            + " delivery: the guidance asks practitioners to think about unborn babies too. Source: "
            + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Conversation Opportunities'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Child}. */
    final class Validator extends RuleValidator<BornOrUnborn, Child> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Child child, Violations violations) {
            if (child.dateOfBirth().isPresent() == child.expectedDateOfDelivery().isPresent()) {
                violations.at("dateOfBirth");
            }
        }
    }
}
