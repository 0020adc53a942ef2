package dev.safeguarding.census.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the census types, the same as the model's own (DESIGN.md, "House style"):
 * every value type is an abstract class named for the census item ({@code CensusChild},
 * {@code Section47}); the generated implementation is package-private and hidden behind it, and each
 * type exposes a public {@code Builder} that extends the generated builder.
 *
 * <p>Not exported: it is build machinery, not API. (A copy of the model's style, which is not exported
 * either.)
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"child:children", "disability:disabilities"},
        defaults = @Value.Immutable(copy = false),
        allParameters = false,
        privateNoargConstructor = true,
        allowedClasspathAnnotations = {Override.class})
public @interface CensusStyle {
}
