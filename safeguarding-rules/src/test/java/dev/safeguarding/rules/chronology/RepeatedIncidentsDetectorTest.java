package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.HEALTH;
import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.POLICE;
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

/** "Chronologies - can be used to spot changes, patterns, repetition etc." (Somerset forum, "Managing Risk"). */
class RepeatedIncidentsDetectorTest {

    private static final RepeatedIncidentsDetector DETECTOR =
            new RepeatedIncidentsDetector(new Repetition(2, Period.ofMonths(1)));

    @Test
    void incidentsAndInjuriesOfOneCategoryAreCountedApart() {
        List<ChronologyEntry> entries = List.of(
                entry("p1", "2024-01-10", ChronologyEntryKind.INCIDENT, POLICE).category("domestic-abuse").build(),
                entry("h1", "2024-01-20", ChronologyEntryKind.INJURY, HEALTH).category("domestic-abuse").build(),
                entry("p2", "2024-02-05", ChronologyEntryKind.INCIDENT, POLICE).category("domestic-abuse").build(),
                entry("p3", "2024-02-06", ChronologyEntryKind.INCIDENT, POLICE).build());

        List<ChronologyPattern> found = DETECTOR.detect(entries, LocalDate.of(2024, 12, 31));
        assertEquals(1, found.size(), found::toString);
        assertEquals(PatternKind.REPEATED_INCIDENTS, found.get(0).kind());
        assertEquals(List.of("p1", "p2"), found.get(0).entries().stream().map(ChronologyEntry::id).toList());
        assertTrue(found.get(0).message().startsWith("2 incidents of category domestic-abuse within 1 month"),
                found.get(0).message());
    }

    @Test
    void entriesOfOtherKindsAreNoRepetition() {
        assertTrue(DETECTOR.detect(List.of(
                entry("v1", "2024-01-10", ChronologyEntryKind.VISIT, HEALTH).build(),
                entry("v2", "2024-01-11", ChronologyEntryKind.VISIT, HEALTH).build()),
                LocalDate.of(2024, 12, 31)).isEmpty());
    }
}
