package dev.safeguarding.model.prebirth;

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
 * A pre-birth assessment addresses each task the protocol gives for the ante-natal period: "The ante-natal
 * period gives a window of opportunity for practitioners and families to work together to; Form
 * relationships with a focus on the unborn baby but including any siblings. Identify risks and
 * vulnerabilities at the earliest stage. ..." (the seven {@code PreBirthTask}s). Reported, with the code
 * {@code prebirth.tasks-not-addressed}, at {@code addressedTasks} when any is not addressed. The
 * constraint's message is fixed; the rules module's finding also lists the numbers of the tasks not
 * addressed.
 *
 * <p>Declared on {@link PreBirthAssessment} in the {@link Complete} group, as a {@link Query}.
 *
 * <p>The rules module's {@code PreBirth.check} reports the same rule with the same code, severity, path and
 * source; both run one check, in the model.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = PreBirthChecks.TASKS_NOT_ADDRESSED, document = Titles.PRE_BIRTH_PROTOCOL_2016,
        section = "Extracts from Multi-Agency Pre-Birth Protocol")
@Constraint(validatedBy = PreBirthTasksAddressed.Validator.class)
public @interface PreBirthTasksAddressed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A pre-birth assessment has not addressed all the tasks of the ante-natal period"
            + " that the protocol lists."
            + " Source: " + Titles.PRE_BIRTH_PROTOCOL_2016 + ", 'Extracts from Multi-Agency Pre-Birth Protocol'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link PreBirthAssessment}. */
    final class Validator extends RuleValidator<PreBirthTasksAddressed, PreBirthAssessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(PreBirthAssessment assessment, Violations violations) {
            Breaches.report(PreBirthChecks.assessment(assessment), PreBirthChecks.TASKS_NOT_ADDRESSED, violations);
        }
    }
}
