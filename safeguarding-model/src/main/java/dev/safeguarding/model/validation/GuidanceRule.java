package dev.safeguarding.model.validation;

import dev.safeguarding.model.Finding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the rule of the guidance a constraint annotation of the library checks: a stable code and the
 * passage it comes from. {@link Findings} turns a violation of the constraint into a {@link Finding}
 * with this code and {@linkplain Finding#source() source}; a constraint without it (a vendor's own, or
 * one of Bean Validation's built-in constraints) gets the annotation's class name as its code and no
 * source.
 *
 * <p>Put it on the annotation type, beside {@code @Constraint}:
 *
 * <pre>{@code
 * @GuidanceRule(code = "need.concern-recorded",
 *         document = GuidanceDocument.Titles.CONTINUUM_OF_NEEDS_2023,
 *         section = "Section 47 Duty to Investigate")
 * @Constraint(validatedBy = ConcernRecorded.Validator.class)
 * public @interface ConcernRecorded { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GuidanceRule {

    /**
     * A stable code for the rule, {@code framework.rule-in-words} (for example
     * {@code need.concern-recorded}); it is the {@linkplain Finding#code() code} of the finding.
     */
    String code();

    /** The document the rule comes from, with its publisher and edition, as {@code SourcePassage} cites it. */
    String document();

    /** The heading of the section of the document that holds the rule. */
    String section();
}
