package dev.safeguarding.model.validation;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns Bean Validation's {@link ConstraintViolation}s into the library's {@link Finding}s, so that a
 * vendor shows one kind of message whatever did the checking: the library's rules, its constraints,
 * or the vendor's own constraints on its own forms.
 *
 * <ul>
 *   <li><b>severity</b>: {@link Severity#QUERY} when the constraint has the {@link Query} payload,
 *       otherwise {@link Severity#ERROR};</li>
 *   <li><b>code</b>: the {@linkplain GuidanceRule#code() code} of a library constraint; for any other
 *       constraint, the class name of its annotation ({@code jakarta.validation.constraints.NotBlank});</li>
 *   <li><b>path</b>: the property path as the finding writes it, names and indexes joined by {@code /}
 *       ({@code indicators[2].description} becomes {@code indicators/2/description}); empty for the
 *       value as a whole;</li>
 *   <li><b>message</b>: the interpolated message. The library's messages never hold personal data and
 *       never quote the value; a vendor's own messages are the vendor's to keep so;</li>
 *   <li><b>source</b>: the {@linkplain GuidanceRule passage} of a library constraint, otherwise none.</li>
 * </ul>
 *
 * <pre>{@code
 * Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
 * List<Finding> draft = Findings.check(validator, question);                   // may it be saved?
 * List<Finding> complete = Findings.check(validator, question, Complete.class); // may it be shared?
 * }</pre>
 *
 * <p>Source: DESIGN.md ("validation that returns findings (ERROR / QUERY)").
 */
public final class Findings {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(Finding::code).thenComparing(Finding::message);

    private Findings() {
    }

    /**
     * Validates {@code value} in {@code groups} (the default group when none is given) and returns the
     * findings, as {@link #from(Collection)}.
     *
     * @throws NullPointerException if {@code validator} or {@code value} is null
     */
    public static List<Finding> check(Validator validator, Object value, Class<?>... groups) {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(value, "value");
        return from(validator.validate(value, groups));
    }

    /**
     * The findings of {@code violations}, one each, in order of path, then code, then message (Bean
     * Validation returns an unordered set; the order makes the list stable to show and to test).
     */
    public static List<Finding> from(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(Findings::toFinding).sorted(ORDER).collect(Collectors.toUnmodifiableList());
    }

    /** The finding of one violation. */
    public static Finding toFinding(ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Class<? extends Annotation> constraint = descriptor.getAnnotation().annotationType();
        GuidanceRule rule = constraint.getAnnotation(GuidanceRule.class);
        Severity severity = isQuery(descriptor) ? Severity.QUERY : Severity.ERROR;
        String code = rule != null ? rule.code() : constraint.getName();
        String path = path(violation.getPropertyPath());
        String message = violation.getMessage();
        if (message == null || message.isBlank()) {
            message = "Breaks the constraint " + constraint.getSimpleName() + ".";
        }
        return rule != null
                ? Finding.of(severity, code, path, message, SourcePassage.of(rule.document(), rule.section()))
                : severity == Severity.QUERY ? Finding.query(code, path, message) : Finding.error(code, path, message);
    }

    /**
     * A property path as a finding writes it: {@code referral.question.indicators[2].description} is
     * {@code referral/question/indicators/2/description}; a map entry's key is written with
     * {@code toString()}; the nodes Bean Validation adds for a container's elements
     * ({@code <list element>}) and for the value as a whole are left out.
     */
    public static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    append(path, node.getIndex().toString());
                } else if (node.getKey() != null) {
                    append(path, node.getKey().toString());
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && node.getKind() != ElementKind.BEAN
                    && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                append(path, name);
            }
        }
        return path.toString();
    }

    private static void append(StringBuilder path, String segment) {
        if (path.length() > 0) {
            path.append('/');
        }
        path.append(segment);
    }

    private static boolean isQuery(ConstraintDescriptor<?> descriptor) {
        for (Class<? extends Payload> payload : descriptor.getPayload()) {
            if (Query.class.isAssignableFrom(payload)) {
                return true;
            }
        }
        return false;
    }
}
