package dev.safeguarding.modulepath;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.prebirth.SafeguardingBirthPlan;
import dev.safeguarding.model.signsofsafety.ScalingScore;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Findings;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;

/**
 * Run by {@link ModulePathTest} in a JVM of its own, with the model, Jakarta Validation and Hibernate
 * Validator as named modules on the module path: validates a draft threshold question, a draft
 * assessment, a draft Signs of Safety map, a draft safeguarding birth plan and a vendor's own form with a
 * scaling score, and prints where each class was loaded from and the findings.
 */
public final class ModulePathCheck {

    /** A vendor's own form, in the unnamed module, with the library's constraint on a field. */
    static final class ScalingForm {

        @ScalingScore
        int score = 11;
    }

    private ModulePathCheck() {
    }

    /** Prints the modules and the findings; any exception fails the run. */
    public static void main(String[] args) {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        ThresholdQuestion draft = ThresholdQuestion.builder().child(Child.born("c-1", LocalDate.of(2020, 1, 1))).build();
        System.out.println("model module: " + ThresholdQuestion.class.getModule().getName());
        System.out.println("validator module: " + validator.getClass().getModule().getName());
        System.out.println("draft findings: " + Findings.check(validator, draft).size());
        for (Finding finding : Findings.check(validator, draft, Complete.class)) {
            System.out.println(finding.severity() + " " + finding.code() + " at " + finding.path());
        }
        // a constraint whose check is package-private beside the record (and its check() door)
        Assessment assessment = Assessment.builder().id("a-1").child(draft.child()).startedOn(LocalDate.of(2026, 1, 5))
                .build();
        System.out.println("assessment draft findings: " + Findings.check(validator, assessment).size());
        System.out.println("assessment findings before it is complete: "
                + Findings.check(validator, assessment, Complete.class).size());
        SignsOfSafetyMap map = SignsOfSafetyMap.builder().childId("c-1").build();
        System.out.println("map findings before it is complete: "
                + Findings.check(validator, map, Complete.class).size());
        SafeguardingBirthPlan plan = SafeguardingBirthPlan.builder().id("sbp-1")
                .child(Child.unborn("baby-1", LocalDate.of(2026, 3, 2))).agreedOn(LocalDate.of(2026, 1, 5)).build();
        System.out.println("birth plan findings before it is complete: "
                + Findings.check(validator, plan, Complete.class).size());
        for (Finding finding : Findings.check(validator, new ScalingForm())) {
            System.out.println(finding.severity() + " " + finding.code() + " at " + finding.path());
        }
    }
}
