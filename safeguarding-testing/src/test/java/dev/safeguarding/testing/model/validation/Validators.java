package dev.safeguarding.testing.model.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The validator the model's tests over generated values use: Hibernate Validator in its default
 * configuration, as a vendor has it.
 */
final class Validators {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    /** A validator from {@code Validation.buildDefaultValidatorFactory()}, nothing configured. */
    static final Validator DEFAULT = FACTORY.getValidator();

    private Validators() {
    }
}
