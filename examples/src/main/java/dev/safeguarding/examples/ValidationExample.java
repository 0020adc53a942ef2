package dev.safeguarding.examples;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.assessment.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Findings;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Bean Validation of a record at two stages: a threshold question saved as a draft, checked again before
 * it is shared with the Children's Advice and Duty Service, then filled in. Uses Hibernate Validator in
 * its default configuration, as a vendor's Spring or Jakarta EE application would. Run it with
 * {@code mvn -q -Pexample -Dexample=ValidationExample -DskipTests package}.
 *
 * <p>Every person in it is made up, and the dates are fixed.
 */
public final class ValidationExample {

    private ValidationExample() {
    }

    /** Prints the findings of the draft and of the completed record to standard output. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();

            out.println("A teacher starts a note of a worry about a six-year-old, and saves it before writing the worry down.");
            ThresholdQuestion draft = ThresholdQuestion.builder()
                    .child(Child.born("child-0042", LocalDate.of(2020, 4, 9)))
                    .build();
            print(out, "The draft, as saved (default group)", Findings.check(validator, draft));
            print(out, "The draft, before it is shared (Complete)", Findings.check(validator, draft, Complete.class));

            out.println();
            out.println("The teacher adds the child's name, describes the worry and talks to the parents, who agree.");
            ThresholdQuestion complete = ThresholdQuestion.builder(draft)
                    .child(Child.builder().id("child-0042").dateOfBirth(LocalDate.of(2020, 4, 9)).name("Jo Example")
                            .build())
                    .indicators(List.of(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS,
                            LevelOfNeed.ADDITIONAL, "Often hungry at the start of the school day")))
                    .consent(ConsentStatus.GIVEN)
                    .build();
            print(out, "The same record, filled in (Complete)", Findings.check(validator, complete, Complete.class));
        }
    }

    private static void print(PrintStream out, String title, List<Finding> findings) {
        out.println();
        out.println(title + ": " + (findings.isEmpty() ? "no findings" : findings.size() + " finding(s)"));
        for (Finding finding : findings) {
            out.println("  " + finding.severity().label().toUpperCase(java.util.Locale.ROOT) + " at "
                    + (finding.path().isEmpty() ? "(the record)" : finding.path()) + " [" + finding.code() + "]");
            out.println("    " + finding.message());
        }
    }
}
