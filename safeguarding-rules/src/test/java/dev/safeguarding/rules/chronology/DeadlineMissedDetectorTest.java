package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.CSC;
import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.timescales.Timescales;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Working Together (2023), Chapter 3 ({@code docs/timescales.md}): a "decision about the type of
 * response required: within 1 working day of the referral being received". A referral on Christmas Eve 2024
 * is due a decision on Friday 27 December, Christmas Day and Boxing Day being bank holidays.
 */
class DeadlineMissedDetectorTest {

    private static final List<ChronologyEntry> REFERRAL = List.of(
            entry("r", "2024-12-24", ChronologyEntryKind.REFERRAL, CSC)
                    .timescaleEvent(TimescaleEvent.REFERRAL_RECEIVED).build());

    @Test
    void anOverdueDecisionIsAPatternOnlyWhenItsTimescaleIsAwaited() {
        DeadlineMissedDetector awaited = new DeadlineMissedDetector(List.of(Timescales.REFERRAL_DECISION),
                Set.of(Timescales.REFERRAL_DECISION.id()), UkCalendars.englandAndWales());
        List<ChronologyPattern> found = awaited.detect(REFERRAL, LocalDate.of(2024, 12, 30));
        assertEquals(1, found.size(), found::toString);
        assertEquals(PatternKind.DEADLINE_MISSED, found.get(0).kind());
        assertEquals(Timescales.REFERRAL_DECISION.id(), found.get(0).timescaleId().orElseThrow());

        DeadlineMissedDetector notAwaited = new DeadlineMissedDetector(List.of(Timescales.REFERRAL_DECISION),
                Set.of(), UkCalendars.englandAndWales());
        assertTrue(notAwaited.detect(REFERRAL, LocalDate.of(2024, 12, 30)).isEmpty());
    }
}
