package dev.safeguarding.model.validation;

import dev.safeguarding.model.Severity;
import dev.safeguarding.model.internal.checks.Breach;
import java.util.List;

/**
 * Reports the breaches of one rule, found by a check the constraint shares with the rules module
 * ({@code dev.safeguarding.model.internal.checks}), as violations at their paths: the validator of a
 * constraint whose rule the rules module checks too is one call to it.
 */
final class Breaches {

    private Breaches() {
    }

    /** Reports each of {@code breaches} with {@code code} at its path. */
    static void report(List<Breach> breaches, String code, RuleValidator.Violations violations) {
        for (Breach breach : breaches) {
            if (breach.code().equals(code)) {
                violations.at(breach.path().toArray());
            }
        }
    }

    /**
     * Reports each of {@code breaches} with {@code code} and {@code severity} at its path: for a rule the
     * rules module reports with one code at two severities, which Bean Validation declares as two
     * constraints.
     */
    static void report(List<Breach> breaches, String code, Severity severity, RuleValidator.Violations violations) {
        for (Breach breach : breaches) {
            if (breach.is(code, severity)) {
                violations.at(breach.path().toArray());
            }
        }
    }
}
