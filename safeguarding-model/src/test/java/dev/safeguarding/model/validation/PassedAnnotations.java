package dev.safeguarding.model.validation;

import dev.safeguarding.model.people.Child;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A test-only value type whose style asks Immutables to pass Bean Validation's annotations on to the
 * generated class ({@code passAnnotations}): the second half of the experiment in
 * {@link HowTheValidatorSeesTheModelTest}.
 */
@Value.Immutable
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, jdkOnly = true,
        passAnnotations = {NotBlank.class, Valid.class}, allowedClasspathAnnotations = {Override.class})
public abstract class PassedAnnotations {

    @NotBlank
    public abstract String id();

    @Valid
    public abstract Child child();

    public static ImmutablePassedAnnotations.Builder builder() {
        return ImmutablePassedAnnotations.builder();
    }
}
