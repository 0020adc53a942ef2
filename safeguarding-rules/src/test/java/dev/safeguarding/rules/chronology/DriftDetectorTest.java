package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.CSC;
import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Issues in relation to CiN were noted, including drift" (Somerset forum, "Key Learning Points"); "Where a
 * plan has been agreed, this should be reviewed regularly" (Norfolk Continuum of Needs (2023)).
 */
class DriftDetectorTest {

    private static final DriftDetector DETECTOR = new DriftDetector(Period.ofMonths(3));

    @Test
    void aPlanThatStartsAndEndsOnOneDayIsNeverOpen() {
        List<ChronologyEntry> entries = List.of(
                entry("e", "2024-01-08", ChronologyEntryKind.PLAN_END, CSC).build(),
                entry("s", "2024-01-08", ChronologyEntryKind.PLAN_START, CSC).build());
        assertTrue(DETECTOR.detect(entries, LocalDate.of(2025, 1, 1)).isEmpty());
    }

    @Test
    void aPlanEndingMoreThanTheSpanAfterItsLastReviewHasDriftedUntilItsEnd() {
        List<ChronologyEntry> entries = List.of(
                entry("s", "2024-01-08", ChronologyEntryKind.PLAN_START, CSC).build(),
                entry("e", "2024-05-01", ChronologyEntryKind.PLAN_END, CSC).build());
        List<ChronologyPattern> found = DETECTOR.detect(entries, LocalDate.of(2025, 1, 1));
        assertEquals(1, found.size(), found::toString);
        assertEquals(PatternKind.DRIFT, found.get(0).kind());
        assertEquals(LocalDate.of(2024, 5, 1), found.get(0).toDate());
        assertTrue(found.get(0).message().contains("to the plan's end (2024-05-01)"), found.get(0).message());
    }
}
