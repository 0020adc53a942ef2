package dev.safeguarding.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of random values from a seeded {@link SplittableRandom}: the same seed always gives the
 * same values, so a failing property can be rerun exactly (see {@link Property}).
 *
 * <p>The library's own small toolkit, with no dependency (not jqwik or any test framework). The
 * combinators are static factories here ({@link #ints}, {@link #oneOf}, {@link #lists}, {@link #text}, ...)
 * and the instance methods {@link #map}, {@link #flatMap} and {@link #filter}. Generators of the model's
 * types are in {@link ModelGen} and one class per practice framework ({@link AssessmentGen},
 * {@link ChronologyGen}, {@link MultiagencyGen}, {@link SharingGen}, {@link SignsOfSafetyGen},
 * {@link TimescaleGen}); {@link Generators#of(Class)} finds one by type. A vendor builds its own from
 * them:
 *
 * <pre>{@code
 * Gen<Referral> referrals = random -> new Referral(ModelGen.thresholdQuestions().generate(random),
 *         Gen.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)).generate(random));
 * Referral fixture = referrals.generate(new SplittableRandom(42));   // the same referral every build
 * }</pre>
 *
 * <p>A generator draws only from the {@code random} it is given: it holds no state, so one instance can
 * be shared between tests and threads (each with its own {@code SplittableRandom}).
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * A value drawn from {@code random}: the same value for a {@code SplittableRandom} of the same seed
     * in the same state.
     *
     * @param random the source of randomness, advanced by the draw
     * @return the value
     */
    T generate(SplittableRandom random);

    /** A generator of {@code f} applied to this generator's values. */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(generate(random));
    }

    /** A generator that draws a value, then draws from the generator {@code f} makes of it. */
    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return random -> f.apply(generate(random)).generate(random);
    }

    /**
     * Values of this generator that satisfy {@code condition}; gives up after 1,000 tries in a row, so
     * that a too-strict filter fails loudly rather than hanging.
     */
    default Gen<T> filter(Predicate<? super T> condition) {
        return random -> {
            for (int i = 0; i < 1000; i++) {
                T value = generate(random);
                if (condition.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 1000 values in a row");
        };
    }

    /** Always {@code value}. */
    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /** An int in {@code [min, max]}, both included. */
    static Gen<Integer> ints(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min > max");
        }
        return random -> (int) random.nextLong(min, (long) max + 1);
    }

    /** A long in {@code [min, max]}, both included. */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min > max");
        }
        return random -> max == Long.MAX_VALUE ? min + (random.nextLong() & Long.MAX_VALUE) % (max - min)
                : random.nextLong(min, max + 1);
    }

    /** True or false, evenly. */
    static Gen<Boolean> booleans() {
        return SplittableRandom::nextBoolean;
    }

    /** One of {@code values}, evenly. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    static <T> Gen<T> oneOf(T... values) {
        List<T> list = List.of(values);
        return elements(list);
    }

    /** One of {@code values}, evenly. */
    static <T> Gen<T> elements(Collection<T> values) {
        List<T> list = List.copyOf(values);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no values to choose from");
        }
        return random -> list.get(random.nextInt(list.size()));
    }

    /** A value from one of {@code generators}, chosen evenly. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    static <T> Gen<T> oneOfGens(Gen<? extends T>... generators) {
        List<Gen<? extends T>> list = Arrays.asList(generators);
        return random -> list.get(random.nextInt(list.size())).generate(random);
    }

    /** A constant of {@code type}, evenly. */
    static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
        return oneOf(type.getEnumConstants());
    }

    /** A subset of the constants of {@code type}, each in it with probability one half. */
    static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type) {
        return random -> {
            Set<E> set = EnumSet.noneOf(type);
            for (E constant : type.getEnumConstants()) {
                if (random.nextBoolean()) {
                    set.add(constant);
                }
            }
            return set;
        };
    }

    /** A list of {@code min} to {@code max} values of {@code element}. */
    static <T> Gen<List<T>> lists(Gen<T> element, int min, int max) {
        Gen<Integer> sizes = ints(min, max);
        return random -> {
            int size = sizes.generate(random);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.generate(random));
            }
            return list;
        };
    }

    /** Empty a quarter of the time, otherwise a value of {@code element}. */
    static <T> Gen<Optional<T>> optionals(Gen<T> element) {
        return random -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of(element.generate(random));
    }

    /** A date in {@code [from, to]}, both included. */
    static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        return longs(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Text of {@code min} to {@code max} characters, not blank: letters and digits mostly, with spaces,
     * punctuation, quotes, backslashes, accented letters and characters outside the Basic Multilingual
     * Plane mixed in, so that encoders meet what real records hold.
     */
    static Gen<String> text(int min, int max) {
        String plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        String[] awkward = {" ", "'", "\"", "\\", "/", "-", ",", ".", "é", "ł", "ß", "ø", "\u00a0", "\t",
            "\n", "\u2019", "\ud83d\ude00", "<", "&", "{", "}"};
        Gen<Integer> lengths = ints(Math.max(1, min), max);
        return random -> {
            int length = lengths.generate(random);
            StringBuilder text = new StringBuilder();
            text.append(plain.charAt(random.nextInt(plain.length())));
            while (text.codePointCount(0, text.length()) < length) {
                if (random.nextInt(5) == 0) {
                    text.append(awkward[random.nextInt(awkward.length)]);
                } else {
                    text.append(plain.charAt(random.nextInt(plain.length())));
                }
            }
            return text.toString();
        };
    }

    /** An identifier: a short run of letters, digits and hyphens, starting with a letter. */
    static Gen<String> identifiers() {
        String first = "abcdefghijklmnopqrstuvwxyz";
        String rest = "abcdefghijklmnopqrstuvwxyz0123456789-";
        return random -> {
            int length = 1 + random.nextInt(16);
            StringBuilder id = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
            for (int i = 1; i < length; i++) {
                id.append(rest.charAt(random.nextInt(rest.length())));
            }
            return id.toString();
        };
    }
}
