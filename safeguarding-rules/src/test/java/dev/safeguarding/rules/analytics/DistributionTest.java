package dev.safeguarding.rules.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Exact distributions of whole numbers of days: counts, quantiles by nearest rank, and sums of parts. */
class DistributionTest {

    @Test
    void countsMeanAndQuantilesByNearestRank() {
        Distribution late = Distribution.of(1, 1, 2, 3, 3, 3, 9, 0);
        assertEquals(8, late.count());
        assertEquals(3, late.countOf(3));
        assertEquals(0, late.countOf(4));
        assertEquals(0, late.countOf(-1));
        assertEquals(Map.of(0, 1L, 1, 2L, 2, 1L, 3, 3L, 9, 1L), late.counts());
        assertEquals(OptionalInt.of(0), late.min());
        assertEquals(OptionalInt.of(9), late.max());
        assertEquals(22.0 / 8, late.mean().orElseThrow());
        assertEquals(OptionalInt.of(2), late.median(), "the 4th of 8 values");
        assertEquals(OptionalInt.of(9), late.quantile(0.9), "the 8th (ceil of 7.2)");
        assertEquals(OptionalInt.of(0), late.quantile(0));
        assertEquals(4, late.countAtMost(2));
        assertEquals("Distribution{count=8, median=2, max=9}", late.toString());
    }

    @Test
    void theEmptyDistributionHasNoStatistics() {
        assertTrue(Distribution.empty().isEmpty());
        assertTrue(Distribution.empty().median().isEmpty());
        assertTrue(Distribution.empty().mean().isEmpty());
        assertTrue(Distribution.empty().max().isEmpty());
        assertEquals(Distribution.empty(), Distribution.of());
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(-1));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1).quantile(1.5));
    }

    @Test
    void theDistributionOfTwoPartsIsTheSumOfTheirs() {
        Gen<List<Integer>> values = Gen.lists(Gen.ints(0, 60), 0, 40);
        Property.forAll(values.flatMap(a -> values.map(b -> List.of(a, b))), ab -> {
            int[] a = ab.get(0).stream().mapToInt(Integer::intValue).toArray();
            int[] b = ab.get(1).stream().mapToInt(Integer::intValue).toArray();
            int[] both = java.util.stream.IntStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                    .toArray();
            assertEquals(Distribution.of(both), Distribution.of(a).plus(Distribution.of(b)));
            assertEquals(Distribution.of(both), Distribution.of(b).plus(Distribution.of(a)));
            assertEquals(Distribution.of(both).hashCode(), Distribution.of(a).plus(Distribution.of(b)).hashCode());
        });
        assertNotEquals(Distribution.of(1), Distribution.of(2));
    }
}
