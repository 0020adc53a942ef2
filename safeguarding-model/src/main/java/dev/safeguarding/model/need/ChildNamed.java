package dev.safeguarding.model.need;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.validation.Complete;
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
 * Before a threshold question is shared, the child it is about has a name on the record, if the child
 * is born. The Children's Advice and Duty Service "will ask for all of the details known to you / your
 * agency about the child", and for a member of the public's call "will ask for child's name and
 * address, this enables them to check if the child already has a social worker". Reported at
 * {@code child.name} when a born {@link Child} has no name. An unborn child is not asked about: the
 * guidance does not expect an unborn baby to have a name.
 *
 * <p>Declared on {@link ThresholdQuestion} in the {@link Complete} group, as a {@link Query}: the
 * guidance asks for the details known, and a practitioner may not know the name. The guidance is
 * silent on the other details (address, family composition): the question does not hold them.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Section 47 Duty
 * to Investigate".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "need.child-named", document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Section 47 Duty to Investigate")
@Constraint(validatedBy = ChildNamed.Validator.class)
public @interface ChildNamed {

    /** The message: what is missing, and the passage that asks for it. */
    String message() default "No name is recorded for the child: the Children's Advice and Duty Service will ask"
            + " for all of the details known to you about the child. Source: " + Titles.CONTINUUM_OF_NEEDS_2023
            + ", 'Section 47 Duty to Investigate'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link ThresholdQuestion}. */
    final class Validator extends RuleValidator<ChildNamed, ThresholdQuestion> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(ThresholdQuestion question, Violations violations) {
            Child child = question.child();
            if (child != null && !child.isUnborn() && child.name().isEmpty()) {
                violations.at("child", "name");
            }
        }
    }
}
