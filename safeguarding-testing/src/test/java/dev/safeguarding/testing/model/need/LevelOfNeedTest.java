package dev.safeguarding.testing.model.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.EarlyHelpStep;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ResponseBand;
import dev.safeguarding.testing.Property;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevelOfNeedTest {

    @Test
    void theContinuumRunsFromUniversalToAcute() {
        assertEquals(List.of(LevelOfNeed.UNIVERSAL, LevelOfNeed.ADDITIONAL, LevelOfNeed.COMPLEX, LevelOfNeed.ACUTE),
                List.of(LevelOfNeed.values()));
        assertEquals(Optional.of(LevelOfNeed.COMPLEX), LevelOfNeed.ADDITIONAL.next());
        assertEquals(Optional.empty(), LevelOfNeed.ACUTE.next());
    }

    @Test
    void maxIsTheHigherLevelWhicheverWayRound() {
        Property.forEvery(List.of(LevelOfNeed.values()), a -> {
            for (LevelOfNeed b : LevelOfNeed.values()) {
                assertEquals(a.max(b), b.max(a));
                assertFalse(a.isHigherThan(a.max(b)));
                assertTrue(a.max(b) == a || a.max(b) == b);
                assertEquals(a.compareTo(b) > 0, a.isHigherThan(b));
            }
        });
    }

    @Test
    void everyLevelHasTheGuidancesWordsAndABand() {
        for (LevelOfNeed level : LevelOfNeed.values()) {
            assertFalse(level.label().isBlank());
            assertFalse(level.description().isBlank());
        }
        assertEquals(ResponseBand.CADS, LevelOfNeed.ACUTE.responseBand());
        assertEquals(ResponseBand.EARLY_HELP, LevelOfNeed.ADDITIONAL.responseBand());
        // "It may be as a result a call to CADS that a Family Help service is required" (Family Help and High
        // Needs (FHHN) Service): complex need is reached through CADS (the library's reading of the table)
        assertEquals(ResponseBand.CADS, LevelOfNeed.COMPLEX.responseBand());
    }

    @Test
    void onlyTheEarlyHelpPathwayHasSteps() {
        assertEquals(List.of(EarlyHelpStep.OFFERING_HELP_AND_GAINING_CONSENT, EarlyHelpStep.ASSESSMENT_AND_PLAN,
                EarlyHelpStep.REVIEWING_PROGRESS), Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN.steps());
        for (Pathway pathway : Pathway.values()) {
            assertEquals(pathway == Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, !pathway.steps().isEmpty());
        }
    }
}
