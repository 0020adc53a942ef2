package dev.safeguarding.rules.analytics;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How often each whole number of days occurs among many cases: for example the working days by which
 * assessments were late. Exact (a count for every value, not a sample), so that distributions of parts
 * of a caseload add up to the distribution of the whole ({@link #plus(Distribution)}).
 *
 * <pre>{@code
 * Distribution late = stats.timeliness("wt2023.assessment").workingDaysLate();
 * late.count(); late.median(); late.quantile(0.9); late.max(); late.counts();   // {1=120, 2=85, ...}
 * }</pre>
 *
 * <p>Its size is bounded by the largest value, not by the number of cases. Immutable; equal when every
 * value has the same count.
 */
public final class Distribution {

    private static final Distribution EMPTY = new Distribution(new long[0]);

    /** counts[v] is how often v occurs; the last element, if any, is not zero. */
    private final long[] counts;
    private final long count;

    Distribution(long[] counts) {
        int length = counts.length;
        while (length > 0 && counts[length - 1] == 0) {
            length--;
        }
        this.counts = length == counts.length ? counts : Arrays.copyOf(counts, length);
        long total = 0;
        for (long c : this.counts) {
            total += c;
        }
        this.count = total;
    }

    /** The distribution of nothing. */
    public static Distribution empty() {
        return EMPTY;
    }

    /**
     * The distribution of {@code values}.
     *
     * @throws IllegalArgumentException if a value is negative
     */
    public static Distribution of(int... values) {
        Counts counts = new Counts();
        for (int value : values) {
            counts.add(value);
        }
        return counts.toDistribution();
    }

    /** How many values were counted. */
    public long count() {
        return count;
    }

    /** Whether no value was counted. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** How often {@code value} occurs. */
    public long countOf(int value) {
        return value >= 0 && value < counts.length ? counts[value] : 0;
    }

    /** How many values are at most {@code value}. */
    public long countAtMost(int value) {
        long total = 0;
        for (int v = 0; v < counts.length && v <= value; v++) {
            total += counts[v];
        }
        return total;
    }

    /** The smallest value, or empty. */
    public OptionalInt min() {
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] != 0) {
                return OptionalInt.of(v);
            }
        }
        return OptionalInt.empty();
    }

    /** The largest value, or empty. */
    public OptionalInt max() {
        return counts.length == 0 ? OptionalInt.empty() : OptionalInt.of(counts.length - 1);
    }

    /** The mean, or empty. */
    public OptionalDouble mean() {
        if (count == 0) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int v = 0; v < counts.length; v++) {
            sum += (double) v * counts[v];
        }
        return OptionalDouble.of(sum / count);
    }

    /**
     * The {@code q}-quantile by the nearest-rank rule: the smallest value {@code v} such that at least {@code
     * q * count()} values are at most {@code v}; for {@code q == 0}, the smallest value. Empty when no value
     * was counted.
     *
     * @throws IllegalArgumentException if {@code q} is not between 0 and 1
     */
    public OptionalInt quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q: must be between 0 and 1");
        }
        if (count == 0) {
            return OptionalInt.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = 0;
        for (int v = 0; v < counts.length; v++) {
            seen += counts[v];
            if (seen >= rank) {
                return OptionalInt.of(v);
            }
        }
        return max();
    }

    /** The median ({@code quantile(0.5)}), or empty. */
    public OptionalInt median() {
        return quantile(0.5);
    }

    /** Each value that occurs, with how often, in increasing order. */
    public SortedMap<Integer, Long> counts() {
        SortedMap<Integer, Long> map = new TreeMap<>();
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] != 0) {
                map.put(v, counts[v]);
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /** The distribution of the values of both: each count is the sum of the two. */
    public Distribution plus(Distribution other) {
        Objects.requireNonNull(other, "other");
        long[] sum = Arrays.copyOf(counts, Math.max(counts.length, other.counts.length));
        for (int v = 0; v < other.counts.length; v++) {
            sum[v] += other.counts[v];
        }
        return new Distribution(sum);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this || other instanceof Distribution && Arrays.equals(counts, ((Distribution) other).counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    /** For example {@code Distribution{count=205, median=1, max=9}}. */
    @Override
    public String toString() {
        return "Distribution{count=" + count + (count == 0 ? "" : ", median=" + median().getAsInt() + ", max="
                + max().getAsInt()) + "}";
    }

    /** A growing count of values, for the accumulator; not thread-safe. */
    static final class Counts {

        private long[] counts = new long[16];

        void add(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("value: must not be negative");
            }
            if (value >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(value + 1, counts.length * 2));
            }
            counts[value]++;
        }

        void addAll(Counts other) {
            if (other.counts.length > counts.length) {
                counts = Arrays.copyOf(counts, other.counts.length);
            }
            for (int v = 0; v < other.counts.length; v++) {
                counts[v] += other.counts[v];
            }
        }

        Distribution toDistribution() {
            return new Distribution(counts.clone());
        }
    }
}
