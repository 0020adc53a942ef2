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
 * A completed pre-birth assessment records the level of need it concluded, the basis of "any action to
 * protect the baby (and any other existing siblings)". Reported, with the code
 * {@code prebirth.no-level-of-need}, at {@code levelOfNeed} when the assessment has a date of completion and
 * no level of need; an assessment still under way is not asked for one. (The protocol names the aims of the
 * assessment; that its conclusion is a level of need on the continuum is the library's reading, as the rules
 * module's.)
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
@GuidanceRule(code = PreBirthChecks.NO_LEVEL_OF_NEED, document = Titles.PRE_BIRTH_PROTOCOL_2016,
        section = "Extracts from Multi-Agency Pre-Birth Protocol")
@Constraint(validatedBy = PreBirthLevelOfNeedRecorded.Validator.class)
public @interface PreBirthLevelOfNeedRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A completed pre-birth assessment records no level of need."
            + " Source: " + Titles.PRE_BIRTH_PROTOCOL_2016 + ", 'Extracts from Multi-Agency Pre-Birth Protocol'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link PreBirthAssessment}. */
    final class Validator extends RuleValidator<PreBirthLevelOfNeedRecorded, PreBirthAssessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(PreBirthAssessment assessment, Violations violations) {
            Breaches.report(PreBirthChecks.assessment(assessment), PreBirthChecks.NO_LEVEL_OF_NEED, violations);
        }
    }
}
