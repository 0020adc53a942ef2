package dev.safeguarding.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property: a check over many generated values. Each run draws a fresh seed (or takes it from
 * the system property {@value #SEED_PROPERTY}); a failure reports the seed, the case and the failing
 * value, so the exact run can be repeated:
 *
 * <pre>{@code
 * mvn -pl safeguarding-rules test -Dtest=ThresholdGuidePropertiesTest -Dsafeguarding.seed=1234
 * }</pre>
 *
 * <pre>{@code
 * Property.forAll(ModelGen.thresholdQuestions(), question -> assertEquals(...));
 * }</pre>
 */
public final class Property {

    /** The system property that fixes the seed of every property in the run. */
    public static final String SEED_PROPERTY = "safeguarding.seed";

    /** The number of generated cases a property runs unless told otherwise. */
    public static final int DEFAULT_CASES = 1000;

    private Property() {
    }

    /** Checks {@code check} against {@value #DEFAULT_CASES} values of {@code gen}. */
    public static <T> void forAll(Gen<T> gen, Consumer<? super T> check) {
        forAll(DEFAULT_CASES, gen, check);
    }

    /**
     * Checks {@code check} against {@code cases} values of {@code gen}.
     *
     * @throws AssertionError naming the seed, the case and the value, wrapping the first failure
     */
    public static <T> void forAll(int cases, Gen<T> gen, Consumer<? super T> check) {
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(check, "check");
        long seed = seed();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < cases; i++) {
            T value;
            try {
                value = gen.generate(random);
            } catch (RuntimeException e) {
                throw new AssertionError(describe(seed, i, cases) + "; the generator failed", e);
            }
            try {
                check.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(describe(seed, i, cases) + "; value: " + value + "; " + e.getMessage(), e);
            }
        }
    }

    /** Checks {@code check} against every value of a small space. */
    public static <T> void forEvery(Iterable<T> values, Consumer<? super T> check) {
        for (T value : values) {
            try {
                check.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Property failed for " + value + "; " + e.getMessage(), e);
            }
        }
    }

    private static String describe(long seed, int index, int cases) {
        return "Property failed at case " + (index + 1) + " of " + cases + " with seed " + seed
                + " (rerun with -D" + SEED_PROPERTY + "=" + seed + ")";
    }

    private static long seed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            try {
                return Long.parseLong(fixed.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number", e);
            }
        }
        return new SplittableRandom().nextLong();
    }
}
