package dev.safeguarding.model.timescales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue holds every timescale of {@code docs/timescales.md}, and only those. */
class TimescalesTest {

    @Test
    void theCatalogueHasEveryTimescaleOfTheDomainNotes() {
        assertEquals(List.of("wt2023.referral-decision", "wt2023.assessment",
                "wt2023.initial-child-protection-conference", "wt2023.first-core-group",
                "wt2023.first-review-conference", "wt2023.subsequent-review-conference",
                "norfolk.cads-feedback-summary", "norfolk.joint-agency-group-supervision"), Timescales.ids());
        assertTimescale("wt2023.referral-decision", 1, TimescaleUnit.WORKING_DAYS,
                TimescaleEvent.REFERRAL_RECEIVED, TimescaleEvent.RESPONSE_DECISION);
        assertTimescale("wt2023.assessment", 45, TimescaleUnit.WORKING_DAYS,
                TimescaleEvent.REFERRAL_RECEIVED, TimescaleEvent.ASSESSMENT_CONCLUDED);
        assertTimescale("wt2023.initial-child-protection-conference", 15, TimescaleUnit.WORKING_DAYS,
                TimescaleEvent.STRATEGY_DISCUSSION, TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE);
        assertTimescale("wt2023.first-core-group", 10, TimescaleUnit.WORKING_DAYS,
                TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE, TimescaleEvent.FIRST_CORE_GROUP_MEETING);
        assertTimescale("wt2023.first-review-conference", 3, TimescaleUnit.MONTHS,
                TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE, TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE);
        assertTimescale("wt2023.subsequent-review-conference", 6, TimescaleUnit.MONTHS,
                TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE, TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE);
        assertTimescale("norfolk.cads-feedback-summary", 5, TimescaleUnit.WORKING_DAYS,
                TimescaleEvent.CADS_CONSULTATION, TimescaleEvent.CADS_FEEDBACK_SUMMARY);
        assertTimescale("norfolk.joint-agency-group-supervision", 15, TimescaleUnit.WORKING_DAYS,
                TimescaleEvent.JOINT_SUPERVISION_DECISION, TimescaleEvent.JOINT_SUPERVISION_SESSION);
    }

    @Test
    void everyTimescaleNamesItsSourceAndCountsExclusively() {
        for (Timescale t : Timescales.all()) {
            assertEquals(CountingConvention.EXCLUSIVE, t.convention(), t.id());
            String document = t.source().document();
            assertTrue(t.id().startsWith("wt2023.") ? document.equals(Timescales.WORKING_TOGETHER_2023)
                    : document.startsWith("NSCP"), t.id());
        }
        assertEquals(SourcePassage.of(Timescales.NORFOLK_CONTINUUM_OF_NEEDS_2023,
                "Recording what we do and the decisions we take"), Timescales.CADS_FEEDBACK_SUMMARY.source());
        assertTrue(Timescales.CADS_FEEDBACK_SUMMARY.description().contains("within five working days"));
        assertTrue(Timescales.JOINT_AGENCY_GROUP_SUPERVISION.description().contains("within 15 working days"));
    }

    @Test
    void anUnknownIdListsTheKnownIds() {
        UnknownTimescaleException e = assertThrows(UnknownTimescaleException.class,
                () -> Timescales.byId("wt2023.asessment"));
        assertEquals("wt2023.asessment", e.id());
        assertEquals(Timescales.ids(), e.knownIds());
        assertTrue(e.getMessage().contains("wt2023.assessment, wt2023.initial-child-protection-conference"),
                e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
        assertTrue(Timescales.find("wt2023.asessment").isEmpty());
        assertSame(Timescales.ASSESSMENT, Timescales.find("wt2023.assessment").orElseThrow());
        assertThrows(NullPointerException.class, () -> Timescales.byId(null));
    }

    @Test
    void aVendorAddsItsOwnTimescales() {
        Timescale visits = Timescale.builder()
                .id("acme.statutory-visit")
                .label("Statutory visit")
                .description("A partnership's own visiting frequency, for the test")
                .amount(10).unit(TimescaleUnit.WORKING_DAYS)
                .triggerEvent(TimescaleEvent.of("acme.visit", "Visit"))
                .boundedEvent(TimescaleEvent.of("acme.visit", "Visit"))
                .source(SourcePassage.of("Acme partnership procedures (test)", "Visits"))
                .build();
        TimescaleCatalogue ours = Timescales.catalogue().with(visits);
        assertSame(visits, ours.byId("acme.statutory-visit"));
        assertSame(Timescales.ASSESSMENT, ours.byId("wt2023.assessment"));
        assertEquals(9, ours.ids().size());
        assertEquals(8, Timescales.ids().size());
        UnknownTimescaleException e = assertThrows(UnknownTimescaleException.class, () -> ours.byId("acme.visit"));
        assertTrue(e.knownIds().contains("acme.statutory-visit"));
        InvalidValueException duplicate = assertThrows(InvalidValueException.class,
                () -> ours.with(Timescale.builder(visits).label("Another").build()));
        assertEquals("timescales", duplicate.field());
        assertThrows(InvalidValueException.class, () -> TimescaleCatalogue.of(List.of(visits, visits)));
        assertEquals(TimescaleCatalogue.of(List.of(visits)), TimescaleCatalogue.of(List.of(visits)));
        assertThrows(NullPointerException.class, () -> ours.with((Timescale) null));
    }

    @Test
    void theFrontDoorOfTheDesignCompiles() {
        WorkingCalendar cal = UkCalendars.englandAndWales();
        Timescale t = Timescales.byId("wt2023.initial-child-protection-conference");
        Deadline d = t.dueFrom(LocalDate.of(2026, 4, 2), cal);
        assertEquals(LocalDate.of(2026, 4, 27), d.dueDate());
        assertEquals(16, d.status(LocalDate.of(2026, 4, 2)).workingDaysLeft() + 1);
    }

    private static void assertTimescale(String id, int amount, TimescaleUnit unit, TimescaleEvent trigger,
            TimescaleEvent bounded) {
        Timescale t = Timescales.byId(id);
        assertEquals(id, t.id());
        assertEquals(amount, t.amount(), id);
        assertEquals(unit, t.unit(), id);
        assertEquals(trigger, t.triggerEvent(), id);
        assertEquals(bounded, t.boundedEvent(), id);
    }
}
