package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.CSC;
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
 * "There was disquiet expressed about the step-down of CiN plans by CSC without multi-agency consultation"
 * (Somerset forum, "Key Learning Points").
 */
class StepDownWithoutConsultationDetectorTest {

    private static final StepDownWithoutConsultationDetector DETECTOR =
            new StepDownWithoutConsultationDetector(Period.ofMonths(1));

    @Test
    void aConsultationWithAnotherAgencyCountsOnlyWithinTheWindowBeforeTheStepDown() {
        ChronologyEntry stepDown = entry("s", "2024-05-07", ChronologyEntryKind.STEP_DOWN, CSC).build();
        ChronologyEntry early = entry("c0", "2024-04-06", ChronologyEntryKind.CONSULTATION, HEALTH).build();
        ChronologyEntry inTime = entry("c1", "2024-04-07", ChronologyEntryKind.CONSULTATION, HEALTH).build();
        ChronologyEntry after = entry("c2", "2024-05-08", ChronologyEntryKind.CONSULTATION, HEALTH).build();

        List<ChronologyPattern> found = DETECTOR.detect(List.of(early, stepDown, after), LocalDate.of(2024, 6, 1));
        assertEquals(1, found.size(), found::toString);
        assertEquals(PatternKind.STEP_DOWN_WITHOUT_CONSULTATION, found.get(0).kind());
        assertTrue(found.get(0).message().contains("in the 1 month before it"), found.get(0).message());

        assertTrue(DETECTOR.detect(List.of(inTime, stepDown), LocalDate.of(2024, 6, 1)).isEmpty(),
                "a month before to the day");
    }
}
