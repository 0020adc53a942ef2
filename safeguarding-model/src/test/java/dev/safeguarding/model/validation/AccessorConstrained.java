package dev.safeguarding.model.validation;

import dev.safeguarding.model.internal.SafeguardingStyle;
import dev.safeguarding.model.people.Child;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A test-only value type in the library's style with Bean Validation's own constraints on its accessors,
 * as a newcomer would first write them: the experiment {@link HowTheValidatorSeesTheModelTest} runs.
 */
@Value.Immutable
@SafeguardingStyle
@AccessorConstrained.NamedOnTheClass
public abstract class AccessorConstrained {

    @NotBlank
    public abstract String id();

    public abstract Optional<@NotBlank String> name();

    @Valid
    public abstract Child child();

    @Size(min = 2)
    public abstract List<String> items();

    public static ImmutableAccessorConstrained.Builder builder() {
        return ImmutableAccessorConstrained.builder();
    }

    /** The same "name must not be blank" as a class-level constraint, reported at {@code name}. */
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = NamedOnTheClass.Validator.class)
    public @interface NamedOnTheClass {
        String message() default "The name must not be blank.";

        Class<?>[] groups() default {};

        Class<? extends jakarta.validation.Payload>[] payload() default {};

        final class Validator extends RuleValidator<NamedOnTheClass, AccessorConstrained> {
            @Override
            protected void check(AccessorConstrained value, Violations violations) {
                if (value.name().filter(String::isBlank).isPresent()) {
                    violations.at("name");
                }
                if (value.items().size() < 2) {
                    violations.at("items");
                }
            }
        }
    }
}
