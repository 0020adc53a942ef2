package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.safeguarding.architecture.ArchitectureRules;
import dev.safeguarding.model.GuidanceDocument;
import dev.safeguarding.model.signsofsafety.ScalingScore;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every constraint of the library keeps the house rules: it names its rule and source, its message is
 * plain text that cites that source, it is class-level, its validators are ones a provider can make on
 * the module path, and it is declared on a type of the model. A constraint added later is checked here
 * without a change to this test.
 *
 * <p>The one deliberate exception is a constraint listed in {@link #FOR_FORMS}: a rule about one value (a
 * scaling score) that a vendor may also put on a field of its own form. It is class-level on its model type
 * like the others, and besides may target fields, getters, parameters, type uses and annotation types, with
 * one plain {@code ConstraintValidator} for the value beside its {@code RuleValidator}. Any other constraint
 * with a wider target, or a validator that is not a {@code RuleValidator}, fails here.
 */
class ConstraintCatalogueTest {

    /** {@code framework.rule-in-words}; a framework's name may be words too ({@code case-note.direct-work-missing}). */
    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /** The constraints a vendor may also put on a value of its own form, each on purpose. */
    private static final Set<Class<? extends Annotation>> FOR_FORMS = Set.of(ScalingScore.class);

    /** The targets of a constraint for forms: a type (its model type), and where a form holds a value. */
    private static final Set<ElementType> FORM_TARGETS = Set.of(ElementType.TYPE, ElementType.FIELD,
            ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE);

    private static List<Class<? extends Annotation>> constraints;
    private static List<Class<?>> modelTypes;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void findConstraints() {
        JavaClasses model = ArchitectureRules.productionClasses("dev.safeguarding.model");
        constraints = model.stream()
                .filter(c -> c.isAnnotation() && c.isAnnotatedWith(Constraint.class))
                .map(c -> (Class<? extends Annotation>) c.reflect()).collect(Collectors.toList());
        modelTypes = model.stream()
                .filter(c -> !c.isAnnotation() && !c.getPackageName().equals("dev.safeguarding.model.validation"))
                .map(JavaClass::reflect).collect(Collectors.toList());
        assertTrue(constraints.size() >= 60, "found " + constraints);
    }

    private static String defaultMessage(Class<? extends Annotation> constraint) throws ReflectiveOperationException {
        return (String) constraint.getMethod("message").getDefaultValue();
    }

    @Test
    void eachNamesItsRuleWithAUniqueCodeAndItsMessageCitesTheSource() throws ReflectiveOperationException {
        Set<String> codes = new HashSet<>();
        for (Class<? extends Annotation> constraint : constraints) {
            GuidanceRule rule = constraint.getAnnotation(GuidanceRule.class);
            assertNotNull(rule, constraint + " has no @GuidanceRule");
            assertTrue(CODE.matcher(rule.code()).matches(), rule.code());
            assertTrue(codes.add(rule.code()), "two constraints have the code " + rule.code());
            String message = defaultMessage(constraint);
            assertTrue(message.endsWith("Source: " + rule.document() + ", '" + rule.section() + "'."),
                    constraint.getSimpleName() + ": " + message);
        }
    }

    @Test
    void eachMessageIsPlainTextThatQuotesNoValue() throws ReflectiveOperationException {
        for (Class<? extends Annotation> constraint : constraints) {
            String message = defaultMessage(constraint);
            // no message parameters and no expressions: nothing of the validated value can be interpolated
            assertFalse(message.contains("{") || message.contains("}") || message.contains("$")
                    || message.contains("\\"), constraint.getSimpleName() + ": " + message);
        }
    }

    @Test
    void eachIsClassLevelWithGroupsAndPayloadLeftToTheTypeItIsDeclaredOn() throws ReflectiveOperationException {
        for (Class<? extends Annotation> constraint : constraints) {
            ElementType[] targets = constraint.getAnnotation(Target.class).value();
            if (FOR_FORMS.contains(constraint)) {
                assertEquals(FORM_TARGETS, Set.of(targets), constraint.getSimpleName());
            } else {
                assertArrayEquals(new ElementType[] {ElementType.TYPE}, targets, constraint.getSimpleName());
            }
            assertArrayEquals(new Class<?>[0], (Class<?>[]) constraint.getMethod("groups").getDefaultValue());
            assertArrayEquals(new Class<?>[0], (Class<?>[]) constraint.getMethod("payload").getDefaultValue());
        }
    }

    @Test
    void theConstraintsForFormsAreConstraintsOfTheLibrary() {
        assertTrue(constraints.containsAll(FOR_FORMS), "found " + constraints);
    }

    @Test
    void eachValidatorIsARuleValidatorAProviderCanMakeThroughItsPublicConstructor() throws ReflectiveOperationException {
        for (Class<? extends Annotation> constraint : constraints) {
            int ruleValidators = 0;
            for (Class<?> validator : constraint.getAnnotation(Constraint.class).validatedBy()) {
                if (RuleValidator.class.isAssignableFrom(validator)) {
                    ruleValidators++;
                } else {
                    // a constraint for forms: one plain validator of the value, beside its RuleValidator
                    assertTrue(FOR_FORMS.contains(constraint), validator.getName() + " is not a RuleValidator");
                    assertTrue(ConstraintValidator.class.isAssignableFrom(validator), validator.getName());
                }
                assertTrue(Modifier.isPublic(validator.getModifiers()), validator.getName());
                Constructor<?> constructor = validator.getConstructor();
                assertTrue(Modifier.isPublic(constructor.getModifiers()), validator.getName());
                assertNotNull(constructor.newInstance());
            }
            assertEquals(1, ruleValidators, constraint.getSimpleName() + " has one RuleValidator, for its model type");
            assertEquals(FOR_FORMS.contains(constraint) ? 2 : 1,
                    constraint.getAnnotation(Constraint.class).validatedBy().length, constraint.getSimpleName());
        }
    }

    @Test
    void eachLivesInThePackageOfEveryModelTypeItIsDeclaredOn() {
        // one framework, one package: a constraint beside the record it constrains, not in the machinery
        for (Class<? extends Annotation> constraint : constraints) {
            assertNotEquals("dev.safeguarding.model.validation", constraint.getPackageName(), constraint.getName());
            for (Class<?> type : modelTypes) {
                if (type.isAnnotationPresent(constraint)) {
                    assertEquals(type.getPackageName(), constraint.getPackageName(),
                            constraint.getSimpleName() + " on " + type.getSimpleName());
                }
            }
        }
    }

    @Test
    void eachCitesOneOfTheLibrarysGuidanceDocumentsByItsTitle() {
        for (Class<? extends Annotation> constraint : constraints) {
            String document = constraint.getAnnotation(GuidanceRule.class).document();
            assertTrue(GuidanceDocument.byTitle(document).isPresent(), constraint.getSimpleName() + ": " + document);
        }
    }

    @Test
    void eachIsDeclaredOnATypeOfTheModel() {
        for (Class<? extends Annotation> constraint : constraints) {
            assertTrue(modelTypes.stream().anyMatch(type -> type.isAnnotationPresent(constraint)),
                    constraint.getSimpleName() + " is declared on no model type");
        }
    }

    @Test
    void theStageGroupCompleteIncludesTheDraftRules() {
        assertEquals(List.of(jakarta.validation.groups.Default.class), List.of(Complete.class.getInterfaces()));
    }
}
