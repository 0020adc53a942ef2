package dev.safeguarding.testing.model.flourish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.flourish.FlourishDomain;
import dev.safeguarding.model.flourish.FlourishEntry;
import dev.safeguarding.model.flourish.FlourishProfile;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.testing.AssessmentGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlourishProfileTest {

    @Test
    void aProfileHoldsEachDomainAtMostOnce() {
        FlourishEntry healthy = FlourishEntry.builder(FlourishDomain.HEALTHY).level(LevelOfNeed.ADDITIONAL).build();
        FlourishProfile profile = FlourishProfile.builder().childId("c-1").date(LocalDate.of(2017, 3, 9))
                .addEntry(healthy).build();
        assertEquals(Optional.of(healthy), profile.entry(FlourishDomain.HEALTHY));
        assertEquals(Optional.empty(), profile.entry(FlourishDomain.LEARNING));
        assertEquals("entries", assertThrows(InvalidValueException.class, () -> FlourishProfile.builder()
                .childId("c-1").date(LocalDate.of(2017, 3, 9)).addEntries(healthy, healthy).build()).field());
    }

    @Test
    void toStringShowsNoTextOrDate() {
        Property.forAll(AssessmentGen.flourishProfiles(), profile -> {
            String text = profile.toString();
            assertFalse(text.contains(profile.date().toString()));
            for (FlourishEntry entry : profile.entries()) {
                entry.goingWell().forEach(s -> assertFalse(text.contains(s.text())));
                entry.worries().forEach(s -> assertFalse(text.contains(s.text())));
            }
        });
    }
}
