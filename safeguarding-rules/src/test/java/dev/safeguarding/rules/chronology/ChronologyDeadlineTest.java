package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.CSC;
import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.timescales.DeadlineState;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.model.timescales.Timescales;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the deadlines of a timescale are followed through a chronology: which entry meets which trigger. */
class ChronologyDeadlineTest {

    private static final WorkingCalendar CALENDAR = UkCalendars.englandAndWales();

    private static final List<TimescaleEvent> EVENTS = List.of(TimescaleEvent.REFERRAL_RECEIVED,
            TimescaleEvent.ASSESSMENT_CONCLUDED, TimescaleEvent.STRATEGY_DISCUSSION,
            TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE, TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE);

    private static Chronology chronology(String... idDateEvent) {
        Chronology.Builder builder = Chronology.builder().childId("c");
        for (String spec : idDateEvent) {
            String[] parts = spec.split(" ");
            builder.addEntry(entry(parts[0], parts[1], ChronologyEntryKind.OTHER, CSC)
                    .timescaleEvent(EVENTS.stream().filter(e -> e.id().equals(parts[2])).findFirst().orElseThrow())
                    .build());
        }
        return builder.build();
    }

    /**
     * A referral whose work ends in advice, then another referral in the summer whose assessment is concluded
     * within 45 working days: the assessment meets the second referral only (a later referral starts a clock
     * of its own).
     */
    @Test
    void aLaterTriggerStartsAClockOfItsOwn() {
        Chronology c = chronology("r1 2024-01-08 referral-received", "r2 2024-06-03 referral-received",
                "a1 2024-07-15 assessment-concluded");

        List<ChronologyDeadline> deadlines = ChronologyDeadline.all(c, Timescales.ASSESSMENT, CALENDAR);

        assertEquals(2, deadlines.size());
        assertTrue(deadlines.get(0).completion().isEmpty());
        assertEquals(DeadlineState.OVERDUE, deadlines.get(0).status(LocalDate.of(2024, 7, 15)).orElseThrow().state());
        assertEquals("a1", deadlines.get(1).completion().orElseThrow().id());
        assertTrue(deadlines.get(1).outcome().orElseThrow().isOnTime());
        assertTrue(deadlines.get(1).status(LocalDate.of(2024, 7, 15)).isEmpty(), "a met deadline has no status");
    }

    @Test
    void anEventOnTheDayOfTheNextTriggerMeetsBoth() {
        Chronology c = chronology("r1 2024-01-08 referral-received", "r2 2024-02-05 referral-received",
                "a1 2024-02-05 assessment-concluded");
        List<ChronologyDeadline> deadlines = ChronologyDeadline.all(c, Timescales.ASSESSMENT, CALENDAR);
        assertEquals("a1", deadlines.get(0).completion().orElseThrow().id());
        assertEquals("a1", deadlines.get(1).completion().orElseThrow().id());
    }

    /** Review conferences at intervals of not more than six months: each review is met by the next. */
    @Test
    void reviewsAtIntervalsAreEachMetByTheNext() {
        Chronology c = chronology("i 2024-01-10 initial-child-protection-conference",
                "r1 2024-04-08 review-child-protection-conference", "r2 2024-10-14 review-child-protection-conference");

        List<ChronologyDeadline> first = ChronologyDeadline.all(c, Timescales.FIRST_REVIEW_CONFERENCE, CALENDAR);
        List<ChronologyDeadline> subsequent = ChronologyDeadline.all(c, Timescales.SUBSEQUENT_REVIEW_CONFERENCE,
                CALENDAR);

        assertEquals(1, first.size());
        assertEquals("r1", first.get(0).completion().orElseThrow().id());
        assertFalse(first.get(0).isMissed(LocalDate.of(2024, 12, 31)));
        assertEquals(2, subsequent.size());
        assertEquals("r2", subsequent.get(0).completion().orElseThrow().id());
        assertTrue(subsequent.get(0).isMissed(LocalDate.of(2024, 12, 31)), "8 October was the due date");
        assertEquals(4, subsequent.get(0).outcome().orElseThrow().workingDaysLate(), "9, 10, 11 and 14 October");
        assertTrue(subsequent.get(1).completion().isEmpty());
    }

    /**
     * Reviews at intervals last as long as the plan: the plan ends at the second review, so that review sets
     * no deadline, and a review of a later plan does not meet it.
     */
    @Test
    void theLastReviewOfAPlanSetsNoDeadline() {
        Chronology c = Chronology.builder().from(chronology("r1 2024-04-08 review-child-protection-conference",
                        "r2 2024-10-07 review-child-protection-conference",
                        "r3 2026-02-02 review-child-protection-conference"))
                .addEntry(entry("end", "2024-10-07", ChronologyEntryKind.PLAN_END, CSC).build())
                .build();
        List<ChronologyDeadline> subsequent = ChronologyDeadline.all(c, Timescales.SUBSEQUENT_REVIEW_CONFERENCE,
                CALENDAR);
        assertEquals(List.of("r1", "r3"), subsequent.stream().map(d -> d.trigger().id()).toList());
        assertEquals("r2", subsequent.get(0).completion().orElseThrow().id());

        Chronology endedLate = Chronology.builder().from(chronology("r1 2024-04-08 review-child-protection-conference",
                        "r2 2025-01-06 review-child-protection-conference"))
                .addEntry(entry("end", "2024-12-02", ChronologyEntryKind.PLAN_END, CSC).build())
                .build();
        ChronologyDeadline missed = ChronologyDeadline.all(endedLate, Timescales.SUBSEQUENT_REVIEW_CONFERENCE,
                CALENDAR).get(0);
        assertTrue(missed.completion().isEmpty(), "the plan ended in December, after the review was due in October");
        assertTrue(missed.isMissed(LocalDate.of(2024, 12, 2)));
    }

    @Test
    void readAsOfADateAnEventAfterItIsAwaited() {
        Chronology c = chronology("sd 2024-03-28 strategy-discussion", "icpc 2024-04-24 initial-child-protection-conference");
        ChronologyDeadline before = ChronologyDeadline.all(c, Timescales.INITIAL_CHILD_PROTECTION_CONFERENCE, CALENDAR,
                LocalDate.of(2024, 4, 23)).get(0);
        assertTrue(before.completion().isEmpty());
        assertEquals(1, before.status(LocalDate.of(2024, 4, 23)).orElseThrow().workingDaysOverdue());
        assertEquals(LocalDate.of(2024, 4, 22), before.deadline().dueDate());
        assertTrue(before.toString().contains("awaited"));
    }
}
