package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Violations become findings: severity from the payload, code and source from the rule, the path as a finding writes it. */
class FindingsTest {

    private static final Child CHILD = Child.builder().id("c-1").dateOfBirth(LocalDate.of(2018, 2, 3))
            .name("Robin Example").build();

    /** A vendor's own form that holds model values and cascades into them. */
    static final class ReferralForm {

        @NotBlank
        private final String referrerId;

        @NotNull(payload = Query.class)
        private final String team;

        @Valid
        private final ThresholdQuestion question;

        @Valid
        private final List<ThresholdQuestion> siblings;

        private final List<@NotBlank String> notes;

        ReferralForm(String referrerId, String team, ThresholdQuestion question, List<ThresholdQuestion> siblings,
                List<String> notes) {
            this.referrerId = referrerId;
            this.team = team;
            this.question = question;
            this.siblings = siblings;
            this.notes = notes;
        }
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aVendorsFormCascadesIntoModelValuesAndGetsOneKindOfFindingForItsOwnConstraintsAndTheLibrarys() {
        ThresholdQuestion question = ThresholdQuestion.builder().child(CHILD).consent(ConsentStatus.GIVEN).build();
        ThresholdQuestion sibling = ThresholdQuestion.builder().child(CHILD).immediateDanger(true).build();
        ReferralForm form = new ReferralForm(" ", null, question, List.of(sibling, question), List.of("ok", ""));

        assertEquals(String.join("\n",
                "ERROR jakarta.validation.constraints.NotBlank at notes/1",
                "ERROR need.concern-recorded at question/indicators",
                "ERROR jakarta.validation.constraints.NotBlank at referrerId",
                "ERROR need.concern-recorded at siblings/1/indicators",
                "QUERY jakarta.validation.constraints.NotNull at team"),
                describe(Findings.check(Validators.DEFAULT, form, Complete.class)));
        assertEquals(String.join("\n",
                "ERROR jakarta.validation.constraints.NotBlank at notes/1",
                "ERROR jakarta.validation.constraints.NotBlank at referrerId",
                "QUERY jakarta.validation.constraints.NotNull at team"),
                describe(Findings.check(Validators.DEFAULT, form)), "the default group holds the draft's rules only");
    }

    @Test
    void aConstraintOfTheVendorsOwnHasNoSourceAndKeepsItsMessage() {
        ReferralForm form = new ReferralForm("", "team", null, List.of(), List.of());

        Finding finding = Findings.check(Validators.DEFAULT, form).get(0);

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("referrerId", finding.path());
        assertEquals("must not be blank", finding.message());
        assertFalse(finding.source().isPresent());
    }

    @Test
    void theLibrarysFindingsCarryTheRulesSource() {
        Finding finding = Findings.check(Validators.DEFAULT, ThresholdQuestion.builder().child(CHILD)
                .immediateDanger(true).addIndicator(dev.safeguarding.model.need.NeedIndicator.of(
                        dev.safeguarding.model.need.AssessmentDomain.PARENTING_CAPACITY,
                        dev.safeguarding.model.need.LevelOfNeed.COMPLEX)).build(), Complete.class).get(0);

        assertEquals("need.concern-described", finding.code());
        assertEquals(Severity.QUERY, finding.severity());
        assertEquals("Recording what we do and the decisions we take", finding.source().orElseThrow().section());
    }

    /** Reports at every shape of path the rule validators can give. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ReportsEveryPath.Validator.class)
    @interface ReportsEveryPath {
        String message() default "Every path.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator extends RuleValidator<ReportsEveryPath, Paths> {
            @Override
            protected void check(Paths value, Violations violations) {
                violations.at();
                violations.at("a");
                violations.at("a", "b");
                violations.at("a", 2);
                violations.at("a", 2, "b");
                violations.at("a", 2, "b", 3, "c");
                violations.at("a", "b", 4);
                assertThrows(IllegalArgumentException.class, () -> violations.at(1, "a"));
                assertThrows(IllegalArgumentException.class, () -> violations.at("a", 1, 2));
                assertThrows(IllegalArgumentException.class, () -> violations.at("a", 1L));
                assertEquals(7, violations.count(), "a path refused is not reported");
            }
        }
    }

    @ReportsEveryPath
    static final class Paths {
    }

    @Test
    void ruleValidatorsReportAtTheValueItsPropertiesAndTheElementsOfItsLists() {
        List<String> beanValidation = Validators.DEFAULT.validate(new Paths()).stream()
                .map(v -> v.getPropertyPath().toString()).sorted().toList();
        List<String> findings = Findings.check(Validators.DEFAULT, new Paths()).stream().map(Finding::path).toList();

        assertEquals(List.of("", "a", "a.b", "a.b[4]", "a[2]", "a[2].b", "a[2].b[3].c"), beanValidation);
        assertEquals(List.of("", "a", "a/2", "a/2/b", "a/2/b/3/c", "a/b", "a/b/4"), findings);
        assertTrue(Findings.check(Validators.DEFAULT, new Paths()).stream()
                .allMatch(f -> f.message().equals("Every path.") && f.code().endsWith("ReportsEveryPath")));
    }

    @Test
    void theMessagesNeedNoExpressionLanguageSoAValidatorWithoutOneGivesTheSameFindings() {
        // the library's messages are plain text: a vendor without an EL implementation may configure
        // Hibernate Validator's ParameterMessageInterpolator and lose nothing
        jakarta.validation.Validator withoutEl = jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        ThresholdQuestion question = ThresholdQuestion.builder().child(CHILD)
                .addIndicator(dev.safeguarding.model.need.NeedIndicator.of(
                        dev.safeguarding.model.need.AssessmentDomain.PARENTING_CAPACITY,
                        dev.safeguarding.model.need.LevelOfNeed.COMPLEX)).build();

        List<Finding> findings = Findings.check(withoutEl, question, Complete.class);

        assertEquals(Findings.check(Validators.DEFAULT, question, Complete.class), findings);
        assertEquals(2, findings.size());
    }

    @Test
    void findingsComeInAStableOrder() {
        ThresholdQuestion question = ThresholdQuestion.builder().child(CHILD).build();
        List<Finding> first = Findings.check(Validators.DEFAULT, question, Complete.class);

        for (int i = 0; i < 20; i++) {
            assertEquals(first, Findings.from(Validators.DEFAULT.validate(question, Complete.class)));
        }
    }
}
