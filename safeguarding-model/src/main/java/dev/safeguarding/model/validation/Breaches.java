package dev.safeguarding.model.validation;

import dev.safeguarding.model.Severity;
import java.util.List;

/**
 * Reports the breaches of one rule, found by the check behind a constraint (the same check the record's
 * {@code check()} door and the rules module report as findings), as violations at their paths: the
 * validator of such a constraint is one call to it. Machinery for the constraints of the framework
 * packages; not for a vendor's own code.
 */
public final class Breaches {

    private Breaches() {
    }

    /** Reports each of {@code breaches} with {@code code} at its path. */
    public static void report(List<Breach> breaches, String code, RuleValidator.Violations violations) {
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
    public static void report(List<Breach> breaches, String code, Severity severity, RuleValidator.Violations violations) {
        for (Breach breach : breaches) {
            if (breach.is(code, severity)) {
                violations.at(breach.path().toArray());
            }
        }
    }
}
