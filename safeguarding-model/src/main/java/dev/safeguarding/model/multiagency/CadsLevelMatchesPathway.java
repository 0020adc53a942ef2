package dev.safeguarding.model.multiagency;

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
 * A CADS referral's recorded level of need agrees with where it goes: "a formal referral, recording the level
 * of need. Depending on the level, the referral will be processed into either a Family Support Team or Social
 * Work Team." Reported, with the code {@code multiagency.cads-level-contradicts-pathway}, at {@code levelOfNeed}
 * when the level is not one the pathway serves: Family Support at Additional Need or Complex, FAST at Complex or
 * Acute, no referral at Universal ({@code MultiagencyChecks.levelsOf}, the library's reading: the guidance gives
 * no table).
 *
 * <p>Declared on {@link CadsConsultation} in the {@link Complete} group, as a {@link Query}: one of the two was
 * recorded wrongly, and the record should be looked at.
 *
 * <p>The rules module's {@code CadsConsultations.check} reports the same rule with the same code and path;
 * both run one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Children's Advice
 * &amp; Duty Service", "Family Support" and "Family Assessment and Safeguarding Teams (FAST)".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.CADS_LEVEL_CONTRADICTS_PATHWAY,
        document = Titles.CONTINUUM_OF_NEEDS_2023, section = "The Children's Advice & Duty Service")
@Constraint(validatedBy = CadsLevelMatchesPathway.Validator.class)
public @interface CadsLevelMatchesPathway {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The level of need recorded contradicts the referral: depending on the level, the referral will be processed into either a Family Support Team or Social Work Team."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'The Children's Advice & Duty Service'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CadsConsultation}. */
    final class Validator extends RuleValidator<CadsLevelMatchesPathway, CadsConsultation> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(CadsConsultation record, Violations violations) {
            Breaches.report(MultiagencyChecks.cads(record), MultiagencyChecks.CADS_LEVEL_CONTRADICTS_PATHWAY, violations);
        }
    }
}
