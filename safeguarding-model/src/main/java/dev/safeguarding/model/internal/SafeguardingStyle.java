package dev.safeguarding.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library. Every value type is an abstract class named for the
 * guidance's concept ({@code Child}, {@code ThresholdQuestion}); the generated implementation is
 * package-private and hidden behind it, and each type that needs one exposes a public
 * {@code Builder} that extends the generated builder.
 *
 * <p>Applied once per package, on the package ({@code @SafeguardingStyle} in its {@code package-info.java}),
 * not on each type: every {@code @Value.Immutable} type of the package takes it.
 *
 * <p>Not exported: it is build machinery, not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"cohort:cohorts", "indicator:indicators", "reason:reasons",
            "consideration:considerations", "statement:statements", "agency:agencies",
            "quality:qualities", "worry:worries", "entry:entries",
            // a word alone is never depluralized: addThreeHouses(ThreeHouses), not addThreeHouse
            "houses"},
        defaults = @Value.Immutable(copy = false),
        allParameters = false,
        privateNoargConstructor = true,
        // no @Generated or other class-path annotations on generated code: downstream compilers
        // (a vendor's too) would warn that org.immutables.value.Generated is missing
        allowedClasspathAnnotations = {Override.class})
public @interface SafeguardingStyle {
}
