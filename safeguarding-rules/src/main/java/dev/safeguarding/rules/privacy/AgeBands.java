package dev.safeguarding.rules.privacy;

import dev.safeguarding.model.people.Child;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ages grouped into bands, for counting and for research extracts where an exact age would identify: an
 * unborn child (or one not yet born on the date asked about) is {@code "unborn"}; a child under the first
 * bound is {@code "under 1"}; then {@code "1 to 4"}, {@code "5 to 9"} and so on; the last band is {@code
 * "18 and over"}.
 *
 * <pre>{@code
 * AgeBands.standard().bandOf(child, asOf);   // "10 to 15"
 * AgeBands.of(5, 11, 16).labels();           // [unborn, under 5, 5 to 10, 11 to 15, 16 and over]
 * }</pre>
 *
 * <p>The seeds name no bands. {@link #standard()} is the library's choice: babies under one on their own
 * (the Somerset forum: "Young babies are particularly vulnerable to abuse"), then 1 to 4, 5 to 9, 10 to 15,
 * 16 to 17 and 18 and over; a partnership that reports other bands makes them with {@link #of(int...)}.
 * Ages are whole years as {@link Child#ageInYearsOn(LocalDate)} counts them.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class AgeBands {

    /** The label of a child not yet born on the date asked about. */
    public static final String UNBORN = "unborn";

    private static final AgeBands STANDARD = of(1, 5, 10, 16, 18);

    private final int[] bounds;
    private final List<String> labels;

    private AgeBands(int[] bounds) {
        this.bounds = bounds;
        List<String> labels = new ArrayList<>();
        labels.add(UNBORN);
        labels.add("under " + bounds[0]);
        for (int i = 1; i < bounds.length; i++) {
            labels.add(bounds[i] - 1 == bounds[i - 1] ? String.valueOf(bounds[i - 1])
                    : bounds[i - 1] + " to " + (bounds[i] - 1));
        }
        labels.add(bounds[bounds.length - 1] + " and over");
        this.labels = List.copyOf(labels);
    }

    /** The library's bands: unborn, under 1, 1 to 4, 5 to 9, 10 to 15, 16 to 17, 18 and over. */
    public static AgeBands standard() {
        return STANDARD;
    }

    /**
     * Bands starting at each of {@code lowerBounds} (in years, increasing, the first at least 1), with
     * "unborn" and "under" the first bound before them.
     *
     * @throws IllegalArgumentException if no bound is given, the first is below 1, or they do not increase
     */
    public static AgeBands of(int... lowerBounds) {
        Objects.requireNonNull(lowerBounds, "lowerBounds");
        if (lowerBounds.length == 0 || lowerBounds[0] < 1) {
            throw new IllegalArgumentException("lowerBounds: at least one, the first at least 1");
        }
        for (int i = 1; i < lowerBounds.length; i++) {
            if (lowerBounds[i] <= lowerBounds[i - 1]) {
                throw new IllegalArgumentException("lowerBounds: must increase");
            }
        }
        return new AgeBands(lowerBounds.clone());
    }

    /** The labels of the bands, youngest first, {@value #UNBORN} first of all. */
    public List<String> labels() {
        return labels;
    }

    /**
     * The band of {@code child}'s age on {@code date}: {@value #UNBORN} for an unborn child or one born after
     * {@code date}.
     *
     * @throws NullPointerException if an argument is null
     */
    public String bandOf(Child child, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (child.isUnborn() || child.dateOfBirth().orElseThrow().isAfter(date)) {
            return UNBORN;
        }
        return bandOf(child.ageInYearsOn(date));
    }

    /**
     * The band of an age in whole years.
     *
     * @throws IllegalArgumentException if {@code years} is negative
     */
    public String bandOf(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years: must not be negative");
        }
        int i = 0;
        while (i < bounds.length && years >= bounds[i]) {
            i++;
        }
        return labels.get(1 + i);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this || other instanceof AgeBands && Arrays.equals(bounds, ((AgeBands) other).bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    /** The labels. */
    @Override
    public String toString() {
        return "AgeBands" + labels;
    }
}
