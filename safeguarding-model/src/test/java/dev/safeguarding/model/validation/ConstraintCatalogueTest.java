package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.safeguarding.testing.ArchitectureRules;
import jakarta.validation.Constraint;
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
 */
class ConstraintCatalogueTest {

    private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private static List<Class<? extends Annotation>> constraints;
    private static List<Class<?>> modelTypes;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void findConstraints() {
        JavaClasses model = ArchitectureRules.productionClasses("dev.safeguarding.model");
        constraints = model.stream()
                .filter(c -> c.getPackageName().equals("dev.safeguarding.model.validation"))
                .filter(c -> c.isAnnotation() && c.isAnnotatedWith(Constraint.class))
                .map(c -> (Class<? extends Annotation>) c.reflect()).collect(Collectors.toList());
        modelTypes = model.stream()
                .filter(c -> !c.getPackageName().equals("dev.safeguarding.model.validation"))
                .map(JavaClass::reflect).collect(Collectors.toList());
        assertTrue(constraints.size() >= 5, "found " + constraints);
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
            assertArrayEquals(new ElementType[] {ElementType.TYPE}, constraint.getAnnotation(Target.class).value(),
                    constraint.getSimpleName());
            assertArrayEquals(new Class<?>[0], (Class<?>[]) constraint.getMethod("groups").getDefaultValue());
            assertArrayEquals(new Class<?>[0], (Class<?>[]) constraint.getMethod("payload").getDefaultValue());
        }
    }

    @Test
    void eachValidatorIsARuleValidatorAProviderCanMakeThroughItsPublicConstructor() throws ReflectiveOperationException {
        for (Class<? extends Annotation> constraint : constraints) {
            for (Class<?> validator : constraint.getAnnotation(Constraint.class).validatedBy()) {
                assertTrue(RuleValidator.class.isAssignableFrom(validator), validator.getName());
                assertTrue(Modifier.isPublic(validator.getModifiers()), validator.getName());
                Constructor<?> constructor = validator.getConstructor();
                assertTrue(Modifier.isPublic(constructor.getModifiers()), validator.getName());
                assertNotNull(constructor.newInstance());
            }
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
