package dev.safeguarding.model.signsofsafety;

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
 * Something on a Signs of Safety map comes from the child: "Where possible, always capture the views or
 * behaviour of the child or young person and reflect this in your recording." The child's voice is a
 * statement or a judgement the child contributed, the child's three houses, or an observation (of a baby who
 * cannot yet speak, or of a parent with the child). Reported, with the code
 * {@code signsofsafety.no-child-voice}, at the map as a whole (a finding's empty path) when it holds none of
 * these.
 *
 * <p>Declared on {@link SignsOfSafetyMap} in the {@link Complete} group, as a {@link Query}: "where possible"
 * leaves room for a child whose views cannot be captured, but the map should be looked at.
 *
 * <p>The rules module's {@code SignsOfSafetyMaps.check} reports the same rule with the same code, path
 * and source; both run one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we do
 * and the decisions we take".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = SignsOfSafetyChecks.NO_CHILD_VOICE, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Recording what we do and the decisions we take")
@Constraint(validatedBy = ChildsVoiceCaptured.Validator.class)
public @interface ChildsVoiceCaptured {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Nothing on the map comes from the child: where possible, always capture the views"
            + " or behaviour of the child or young person (the three houses, or observation of a baby)."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023
            + ", 'Recording what we do and the decisions we take'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SignsOfSafetyMap}. */
    final class Validator extends RuleValidator<ChildsVoiceCaptured, SignsOfSafetyMap> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SignsOfSafetyMap map, Violations violations) {
            Breaches.report(SignsOfSafetyChecks.map(map), SignsOfSafetyChecks.NO_CHILD_VOICE, violations);
        }
    }
}
