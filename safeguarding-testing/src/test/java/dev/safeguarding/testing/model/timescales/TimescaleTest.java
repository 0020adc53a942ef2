package dev.safeguarding.testing.model.timescales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.timescales.CountingConvention;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.timescales.TimescaleUnit;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.TimescaleGen;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Building timescales and events: what is accepted, and what is refused with the field named. */
class TimescaleTest {

    private static Timescale.Builder valid() {
        return Timescale.builder()
                .id("acme.pre-birth-conference")
                .label("Pre-birth conference")
                .description("A local timescale for the test")
                .amount(10)
                .unit(TimescaleUnit.WORKING_DAYS)
                .triggerEvent(TimescaleEvent.of("acme.pre-birth-referral", "Pre-birth referral"))
                .boundedEvent(TimescaleEvent.of("acme.pre-birth-conference", "Pre-birth conference"))
                .source(SourcePassage.of("Acme partnership procedures (test)", "Pre-birth"));
    }

    @Test
    void aVendorsOwnTimescaleCountsExclusiveByDefault() {
        Timescale t = valid().build();
        assertEquals(CountingConvention.EXCLUSIVE, t.convention());
        assertEquals("Timescale{acme.pre-birth-conference: 10 working days from acme.pre-birth-referral to"
                + " acme.pre-birth-conference, exclusive}", t.toString());
    }

    @Test
    void withConventionGivesTheOtherCountAndKeepsTheRest() {
        Timescale t = valid().build();
        Timescale inclusive = t.withConvention(CountingConvention.INCLUSIVE);
        assertEquals(CountingConvention.INCLUSIVE, inclusive.convention());
        assertEquals(t, inclusive.withConvention(CountingConvention.EXCLUSIVE));
        assertSame(t, t.withConvention(CountingConvention.EXCLUSIVE));
        assertThrows(NullPointerException.class, () -> t.withConvention(null));
    }

    @Test
    void negativeZeroAndAbsurdAmountsAreRefusedNamingTheAmount() {
        for (int amount : List.of(0, -1, -45, Integer.MIN_VALUE, 2611, Integer.MAX_VALUE)) {
            assertField("amount", () -> valid().amount(amount).build());
        }
        assertField("amount", () -> valid().unit(TimescaleUnit.MONTHS).amount(121).build());
        assertField("amount", () -> valid().unit(TimescaleUnit.WEEKS).amount(523).build());
        assertField("amount", () -> valid().unit(TimescaleUnit.CALENDAR_DAYS).amount(3654).build());
        assertEquals(120, valid().unit(TimescaleUnit.MONTHS).amount(120).build().amount());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> valid().amount(0).build());
        assertEquals("amount: must be between 1 and 2610 working days", e.getMessage());
    }

    @Test
    void idsAndTextsAreChecked() {
        for (String id : List.of("", " ", "Wt2023.assessment", "wt2023..assessment", "wt2023.", ".x", "1abc",
                "wt 2023", "wt2023.assessment-", "wt2023_assessment")) {
            assertField("id", () -> valid().id(id).build());
        }
        assertField("label", () -> valid().label(" ").build());
        assertField("description", () -> valid().description("").build());
        assertThrows(IllegalStateException.class, () -> Timescale.builder().id("x").build());
        assertThrows(NullPointerException.class, () -> valid().unit(null));
        assertField("id", () -> TimescaleEvent.of("Not an id", "label"));
        assertField("label", () -> TimescaleEvent.of("an-id", "\t"));
    }

    @Test
    void generatedTimescalesRoundTripThroughTheirBuilder() {
        Property.forAll(TimescaleGen.timescales(), t -> assertEquals(t, Timescale.builder(t).build()));
    }

    @Test
    void theGuidancesEventsHaveStableIds() {
        assertEquals("strategy-discussion", TimescaleEvent.STRATEGY_DISCUSSION.id());
        assertEquals("Strategy discussion [strategy-discussion]", TimescaleEvent.STRATEGY_DISCUSSION.toString());
        assertEquals(TimescaleEvent.STRATEGY_DISCUSSION, TimescaleEvent.of("strategy-discussion", "Strategy discussion"));
        assertTrue(TimescaleUnit.WORKING_DAYS.isWorkingDays());
        assertEquals("months", TimescaleUnit.MONTHS.label());
    }

    private static void assertField(String field, Executable executable) {
        InvalidValueException e = assertThrows(InvalidValueException.class, executable);
        assertEquals(field, e.field(), e.getMessage());
    }
}
