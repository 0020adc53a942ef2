package dev.safeguarding.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The collection years and their census periods. S1 {@code make_census_period}: "collection_start =
 * ReferenceDate − 1 year + 1 day, collection_end = ReferenceDate".
 */
class CollectionYearTest {

    @Test
    void theCensusPeriodRunsFromTheFirstOfAprilToTheReferenceDate() {
        for (CollectionYear year : CollectionYear.values()) {
            assertEquals(year.referenceDate().minusYears(1).plusDays(1), year.censusStart());
            assertTrue(year.contains(year.censusStart()));
            assertTrue(year.contains(year.referenceDate()));
            assertFalse(year.contains(year.censusStart().minusDays(1)));
            assertFalse(year.contains(year.referenceDate().plusDays(1)));
        }
        assertEquals(LocalDate.of(2026, 3, 31), CollectionYear.CIN_2025_26.referenceDate());
        assertEquals(LocalDate.of(2025, 4, 1), CollectionYear.CIN_2025_26.censusStart());
    }

    @Test
    void theYearsRunFrom2022To23To2026To27() {
        assertEquals(CollectionYear.CIN_2022_23, CollectionYear.first());
        assertEquals(CollectionYear.CIN_2026_27, CollectionYear.last());
        assertEquals("2022-23", CollectionYear.first().label());
        assertEquals("2026-27", CollectionYear.last().toString());
        assertEquals(Optional.of(CollectionYear.CIN_2024_25), CollectionYear.CIN_2023_24.next());
        assertEquals(Optional.empty(), CollectionYear.first().previous());
        assertEquals(Optional.empty(), CollectionYear.last().next());
    }

    @Test
    void aYearIsFoundByItsStartItsReferenceDateOrADateInIt() {
        assertEquals(CollectionYear.CIN_2025_26, CollectionYear.of(2025));
        assertEquals(Optional.of(CollectionYear.CIN_2023_24), CollectionYear.forReferenceDate(LocalDate.of(2024, 3, 31)));
        assertEquals(Optional.empty(), CollectionYear.forReferenceDate(LocalDate.of(2024, 3, 30)));
        assertEquals(Optional.of(CollectionYear.CIN_2024_25), CollectionYear.containing(LocalDate.of(2024, 4, 1)));
        assertEquals(Optional.empty(), CollectionYear.containing(LocalDate.of(2020, 4, 1)));
    }

    @Test
    void aYearTheLibraryDoesNotKnowIsRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CollectionYear.of(2021));
        assertEquals("startYear", e.field());
    }

    @Test
    void sexReplacesGenderIn2024To25AndPreProceedingsArriveIn2026To27() {
        // P3: "New data item <Sex> (N00783) replaces <Gender> (N00007)"; S1 commit 5eb2c55 "adds ingress
        // for pre proceedings xml block".
        assertFalse(CollectionYear.CIN_2023_24.returnsSex());
        assertTrue(CollectionYear.CIN_2024_25.returnsSex());
        assertFalse(CollectionYear.CIN_2025_26.collectsPreProceedings());
        assertTrue(CollectionYear.CIN_2026_27.collectsPreProceedings());
    }
}
