package dev.safeguarding.model.assessment;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.validation.Breaches;
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
 * Opinions recorded in a domain of the Assessment Triangle have a fact beside them: "Ensuring that
 * information used to inform the assessment is accurate and that fact is distinguished from opinion, is
 * essential in determining the correct course of action." Reported, with the code
 * {@code assessment.opinion-without-fact}, at {@code domains.CHILDS_DEVELOPMENTAL_NEEDS} or
 * {@code domains.FAMILY_AND_ENVIRONMENTAL_FACTORS} when every statement recorded in the domain is an opinion,
 * and at {@code parentingCapacity.<id>} when every statement about the capacity of the family member with
 * identifier {@code <id>} is.
 *
 * <p>Declared on {@link Assessment} in the {@link Complete} group, as a {@link Query}: an opinion may be all
 * there is yet, but it should be looked at.
 *
 * <p>The rules module's {@code Assessments.check} reports the same rule with the same code and path; both run
 * one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the Level
 * of Need or Urgency".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = AssessmentChecks.OPINION_WITHOUT_FACT, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Determining the Level of Need or Urgency")
@Constraint(validatedBy = FactBesideOpinion.Validator.class)
public @interface FactBesideOpinion {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Opinions are recorded here with no fact beside them: information used to inform the"
            + " assessment should be accurate, and fact distinguished from opinion."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Determining the Level of Need or Urgency'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link Assessment}. */
    final class Validator extends RuleValidator<FactBesideOpinion, Assessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Assessment assessment, Violations violations) {
            Breaches.report(AssessmentChecks.completeness(assessment),
                    AssessmentChecks.OPINION_WITHOUT_FACT, violations);
        }
    }
}
