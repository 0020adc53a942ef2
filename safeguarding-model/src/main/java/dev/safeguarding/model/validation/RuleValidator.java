package dev.safeguarding.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base of every validator of the library's constraints on the model's types: a rule of the guidance
 * checked on a whole value (a class-level constraint), which reports each breach at the property it is
 * about. (A constraint a vendor may also put on a value of its own form, {@link dev.safeguarding.model.signsofsafety.ScalingScore ScalingScore}, has a plain
 * {@code ConstraintValidator} of the value beside its {@code RuleValidator}.)
 *
 * <p><b>Why class-level constraints.</b> The model's accessors are not JavaBeans getters ({@code name()},
 * not {@code getName()}), and the classes a vendor holds are the package-private implementations
 * Immutables generates ({@code ImmutableChild extends Child}), which carry no annotations of their own.
 * A Bean Validation provider in its default configuration (Spring's, Jakarta EE's, or
 * {@code Validation.buildDefaultValidatorFactory()}) therefore sees no properties on them: a
 * {@code @NotBlank} on {@code name()} is a method return-value constraint, ignored by
 * {@code validate(...)}, and {@code @Valid} on {@code child()} cascades nowhere. It does see
 * constraints declared on the abstract type itself, in whatever class hierarchy the value has, and it
 * lets their validators name the property of each violation. So every rule is a class-level constraint
 * on the abstract type: no vendor configuration, no getter naming, and no deep reflection (the
 * validator calls the public accessors), so the module descriptor needs no {@code opens}.
 *
 * <p>A rule reports through {@link Violations}; the message of every violation is the constraint's
 * message, which names the rule's source and never holds personal data. A {@code null} value is valid,
 * as for Bean Validation's own constraints ({@code @NotNull} says whether a value must be there).
 *
 * <pre>{@code
 * public static final class Validator extends RuleValidator<ConcernsDescribed, ThresholdQuestion> {
 *     protected void check(ThresholdQuestion question, Violations violations) {
 *         for (int i = 0; i < question.indicators().size(); i++) {
 *             if (question.indicators().get(i).description().isEmpty()) {
 *                 violations.at("indicators", i, "description");   // indicators[i].description
 *             }
 *         }
 *     }
 * }
 * }</pre>
 *
 * @param <A> the constraint annotation
 * @param <T> the type of value it is declared on
 */
public abstract class RuleValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    /** For subclasses; Bean Validation makes one through the public no-argument constructor. */
    protected RuleValidator() {
    }

    /**
     * Checks {@code value} and reports each breach of the rule to {@code violations}.
     *
     * @param value      the value, never {@code null}
     * @param violations where to report
     */
    protected abstract void check(T value, Violations violations);

    /** Runs {@link #check}; valid when it reported nothing. */
    @Override
    public final boolean isValid(@Nullable T value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Violations violations = new Violations(context);
        check(value, violations);
        return violations.count == 0;
    }

    /**
     * The breaches of a rule found in one value, each at a property path, all with the constraint's
     * message.
     */
    public static final class Violations {

        private final ConstraintValidatorContext context;
        private int count;

        Violations(ConstraintValidatorContext context) {
            this.context = context;
        }

        /**
         * Reports a breach at a property path of the value: property names, each optionally followed by
         * the index of an element of it. {@code at()} is the value as a whole; {@code at("consent")} is
         * {@code consent}; {@code at("child", "name")} is {@code child.name};
         * {@code at("indicators", 2, "description")} is {@code indicators[2].description};
         * {@code at("indicators", 2)} is {@code indicators[2]}.
         *
         * @param path property names ({@link String}) and indexes ({@link Integer}), starting with a name
         * @throws IllegalArgumentException if the path starts with an index, has two indexes in a row or
         *                                  holds anything else
         */
        public void at(Object... path) {
            Objects.requireNonNull(path, "path");
            boolean afterName = false;
            for (Object element : path) {
                if (element instanceof Integer) {
                    if (!afterName) {
                        throw new IllegalArgumentException("path: an index must follow a property name");
                    }
                    afterName = false;
                } else if (element instanceof String) {
                    afterName = true;
                } else {
                    throw new IllegalArgumentException("path: property names and indexes only");
                }
            }
            if (count++ == 0) {
                context.disableDefaultConstraintViolation();
            }
            ConstraintViolationBuilder builder =
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
            NodeBuilderCustomizableContext last = null;
            NodeBuilderDefinedContext lastIndexed = null;
            Integer index = null;
            for (Object element : path) {
                if (element instanceof Integer) {
                    index = (Integer) element;
                } else {
                    String name = (String) element;
                    NodeBuilderCustomizableContext next = last != null ? last.addPropertyNode(name)
                            : lastIndexed != null ? lastIndexed.addPropertyNode(name) : builder.addPropertyNode(name);
                    if (index != null) {
                        lastIndexed = next.inIterable().atIndex(index);
                        last = null;
                        index = null;
                    } else {
                        last = next;
                        lastIndexed = null;
                    }
                }
            }
            if (index != null) {
                (last != null ? last.addBeanNode() : lastIndexed.addBeanNode()).inIterable().atIndex(index)
                        .addConstraintViolation();
            } else if (last != null) {
                last.addConstraintViolation();
            } else if (lastIndexed != null) {
                lastIndexed.addConstraintViolation();
            } else {
                builder.addConstraintViolation();
            }
        }

        /** How many breaches have been reported. */
        public int count() {
            return count;
        }
    }
}
