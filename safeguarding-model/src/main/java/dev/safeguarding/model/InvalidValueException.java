package dev.safeguarding.model;

import java.util.Objects;

/**
 * A value that makes no sense was given to a constructor, factory or builder of the model, for
 * example a threshold profile that asks for a combination of zero indicators, or a child recorded
 * with both a date of birth and an expected date of delivery.
 *
 * <p>The message names the field and the rule it breaks, never the value: values may be personal
 * data (a date of birth, a name) and messages end up in logs. {@link #field()} and {@link #rule()}
 * give the two parts separately, so that the JSON reader can point at the bad field.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /**
     * @param field the name of the field (as in the type's accessor), never blank
     * @param rule  the rule it breaks, in plain English, never quoting the value
     */
    public InvalidValueException(String field, String rule) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule"));
        this.field = field;
        this.rule = rule;
    }

    /** The field that holds the bad value, named as the type's accessor names it. */
    public String field() {
        return field;
    }

    /** The rule the value breaks, in plain English. */
    public String rule() {
        return rule;
    }
}
