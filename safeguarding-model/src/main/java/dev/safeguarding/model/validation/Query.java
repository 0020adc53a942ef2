package dev.safeguarding.model.validation;

import dev.safeguarding.model.Severity;
import jakarta.validation.Payload;

/**
 * The payload of a constraint whose violations are {@linkplain Severity#QUERY queries}: worth a
 * practitioner's or manager's look, but not necessarily wrong. A constraint without it gives
 * {@linkplain Severity#ERROR errors}. {@link Findings} reads it; Bean Validation itself reports both
 * kinds as violations.
 *
 * <pre>{@code
 * @ConsentConsidered(groups = Complete.class, payload = Query.class)
 * }</pre>
 *
 * <p>Source: DESIGN.md ("validation that returns findings (ERROR / QUERY)"); the Jakarta Bean
 * Validation specification's own example of a payload is a severity.
 */
public interface Query extends Payload {
}
