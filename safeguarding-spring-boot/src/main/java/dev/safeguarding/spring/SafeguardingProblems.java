package dev.safeguarding.spring;

import dev.safeguarding.json.SafeguardingJsonException;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.validation.Findings;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * The problem details (RFC 9457) the library answers bad requests with, for an application's own
 * exception handlers as much as for {@link SafeguardingProblemResolver}. Each is a 400 Bad Request; none
 * holds a value of the request, which may be personal data (a child's name, a date of birth).
 *
 * <ul>
 *   <li>{@link #unreadable}: a body the library's JSON format cannot read. {@code detail} is the
 *       {@link SafeguardingJsonException}'s message, the property {@code pointer} its JSON Pointer, and
 *       {@code allowed}, for an unknown constant or property, the constants or property names allowed
 *       there:
 *       <pre>{@code
 * {"type":"about:blank","title":"Unreadable JSON","status":400,
 *  "detail":"/indicators/0/level: not a known LevelOfNeed; expected one of: UNIVERSAL, ADDITIONAL, COMPLEX, ACUTE",
 *  "instance":"/threshold","pointer":"/indicators/0/level","allowed":["UNIVERSAL","ADDITIONAL","COMPLEX","ACUTE"]}
 * }</pre></li>
 *   <li>{@link #findings}: a value that fails validation. The property {@code findings} holds each
 *       finding in the library's format ({@code severity}, {@code code}, {@code path}, {@code message}
 *       and the {@code source} passage), as {@link Findings} makes them from Bean Validation's
 *       violations: the code of the guidance rule ({@code need.concern-recorded}), the path in the
 *       value ({@code child/name}), and the constraint's message, which names the rule and its source and
 *       never the value. A {@link Severity#QUERY} fails {@code @Validated} as an error does: Bean
 *       Validation knows no severities.</li>
 * </ul>
 */
public final class SafeguardingProblems {

    /** The title of a problem with the request's JSON. */
    public static final String UNREADABLE = "Unreadable JSON";

    /** The title of a problem with the request's value. */
    public static final String INVALID = "Validation findings";

    private SafeguardingProblems() {
    }

    /**
     * The problem of a body the format cannot read.
     *
     * @param error the format's exception
     * @return a 400 problem detail with {@code pointer} and, if the exception has them, {@code allowed}
     */
    public static ProblemDetail unreadable(SafeguardingJsonException error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.getMessage());
        problem.setTitle(UNREADABLE);
        problem.setProperty("pointer", error.path());
        if (!error.allowed().isEmpty()) {
            problem.setProperty("allowed", error.allowed());
        }
        return problem;
    }

    /**
     * The problem of a value with findings.
     *
     * @param findings the findings, at least one
     * @return a 400 problem detail with {@code findings}
     */
    public static ProblemDetail findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("findings: at least one is needed for a problem");
        }
        long errors = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                count(errors, "error") + " and " + count(findings.size() - errors, "query")
                        + " (Bean Validation fails on a query too)");
        problem.setTitle(INVALID);
        problem.setProperty("findings", List.copyOf(findings));
        return problem;
    }

    private static String count(long n, String what) {
        return n + " " + (n == 1 ? what : what.equals("query") ? "queries" : what + "s");
    }

    /**
     * The {@link SafeguardingJsonException} behind {@code thrown}: itself or its nearest cause (Spring
     * wraps Jackson's exception, which wraps the format's).
     *
     * @param thrown an exception
     * @return the format's exception, if it is one or caused by one
     */
    public static Optional<SafeguardingJsonException> jsonCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SafeguardingJsonException json) {
                return Optional.of(json);
            }
        }
        return Optional.empty();
    }

    /**
     * The findings of a failed binding, if every error in it is a Bean Validation violation (as Spring
     * reports {@code @Valid} and {@code @Validated} on a request body); empty otherwise (a type mismatch of
     * Spring's own, whose message may quote the value).
     *
     * @param result the binding result
     * @return the findings, in {@link Findings}'s order, or empty
     */
    public static Optional<List<Finding>> findings(BindingResult result) {
        Objects.requireNonNull(result, "result");
        List<ConstraintViolation<?>> violations = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            if (!error.contains(ConstraintViolation.class)) {
                return Optional.empty();
            }
            violations.add(error.unwrap(ConstraintViolation.class));
        }
        return violations.isEmpty() ? Optional.empty() : Optional.of(Findings.from(violations));
    }
}
