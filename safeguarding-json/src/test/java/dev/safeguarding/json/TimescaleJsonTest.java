package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.timescales.CountingConvention;
import dev.safeguarding.model.timescales.DeadlineResult;
import dev.safeguarding.model.timescales.DeadlineState;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.timescales.TimescaleUnit;
import dev.safeguarding.model.timescales.Timescales;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.TimescaleGen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timescales and their events round-trip; a vendor's timescale can be read from JSON. */
class TimescaleJsonTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();

    @Test
    void timescalesAndEventsRoundTripExactly() {
        Property.forAll(TimescaleGen.timescales(), timescale -> {
            String text = JSON.write(timescale);
            assertEquals(timescale, JSON.read(text, Timescale.class));
            assertEquals(text, JSON.write(JSON.read(text, Timescale.class)));
        });
        Property.forAll(TimescaleGen.timescaleEvents(),
                event -> assertEquals(event, JSON.read(JSON.write(event), TimescaleEvent.class)));
    }

    @Test
    void everyTimescaleOfTheCatalogueRoundTrips() {
        Property.forEvery(Timescales.all(), t -> assertEquals(t, JSON.read(JSON.writePretty(t), Timescale.class)));
    }

    @Test
    void theTimescaleEnumsAreWrittenAsTheirNames() {
        for (Class<? extends Enum<?>> type : List.of(TimescaleUnit.class, CountingConvention.class,
                DeadlineState.class, DeadlineResult.class)) {
            Property.forEvery(List.of(type.getEnumConstants()), constant -> {
                assertEquals("\"" + constant.name() + "\"", JSON.write(constant));
                assertEquals(constant, JSON.read(JSON.write(constant), type));
            });
        }
    }

    @Test
    void aMissingConventionIsTheExclusiveDefault() {
        String text = JSON.write(Timescales.byId("wt2023.assessment")).replace("\"convention\":\"EXCLUSIVE\",", "");
        assertEquals(CountingConvention.EXCLUSIVE, JSON.read(text, Timescale.class).convention());
    }

    @Test
    void anAmountTheModelRejectsPointsAtTheAmount() {
        String text = JSON.write(Timescales.byId("wt2023.assessment")).replace("\"amount\":45", "\"amount\":0");
        SafeguardingJsonException e = assertThrows(SafeguardingJsonException.class, () -> JSON.read(text, Timescale.class));
        assertEquals("/amount", e.path());
        assertTrue(e.getMessage().contains("must be between 1 and"), e.getMessage());
    }

    @Test
    void anUnknownUnitListsTheAllowedUnits() {
        String text = JSON.write(Timescales.byId("wt2023.assessment")).replace("\"WORKING_DAYS\"", "\"FORTNIGHTS\"");
        SafeguardingJsonException e = assertThrows(SafeguardingJsonException.class, () -> JSON.read(text, Timescale.class));
        assertEquals("/unit", e.path());
        assertTrue(e.getMessage().contains("WORKING_DAYS") && e.getMessage().contains("MONTHS"), e.getMessage());
        assertFalse(e.getMessage().contains("FORTNIGHTS"), e.getMessage());
    }

    @Test
    void aBadEventIdPointsInsideTheEvent() {
        String text = JSON.write(Timescales.byId("wt2023.assessment"))
                .replaceFirst("\"triggerEvent\":\\{\"id\":\"[^\"]*\"", "\"triggerEvent\":{\"id\":\"\"");
        SafeguardingJsonException e = assertThrows(SafeguardingJsonException.class, () -> JSON.read(text, Timescale.class));
        assertTrue(e.path().startsWith("/triggerEvent"), e.path());
    }
}
