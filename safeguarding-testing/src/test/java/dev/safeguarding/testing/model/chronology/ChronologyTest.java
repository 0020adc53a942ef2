package dev.safeguarding.testing.model.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A chronology is ordered and merges the chronologies of several agencies without losing or duplicating an
 * entry, in any order. The example is the Somerset forum's "Timeline/Processes" for a baby subject to a Child
 * in Need plan: the seed gives months only, so the days here are made up.
 */
class ChronologyTest {

    private static final Agency COUNCIL = Agency.of("csc", "Children's Social Care", AgencyType.LOCAL_AUTHORITY);
    private static final Agency MIDWIFERY = Agency.of("midwifery", "Specialist Midwife", AgencyType.HEALTH);
    private static final Agency MENTAL_HEALTH = Agency.of("cpn", "Community Psychiatric Nurse", AgencyType.HEALTH);

    /** "[July 2016] Assessment C&F" ... "[May 2017] - CiN mtg". */
    static Chronology somersetTimeline() {
        return Chronology.of("baby-1",
                entry("t1", "2016-07-14", ChronologyEntryKind.ASSESSMENT, COUNCIL),
                entry("t2", "2016-08-11", ChronologyEntryKind.LEGAL_STEP, COUNCIL),
                entry("t3", "2016-09-08", ChronologyEntryKind.LEGAL_STEP, COUNCIL),
                entry("t4", "2016-10-06", ChronologyEntryKind.MEETING, COUNCIL),
                entry("t5", "2016-10-20", ChronologyEntryKind.ASSESSMENT, COUNCIL),
                entry("t6", "2016-11-10", ChronologyEntryKind.MEETING, MIDWIFERY),
                entry("t7", "2016-11-24", ChronologyEntryKind.PLAN_START, COUNCIL),
                entry("t8", "2016-12-15", ChronologyEntryKind.LEGAL_STEP, COUNCIL),
                entry("t9", "2016-12-19", ChronologyEntryKind.MEETING, COUNCIL),
                entry("t10", "2017-02-16", ChronologyEntryKind.LEGAL_STEP, COUNCIL),
                entry("t11", "2017-02-23", ChronologyEntryKind.MEETING, COUNCIL),
                entry("t12", "2017-05-18", ChronologyEntryKind.MEETING, COUNCIL));
    }

    static ChronologyEntry entry(String id, String date, ChronologyEntryKind kind, Agency source) {
        return ChronologyEntry.of(id, LocalDate.parse(date), kind, source);
    }

    @Test
    void theSomersetTimelineReadsInDateOrderWithItsMeetingsAndLegalSteps() {
        Chronology timeline = somersetTimeline();
        assertEquals(12, timeline.entries().size());
        assertEquals(LocalDate.of(2016, 7, 14), timeline.firstDate().orElseThrow());
        assertEquals(LocalDate.of(2017, 5, 18), timeline.lastDate().orElseThrow());
        assertEquals(5, timeline.entriesOf(ChronologyEntryKind.MEETING).size());
        assertEquals(4, timeline.entriesOf(ChronologyEntryKind.LEGAL_STEP).size());
        assertEquals(List.of(COUNCIL, MIDWIFERY), timeline.sources());
        assertEquals(List.of("t6", "t7", "t8"), timeline.between(LocalDate.of(2016, 11, 1), LocalDate.of(2016, 12, 15))
                .stream().map(ChronologyEntry::id).toList());
    }

    @Test
    void entriesGivenInAnyOrderAreKeptInChronologicalOrder() {
        Property.forAll(ChronologyGen.distinctEntries(25).flatMap(entries -> random -> {
            List<ChronologyEntry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
            return List.of(entries, shuffled);
        }), pair -> {
            Chronology a = Chronology.of("c", pair.get(0));
            Chronology b = Chronology.of("c", pair.get(1));
            assertEquals(a, b);
            assertEquals(ChronologyGen.sorted(pair.get(0)), a.entries());
        });
    }

    /**
     * The property of the issue: the chronologies of several agencies, each holding some of a child's entries
     * (an entry may be in several), merge to the same chronology in any order, and it holds every entry once.
     */
    @Test
    void mergingAgenciesChronologiesIsOrderIndependentAndLosesNothing() {
        Property.forAll(ChronologyGen.distinctEntries(30).flatMap(pool -> random -> split(pool, random)), split -> {
            List<ChronologyEntry> pool = split.pool;
            Chronology forwards = Chronology.merge("c", split.parts);
            List<Chronology> reversed = new ArrayList<>(split.parts);
            Collections.reverse(reversed);
            Chronology backwards = reversed.stream().reduce(Chronology.of("c"), Chronology::merge);
            Chronology pairwise = split.parts.stream().reduce(Chronology.of("c"), (a, b) -> b.merge(a));

            assertEquals(forwards, backwards);
            assertEquals(forwards, pairwise);
            assertEquals(ChronologyGen.sorted(pool), forwards.entries(), "every entry, once, in order");
        });
    }

    @Test
    void mergeIsCommutativeAndAssociative() {
        Gen<List<Chronology>> three = ChronologyGen.distinctEntries(30).flatMap(pool -> random -> {
            Split split = split(pool, random);
            List<Chronology> parts = new ArrayList<>(split.parts);
            while (parts.size() < 3) {
                parts.add(Chronology.of("c"));
            }
            return parts.subList(0, 3);
        });
        Property.forAll(three, c -> {
            assertEquals(c.get(0).merge(c.get(1)), c.get(1).merge(c.get(0)));
            assertEquals(c.get(0).merge(c.get(1)).merge(c.get(2)), c.get(0).merge(c.get(1).merge(c.get(2))));
            assertEquals(c.get(0), c.get(0).merge(c.get(0)), "merging a chronology with itself changes nothing");
        });
    }

    @Test
    void anEntryBothAgenciesHoldIsKeptOnce() {
        ChronologyEntry notBrought = entry("hv-9", "2017-01-10", ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT, MIDWIFERY);
        Chronology health = Chronology.of("baby-1", notBrought,
                entry("hv-8", "2016-12-01", ChronologyEntryKind.VISIT, MIDWIFERY));
        Chronology council = Chronology.of("baby-1", notBrought,
                entry("cin-1", "2016-12-19", ChronologyEntryKind.MEETING, COUNCIL));

        Chronology merged = health.merge(council);

        assertEquals(List.of("hv-8", "cin-1", "hv-9"), merged.entries().stream().map(ChronologyEntry::id).toList());
    }

    @Test
    void twoDifferentEntriesUnderOneSourceAndIdentifierAreRefusedRatherThanOneLost() {
        ChronologyEntry first = entry("x-1", "2017-01-10", ChronologyEntryKind.INCIDENT, COUNCIL);
        ChronologyEntry changed = ChronologyEntry.builder(first).date(LocalDate.of(2017, 3, 1))
                .summary("Alice Example said something").build();

        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Chronology.of("c", first).merge(Chronology.of("c", changed)));

        assertEquals("entries", e.field());
        assertFalse(e.getMessage().contains("Alice"), "the message never holds the entry's text");
        assertFalse(e.getMessage().contains("2017"), "nor its date");
        // the same identifier from another agency is another entry
        ChronologyEntry otherAgency = ChronologyEntry.builder(first).source(MENTAL_HEALTH).build();
        assertEquals(2, Chronology.of("c", first, otherAgency).entries().size());
    }

    @Test
    void anotherChildsChronologyIsNotMerged() {
        assertEquals("childId", assertThrows(InvalidValueException.class,
                () -> Chronology.of("c-1").merge(Chronology.of("c-2"))).field());
    }

    @Test
    void plusAddsAnEntryInItsPlace() {
        Chronology timeline = somersetTimeline();
        ChronologyEntry birth = entry("b-1", "2016-12-01", ChronologyEntryKind.OTHER, MIDWIFERY);
        Chronology more = timeline.plus(birth);
        assertEquals(13, more.entries().size());
        assertEquals(birth, more.entries().get(7));
        assertEquals(timeline.plus(birth), more.plus(birth), "adding it twice keeps one");
    }

    @Test
    void entriesRejectWhatMakesNoSenseNamingTheField() {
        ChronologyEntry.Builder valid = ChronologyEntry.builder().id("e").date(LocalDate.of(2020, 1, 1))
                .kind(ChronologyEntryKind.INCIDENT).source(COUNCIL);
        assertEquals("category", assertThrows(InvalidValueException.class,
                () -> ChronologyEntry.builder().from(valid.build()).category("Domestic Abuse").build()).field());
        assertEquals("summary", assertThrows(InvalidValueException.class,
                () -> ChronologyEntry.builder().from(valid.build()).summary(" ").build()).field());
        assertEquals("involvedAgencyIds", assertThrows(InvalidValueException.class,
                () -> ChronologyEntry.builder().from(valid.build()).addInvolvedAgencyIds("a", "a").build()).field());
        assertEquals("id", assertThrows(InvalidValueException.class,
                () -> ChronologyEntry.of(" ", LocalDate.of(2020, 1, 1), ChronologyEntryKind.OTHER, COUNCIL)).field());
        assertEquals("childId", assertThrows(InvalidValueException.class, () -> Chronology.of("")).field());
    }

    @Test
    void anEntryRecordsATimescaleEvent() {
        ChronologyEntry referral = ChronologyEntry.builder().id("r").date(LocalDate.of(2024, 3, 28))
                .kind(ChronologyEntryKind.REFERRAL).source(COUNCIL).timescaleEvent(TimescaleEvent.REFERRAL_RECEIVED)
                .build();
        assertTrue(referral.records(TimescaleEvent.REFERRAL_RECEIVED));
        assertFalse(referral.records(TimescaleEvent.STRATEGY_DISCUSSION));
        assertFalse(entry("x", "2024-03-28", ChronologyEntryKind.REFERRAL, COUNCIL)
                .records(TimescaleEvent.REFERRAL_RECEIVED));
    }

    @Test
    void toStringNeverShowsTheSummarySignificanceOrChildsView() {
        Property.forAll(ChronologyGen.entries(), entry -> {
            String text = entry.toString();
            entry.summary().ifPresent(s -> assertFalse(text.contains(s), "summary in toString"));
            entry.significance().ifPresent(s -> assertFalse(text.contains(s), "significance in toString"));
            entry.childsView().ifPresent(v -> assertFalse(text.contains(v.text()), "child's view in toString"));
        });
        Property.forAll(ChronologyGen.chronologies(), c -> assertEquals("Chronology{childId=" + c.childId()
                + ", entries=" + c.entries().size() + "}", c.toString()));
    }

    /** A pool of entries split over one to four agencies' chronologies, each entry in at least one. */
    private static Split split(List<ChronologyEntry> pool, SplittableRandom random) {
        int parts = 1 + random.nextInt(4);
        List<List<ChronologyEntry>> lists = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            lists.add(new ArrayList<>());
        }
        for (ChronologyEntry entry : pool) {
            lists.get(random.nextInt(parts)).add(entry);
            if (random.nextInt(3) == 0) {
                lists.get(random.nextInt(parts)).add(entry);   // held by another agency's chronology too
            }
        }
        List<Chronology> chronologies = new ArrayList<>();
        for (List<ChronologyEntry> list : lists) {
            Collections.shuffle(list, new java.util.Random(random.nextLong()));
            chronologies.add(Chronology.of("c", list));
        }
        return new Split(pool, chronologies);
    }

    private static final class Split {
        final List<ChronologyEntry> pool;
        final List<Chronology> parts;

        Split(List<ChronologyEntry> pool, List<Chronology> parts) {
            this.pool = pool;
            this.parts = parts;
        }

        @Override
        public String toString() {
            return pool.size() + " entries in " + parts;
        }
    }
}
