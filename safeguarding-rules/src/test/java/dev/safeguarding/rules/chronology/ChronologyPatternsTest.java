package dev.safeguarding.rules.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.rules.need.ThresholdGuide;
import dev.safeguarding.model.timescales.Timescales;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The patterns of a chronology, each with the entries that support it. Examples from the seeds: the
 * Somerset forum's timeline and its learning points (drift in Child in Need work; "the step-down of CiN plans
 * by CSC without multi-agency consultation"), the Norfolk guidance on neglect ("not being brought to
 * appointments, repeated refusal of services"), and Working Together's timescales across Easter and
 * Christmas.
 */
class ChronologyPatternsTest {

    static final Agency CSC = Agency.of("csc", "Children's Social Care", AgencyType.LOCAL_AUTHORITY);
    static final Agency POLICE = Agency.of("police", "Police", AgencyType.POLICE);
    static final Agency HEALTH = Agency.of("hv", "Health Visiting", AgencyType.HEALTH);
    static final Agency CHARITY = Agency.of("charity", "Family Support", AgencyType.VOLUNTARY_SECTOR);

    private static final ChronologyPatterns PATTERNS = ChronologyPatterns.standard();

    static ChronologyEntry.Builder entry(String id, String date, ChronologyEntryKind kind, Agency source) {
        return ChronologyEntry.builder().id(id).date(LocalDate.parse(date)).kind(kind).source(source);
    }

    private static List<ChronologyPattern> find(LocalDate asOf, ChronologyEntry.Builder... entries) {
        return PATTERNS.find(Chronology.of("c-1", List.of(entries).stream().map(ChronologyEntry.Builder::build)
                .toList()), asOf);
    }

    private static List<String> ids(ChronologyPattern pattern) {
        return pattern.entries().stream().map(ChronologyEntry::id).toList();
    }

    @Test
    void threeIncidentsOfOneCategoryWithinSixMonthsAreARepetition() {
        List<ChronologyPattern> found = find(LocalDate.of(2024, 12, 31),
                entry("p1", "2024-01-10", ChronologyEntryKind.INCIDENT, POLICE).category("domestic-abuse"),
                entry("p2", "2024-03-02", ChronologyEntryKind.INCIDENT, POLICE).category("domestic-abuse"),
                entry("p3", "2024-05-30", ChronologyEntryKind.INCIDENT, POLICE).category("domestic-abuse"),
                entry("p4", "2024-04-01", ChronologyEntryKind.INCIDENT, POLICE).category("missing-from-home"),
                entry("p5", "2024-04-02", ChronologyEntryKind.INJURY, HEALTH).category("domestic-abuse"));

        assertEquals(1, found.size(), found::toString);
        ChronologyPattern repeated = found.get(0);
        assertEquals(PatternKind.REPEATED_INCIDENTS, repeated.kind());
        assertEquals(List.of("p1", "p2", "p3"), ids(repeated));
        assertEquals("domestic-abuse", repeated.category().orElseThrow());
        assertEquals(LocalDate.of(2024, 1, 10), repeated.fromDate());
        assertEquals(LocalDate.of(2024, 5, 30), repeated.toDate());
        assertTrue(repeated.message().startsWith("3 incidents of category domestic-abuse within 6 months"),
                repeated.message());
    }

    @Test
    void incidentsFurtherApartThanTheWindowAreNoRepetitionAndOverlappingWindowsAreOne() {
        assertTrue(find(LocalDate.of(2025, 12, 31),
                entry("p1", "2024-01-10", ChronologyEntryKind.INCIDENT, POLICE),
                entry("p2", "2024-05-02", ChronologyEntryKind.INCIDENT, POLICE),
                entry("p3", "2024-07-11", ChronologyEntryKind.INCIDENT, POLICE)).isEmpty(),
                "the first and third are more than six months apart");

        List<ChronologyPattern> found = find(LocalDate.of(2025, 12, 31),
                entry("p1", "2024-01-10", ChronologyEntryKind.INCIDENT, POLICE),
                entry("p2", "2024-03-02", ChronologyEntryKind.INCIDENT, POLICE),
                entry("p3", "2024-06-30", ChronologyEntryKind.INCIDENT, POLICE),
                entry("p4", "2024-08-30", ChronologyEntryKind.INCIDENT, POLICE),
                entry("p5", "2025-06-01", ChronologyEntryKind.INCIDENT, POLICE));
        assertEquals(1, found.size());
        assertEquals(List.of("p1", "p2", "p3", "p4"), ids(found.get(0)), "two overlapping windows, one pattern");
    }

    /** "neglect includes not being brought to appointments, repeated refusal of services". */
    @Test
    void notBroughtToAppointmentsAndRefusedServicesTogetherArePossibleEvidenceOfNeglect() {
        List<ChronologyPattern> found = find(LocalDate.of(2024, 12, 31),
                entry("h1", "2024-02-05", ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT, HEALTH),
                entry("h2", "2024-03-11", ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT, HEALTH),
                entry("v1", "2024-04-20", ChronologyEntryKind.REFUSED_SERVICE, CHARITY),
                entry("h3", "2024-11-01", ChronologyEntryKind.MISSED_APPOINTMENT, HEALTH));

        assertEquals(1, found.size());
        ChronologyPattern neglect = found.get(0);
        assertEquals(PatternKind.NOT_BROUGHT_OR_REFUSED, neglect.kind());
        assertEquals(List.of("h1", "h2", "v1"), ids(neglect));
        assertTrue(neglect.message().contains("2 not brought to appointment, 1 refused service"), neglect.message());
        assertTrue(neglect.message().contains("possible evidence of neglect"), neglect.message());
        assertEquals("chronology.not-brought-or-refused", neglect.toFinding().code());
    }

    /**
     * "We need to recognise that neglect includes not being brought to appointments, repeated refusal of
     * services" (What do we mean by Continuum of Needs?), and the Norfolk Graded Care Profile "is mandated for
     * using in cases where neglect is known or suspected" (Norfolk Graded Care Profile): the pattern sets the
     * threshold question's neglect fact, with the pattern as its basis, and the guide answers with the NGCP.
     */
    @Test
    void aPatternOfMissedAppointmentsAndRefusedServicesSetsTheQuestionsNeglectFact() {
        Child child = Child.born("c-1", LocalDate.of(2022, 6, 1));
        Chronology chronology = Chronology.of("c-1", List.of(
                entry("h1", "2024-02-05", ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT, HEALTH).build(),
                entry("h2", "2024-03-11", ChronologyEntryKind.MISSED_APPOINTMENT, HEALTH).build(),
                entry("v1", "2024-04-20", ChronologyEntryKind.REFUSED_SERVICE, CHARITY).build()));
        CaseRecord record = CaseRecord.builder().id("r-1").child(child).chronology(chronology).build();

        ThresholdQuestion question = PATTERNS.thresholdQuestion(record, LocalDate.of(2024, 12, 31));
        assertTrue(question.neglectKnownOrSuspected());
        assertEquals(Set.of(NeglectBasis.NOT_BROUGHT_OR_REFUSED_PATTERN), question.neglectBases());
        ThresholdGuidance g = ThresholdGuide.norfolk2023().assess(question);
        assertEquals(List.of(GuidanceCode.GRADED_CARE_PROFILE, GuidanceCode.NEGLECT_BASIS),
                g.reasons().stream().map(GuidanceStatement::code).toList());
        assertEquals(LevelOfNeed.ADDITIONAL, g.level());

        ThresholdQuestion before = PATTERNS.thresholdQuestion(record, LocalDate.of(2024, 3, 31));
        assertFalse(before.neglectKnownOrSuspected(), "two entries by the end of March are not yet a pattern");
        ThresholdQuestion asked = ThresholdQuestion.builder().child(child).consent(ConsentStatus.GIVEN).build();
        assertEquals(asked, PATTERNS.thresholdQuestion(asked, chronology, LocalDate.of(2024, 3, 31)));
        assertEquals(ConsentStatus.GIVEN,
                PATTERNS.thresholdQuestion(asked, chronology, LocalDate.of(2024, 12, 31)).consent(),
                "the other facts of the question are kept");
        ThresholdQuestion other = ThresholdQuestion.builder().child(Child.born("c-2", LocalDate.of(2020, 1, 1))).build();
        assertThrows(IllegalArgumentException.class,
                () -> PATTERNS.thresholdQuestion(other, chronology, LocalDate.of(2024, 12, 31)));
    }

    /**
     * The Somerset baby's Child in Need plan: CiN meetings in November and December 2016, February and May
     * 2017 (the days are made up). No gap is over three months; read in September 2017, with no meeting since
     * May, the plan has drifted: "Issues in relation to CiN were noted, including drift".
     */
    @Test
    void aChildInNeedPlanWithNoMeetingForMoreThanThreeMonthsHasDrifted() {
        ChronologyEntry.Builder[] timeline = {
            entry("t7", "2016-11-24", ChronologyEntryKind.PLAN_START, CSC),
            entry("t9", "2016-12-19", ChronologyEntryKind.MEETING, CSC),
            entry("t10", "2017-02-16", ChronologyEntryKind.LEGAL_STEP, CSC),
            entry("t11", "2017-02-23", ChronologyEntryKind.MEETING, CSC),
            entry("t12", "2017-05-18", ChronologyEntryKind.MEETING, CSC)};

        assertTrue(find(LocalDate.of(2017, 8, 18), timeline).isEmpty(), "three months to the day is not yet drift");

        List<ChronologyPattern> found = find(LocalDate.of(2017, 9, 1), timeline);
        assertEquals(1, found.size());
        ChronologyPattern drift = found.get(0);
        assertEquals(PatternKind.DRIFT, drift.kind());
        assertEquals(List.of("t12"), ids(drift));
        assertEquals(LocalDate.of(2017, 5, 18), drift.fromDate());
        assertEquals(LocalDate.of(2017, 9, 1), drift.toDate());
    }

    @Test
    void aGapBetweenReviewsInsideAPlanIsDriftButAGapAfterThePlanEndedIsNot() {
        List<ChronologyPattern> found = find(LocalDate.of(2025, 12, 31),
                entry("a", "2024-01-08", ChronologyEntryKind.PLAN_START, CSC),
                entry("b", "2024-02-19", ChronologyEntryKind.PLAN_REVIEW, CSC),
                entry("v", "2024-04-01", ChronologyEntryKind.VISIT, CSC),
                entry("c", "2024-06-03", ChronologyEntryKind.PLAN_REVIEW, CSC),
                entry("d", "2024-07-01", ChronologyEntryKind.PLAN_END, CSC),
                entry("e", "2025-03-03", ChronologyEntryKind.INCIDENT, POLICE));
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("b", "c"), ids(found.get(0)), "a visit is not a review");
    }

    /** "There was disquiet expressed about the step-down of CiN plans by CSC without multi-agency consultation." */
    @Test
    void aStepDownByChildrensSocialCareAloneIsFound() {
        ChronologyEntry.Builder lastMeeting = entry("m1", "2024-03-04", ChronologyEntryKind.MEETING, CSC)
                .addInvolvedAgencyIds("hv", "school");
        ChronologyEntry.Builder stepDown = entry("s1", "2024-05-07", ChronologyEntryKind.STEP_DOWN, CSC);

        List<ChronologyPattern> found = find(LocalDate.of(2024, 5, 31), lastMeeting, stepDown,
                entry("m2", "2024-04-22", ChronologyEntryKind.MEETING, CSC));
        assertEquals(1, found.size());
        assertEquals(PatternKind.STEP_DOWN_WITHOUT_CONSULTATION, found.get(0).kind());
        assertEquals(List.of("s1"), ids(found.get(0)));
        assertTrue(found.get(0).message().contains("recorded by agency csc"), found.get(0).message());

        assertTrue(find(LocalDate.of(2024, 5, 31), stepDown,
                entry("m3", "2024-04-22", ChronologyEntryKind.MEETING, CSC).addInvolvedAgencyId("hv")).isEmpty(),
                "a meeting with health a fortnight before");
        assertTrue(find(LocalDate.of(2024, 5, 31), stepDown,
                entry("c1", "2024-05-07", ChronologyEntryKind.CONSULTATION, HEALTH)).isEmpty(),
                "health's consultation the same day");
        assertTrue(find(LocalDate.of(2024, 5, 31),
                entry("s2", "2024-05-07", ChronologyEntryKind.STEP_DOWN, CSC).addInvolvedAgencyId("school")).isEmpty(),
                "the school consulted on the step down itself");
    }

    /**
     * Working Together 2023: an initial child protection conference within 15 working days of the strategy
     * discussion. A strategy discussion on the Thursday before Easter 2024 puts the conference due on Monday 22
     * April (Good Friday and Easter Monday are not working days); held on the 24th, it is 2 working days late.
     */
    @Test
    void aConferenceHeldLateAcrossEasterIsAMissedDeadlineWithBothEntries() {
        List<ChronologyPattern> found = find(LocalDate.of(2024, 6, 30),
                entry("sd", "2024-03-28", ChronologyEntryKind.MEETING, CSC)
                        .timescaleEvent(TimescaleEvent.STRATEGY_DISCUSSION),
                entry("icpc", "2024-04-24", ChronologyEntryKind.MEETING, CSC)
                        .timescaleEvent(TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE));

        assertEquals(1, found.size(), found::toString);
        ChronologyPattern missed = found.get(0);
        assertEquals(PatternKind.DEADLINE_MISSED, missed.kind());
        assertEquals(List.of("sd", "icpc"), ids(missed));
        assertEquals("wt2023.initial-child-protection-conference", missed.timescaleId().orElseThrow());
        assertEquals("Initial child protection conference due by 2024-04-22 (15 working days from the strategy"
                + " discussion on 2024-03-28) was met late, on 2024-04-24: 2 working days (2 calendar days) late.",
                missed.message());
    }

    /**
     * A referral on Christmas Eve 2024 needs a decision within 1 working day: Christmas Day and Boxing Day are
     * bank holidays, so it is due on Friday 27 December; with none recorded by Monday 30th, it is overdue. No
     * assessment is recorded either, but whether one was needed is not in the chronology, so that is not a
     * pattern.
     */
    @Test
    void aDecisionOnAReferralNotRecordedAfterChristmasIsOverdue() {
        List<ChronologyPattern> found = find(LocalDate.of(2024, 12, 30),
                entry("r", "2024-12-24", ChronologyEntryKind.REFERRAL, CSC)
                        .timescaleEvent(TimescaleEvent.REFERRAL_RECEIVED));
        assertEquals(1, found.size(), found::toString);
        assertEquals("wt2023.referral-decision", found.get(0).timescaleId().orElseThrow());
        assertTrue(found.get(0).message().endsWith("was 1 working day overdue on 2024-12-30."), found.get(0).message());
        assertEquals(LocalDate.of(2024, 12, 30), found.get(0).toDate());

        assertTrue(find(LocalDate.of(2024, 12, 27), entry("r", "2024-12-24", ChronologyEntryKind.REFERRAL, CSC)
                .timescaleEvent(TimescaleEvent.REFERRAL_RECEIVED)).isEmpty(), "due today is not overdue");
    }

    @Test
    void onlyEntriesUpToTheDateReadAsOfCount() {
        ChronologyEntry.Builder[] incidents = {
            entry("p1", "2024-01-10", ChronologyEntryKind.INCIDENT, POLICE),
            entry("p2", "2024-02-10", ChronologyEntryKind.INCIDENT, POLICE),
            entry("p3", "2024-03-10", ChronologyEntryKind.INCIDENT, POLICE)};
        assertTrue(find(LocalDate.of(2024, 3, 9), incidents).isEmpty());
        assertEquals(1, find(LocalDate.of(2024, 3, 10), incidents).size());
    }

    @Test
    void aPartnershipSetsItsOwnNumbers() {
        ChronologyPatterns twoInAMonth = PATTERNS.withRepetition(2, Period.ofMonths(1));
        Chronology two = Chronology.of("c", entry("p1", "2024-01-10", ChronologyEntryKind.INCIDENT, POLICE).build(),
                entry("p2", "2024-02-09", ChronologyEntryKind.INCIDENT, POLICE).build());
        assertEquals(Set.of(PatternKind.REPEATED_INCIDENTS), twoInAMonth.kinds(two, LocalDate.of(2024, 3, 1)));
        assertEquals(Set.of(), PATTERNS.kinds(two, LocalDate.of(2024, 3, 1)));

        Chronology plan = Chronology.of("c", entry("a", "2024-01-08", ChronologyEntryKind.PLAN_START, CSC).build());
        assertEquals(Set.of(PatternKind.DRIFT), PATTERNS.withDriftSpan(Period.ofWeeks(6))
                .kinds(plan, LocalDate.of(2024, 3, 1)));
        assertEquals(Set.of(), PATTERNS.kinds(plan, LocalDate.of(2024, 3, 1)));

        assertThrows(IllegalArgumentException.class, () -> PATTERNS.withRepetition(1, Period.ofMonths(1)));
        assertThrows(IllegalArgumentException.class, () -> PATTERNS.withDriftSpan(Period.ZERO));
        assertThrows(IllegalArgumentException.class, () -> PATTERNS.withConsultationWindow(Period.ofDays(-1)));
        assertThrows(IllegalArgumentException.class, () -> PATTERNS.withTimescales(
                List.of(Timescales.ASSESSMENT, Timescales.ASSESSMENT), Set.of()));
    }

    @Test
    void everyPatternIsSupportedByEntriesOfTheChronologyWithinItsSpanAndNeverQuotesTheirText() {
        Property.forAll(ChronologyGen.chronologies(), chronology -> {
            LocalDate asOf = ChronologyGen.TO;
            for (ChronologyPattern pattern : PATTERNS.find(chronology, asOf)) {
                assertTrue(chronology.entries().containsAll(pattern.entries()));
                assertEquals(ChronologyGen.sorted(pattern.entries()), pattern.entries());
                pattern.entries().forEach(e -> {
                    assertFalse(e.date().isBefore(pattern.fromDate()));
                    assertFalse(e.date().isAfter(pattern.toDate()));
                    e.summary().ifPresent(s -> assertFalse(pattern.message().contains(s)));
                    e.significance().ifPresent(s -> assertFalse(pattern.message().contains(s)));
                });
                if (pattern.kind() == PatternKind.REPEATED_INCIDENTS
                        || pattern.kind() == PatternKind.NOT_BROUGHT_OR_REFUSED) {
                    assertTrue(pattern.entries().size() >= PATTERNS.repeatThreshold());
                }
            }
        });
    }
}
