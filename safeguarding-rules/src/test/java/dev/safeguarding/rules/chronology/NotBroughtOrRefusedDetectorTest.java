package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.CHARITY;
import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.HEALTH;
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
 * "We need to recognise that neglect includes not being brought to appointments, repeated refusal of
 * services" (Norfolk Continuum of Needs (2023), "What do we mean by Continuum of Needs?").
 */
class NotBroughtOrRefusedDetectorTest {

    private static final NotBroughtOrRefusedDetector DETECTOR =
            new NotBroughtOrRefusedDetector(new Repetition(3, Period.ofMonths(6)));

    @Test
    void anyMixOfNotBroughtMissedAndRefusedCountsTowardsOneRepetition() {
        List<ChronologyEntry> entries = List.of(
                entry("h1", "2024-02-05", ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT, HEALTH).build(),
                entry("h2", "2024-03-11", ChronologyEntryKind.MISSED_APPOINTMENT, HEALTH).build(),
                entry("v1", "2024-04-20", ChronologyEntryKind.REFUSED_SERVICE, CHARITY).build());

        List<ChronologyPattern> found = DETECTOR.detect(entries, LocalDate.of(2024, 12, 31));
        assertEquals(1, found.size(), found::toString);
        assertEquals(PatternKind.NOT_BROUGHT_OR_REFUSED, found.get(0).kind());
        assertTrue(found.get(0).message().contains(
                "1 missed appointment, 1 not brought to appointment, 1 refused service"), found.get(0).message());
        assertTrue(DETECTOR.detect(entries.subList(0, 2), LocalDate.of(2024, 12, 31)).isEmpty(), "two are not three");
    }
}
