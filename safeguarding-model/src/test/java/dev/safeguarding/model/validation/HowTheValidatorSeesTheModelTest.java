package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.ChildNamed;
import dev.safeguarding.model.need.ConcernRecorded;
import dev.safeguarding.model.need.ConcernsDescribed;
import dev.safeguarding.model.need.ConsentConsidered;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.Test;

/**
 * The experiment behind the design of {@link RuleValidator}: how Hibernate Validator 9, in its default
 * configuration, sees constraints on the model's value types, whose accessors are not JavaBeans getters
 * ({@code id()}) and whose instances are the package-private classes Immutables generates.
 */
class HowTheValidatorSeesTheModelTest {

    private static final Child CHILD = Child.born("c-1", LocalDate.of(2020, 1, 1));

    private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void immutablesCopiesNoConstraintOfAnAccessorToTheGeneratedClass() throws ReflectiveOperationException {
        Class<?> generated = AccessorConstrained.builder().id("x").child(CHILD).build().getClass();
        assertEquals("ImmutableAccessorConstrained", generated.getSimpleName());
        assertEquals(0, generated.getDeclaredMethod("id").getAnnotations().length);
        assertEquals(0, generated.getDeclaredField("id").getAnnotations().length);
        assertEquals(0, generated.getDeclaredMethod("child").getAnnotations().length);
    }

    @Test
    void theDefaultValidatorIgnoresConstraintsOnAccessorsButFindsClassLevelConstraintsWithTheirPaths() {
        AccessorConstrained value = AccessorConstrained.builder().id(" ").name(" ").child(CHILD).build();

        // @NotBlank id(), Optional<@NotBlank String> name() and @Size items() are return-value constraints
        // of methods that are not getters: validate() does not check them. Only the class-level one reports.
        Set<ConstraintViolation<AccessorConstrained>> violations = Validators.DEFAULT.validate(value);
        assertEquals(Set.of("items", "name"), paths(violations));
        assertTrue(violations.stream().allMatch(v -> v.getConstraintDescriptor().getAnnotation()
                .annotationType() == AccessorConstrained.NamedOnTheClass.class));
    }

    @Test
    void accessorConstraintsWorkOnlyForAVendorWhoConfiguresAGetterStrategy() {
        Validator configured = Validation.byProvider(HibernateValidator.class).configure()
                .getterPropertySelectionStrategy(new EveryAccessorIsAProperty())
                .buildValidatorFactory().getValidator();
        AccessorConstrained value = AccessorConstrained.builder().id(" ").name(" ").child(CHILD).build();

        Set<ConstraintViolation<AccessorConstrained>> violations = configured.validate(value);

        // every accessor constraint now counts, and "name" and "items" are reported twice: once by the
        // accessor's constraint and once by the class-level one. The library uses class-level only.
        assertEquals(Set.of("id", "items", "name"), paths(violations));
        assertEquals(5, violations.size());
    }

    @Test
    void passingTheAnnotationsToTheGeneratedAccessorsBreaksCascadingWithTheDefaultValidator() {
        PassedAnnotations value = PassedAnnotations.builder().id(" ").child(CHILD).build();

        ConstraintDeclarationException e = assertThrows(ConstraintDeclarationException.class,
                () -> Validators.DEFAULT.validate(value));
        assertTrue(e.getMessage().startsWith("HV000131"), e.getMessage());
    }

    @Test
    void theModelsConstraintsAreVisibleInTheValidatorsMetadataOfTheAbstractAndTheGeneratedClass() {
        Set<Class<? extends Annotation>> onQuestion = Validators.DEFAULT.getConstraintsForClass(ThresholdQuestion.class)
                .getConstraintDescriptors().stream().map(d -> d.getAnnotation().annotationType())
                .collect(Collectors.toSet());
        assertEquals(Set.of(ConcernRecorded.class, ConcernsDescribed.class, ConsentConsidered.class, ChildNamed.class),
                onQuestion);
        assertTrue(Validators.DEFAULT.getConstraintsForClass(CHILD.getClass()).isBeanConstrained());
        assertFalse(Validators.DEFAULT.getConstraintsForClass(ThresholdQuestion.class).getConstrainedProperties()
                .iterator().hasNext(), "the model declares no property constraints");
    }

    /** Hibernate Validator's extension point a vendor would have to configure: every accessor is a property. */
    private static final class EveryAccessorIsAProperty implements GetterPropertySelectionStrategy {

        private static final List<String> OBJECT_METHODS = List.of("hashCode", "toString", "getClass");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            return executable.getParameterTypes().length == 0 && executable.getReturnType() != void.class
                    && !OBJECT_METHODS.contains(executable.getName())
                    ? Optional.of(executable.getName()) : Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
