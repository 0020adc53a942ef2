package dev.safeguarding.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property: a check over many generated values, in any test framework (or none). A run draws a
 * fresh seed, so every build tries new values; when a value fails, the run stops and throws an
 * {@link AssertionError} whose message names the seed, the case and the failing value, with the first
 * failure as its cause:
 *
 * <pre>{@code
 * Property failed at case 17 of 1000 with seed -4520338861312245071
 *     (rerun with -Dsafeguarding.seed=-4520338861312245071); value: <its toString()>; <the failure>
 * }</pre>
 *
 * <p>(on one line).
 *
 * <p>In a vendor's own JUnit test, with {@code safeguarding-testing} at test scope:
 *
 * <pre>
 * &#64;Test
 * void everyReferralScreenShowsTheChildsId() {
 *     Property.forAll(ModelGen.thresholdQuestions(),
 *             question -&gt; assertTrue(referralScreen(question).contains(question.child().id())));
 * }
 * </pre>
 *
 * <p><b>Seeds.</b> To repeat a failed run exactly, give its seed to the whole run as the system property
 * {@value #SEED_PROPERTY} (Maven's Surefire passes {@code -D} options on the command line to the tests):
 *
 * <pre>{@code
 * mvn test -Dtest=ReferralScreenTest -Dsafeguarding.seed=-4520338861312245071
 * }</pre>
 *
 * <p>or pin it in the test itself with {@link #forAll(long, int, Gen, Consumer)}, for example to keep a
 * failure found once as a regression test. The same seed and generator always give the same values (see
 * {@link Gen}).
 *
 * <p>This class needs no test framework: it throws the JDK's {@code AssertionError}, which every test
 * framework reports as a failure. It does not shrink a failing value to a smaller one.
 *
 * <p>Source: not the guidance: the library's own test support (issue 14); the values it runs over are synthetic.
 */
public final class Property {

    /** The system property that fixes the seed of every property in the run: {@value}. */
    public static final String SEED_PROPERTY = "safeguarding.seed";

    /** The number of generated cases a property runs unless told otherwise: {@value}. */
    public static final int DEFAULT_CASES = 1000;

    private Property() {
    }

    /**
     * Checks {@code check} against {@value #DEFAULT_CASES} values of {@code gen}, from a fresh seed (or
     * the one given as {@value #SEED_PROPERTY}).
     *
     * @param <T> the type of value generated
     * @param gen the generator of the values
     * @param check the property: returns normally when the value passes, throws (an assertion's
     *     {@code AssertionError} or any {@code RuntimeException}) when it fails
     * @throws AssertionError naming the seed, the case and the value, wrapping the first failure
     */
    public static <T> void forAll(Gen<T> gen, Consumer<? super T> check) {
        forAll(DEFAULT_CASES, gen, check);
    }

    /**
     * Checks {@code check} against {@code cases} values of {@code gen}, from a fresh seed (or the one
     * given as {@value #SEED_PROPERTY}).
     *
     * @param <T> the type of value generated
     * @param cases how many values to check
     * @param gen the generator of the values
     * @param check the property: returns normally when the value passes, throws when it fails
     * @throws AssertionError naming the seed, the case and the value, wrapping the first failure
     */
    public static <T> void forAll(int cases, Gen<T> gen, Consumer<? super T> check) {
        forAll(seed(), cases, gen, check);
    }

    /**
     * Checks {@code check} against {@code cases} values of {@code gen} drawn from {@code seed}: the same
     * values on every run, whatever {@value #SEED_PROPERTY} says. For a failure found once and kept as a
     * regression test, or for fixtures that must not change between builds.
     *
     * @param <T> the type of value generated
     * @param seed the seed the values are drawn from
     * @param cases how many values to check
     * @param gen the generator of the values
     * @param check the property: returns normally when the value passes, throws when it fails
     * @throws AssertionError naming the seed, the case and the value, wrapping the first failure
     */
    public static <T> void forAll(long seed, int cases, Gen<T> gen, Consumer<? super T> check) {
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(check, "check");
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

    /**
     * Checks {@code check} against every value of a small space (every constant of an enum, every pair of
     * levels), with no seed: the same values every run.
     *
     * @param <T> the type of the values
     * @param values every value to check
     * @param check the property: returns normally when the value passes, throws when it fails
     * @throws AssertionError naming the value, wrapping the first failure
     */
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
