package dev.safeguarding.rules.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Caseload analytics: the counts of a small caseload worked by hand, and the property the issue asks for:
 * the analytics of a stream split into parts, added up, equal the analytics of the whole stream, in any
 * order and in parallel.
 */
class CaseloadAnalysisTest {

    private static final Agency CSC = Agency.of("csc", "Children's Social Care", AgencyType.LOCAL_AUTHORITY);
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final CaseloadAnalysis ANALYSIS = CaseloadAnalysis.of(AS_OF);
    private static final SyntheticCaseload SYNTHETIC = SyntheticCaseload.of(7L, LocalDate.of(2022, 4, 1),
            LocalDate.of(2024, 3, 31));

    private static ChronologyEntry event(String id, String date, TimescaleEvent event) {
        return ChronologyEntry.builder().id(id).date(LocalDate.parse(date)).kind(ChronologyEntryKind.REFERRAL)
                .source(CSC).timescaleEvent(event).build();
    }

    private static NeedDecision decision(String date, LevelOfNeed level, Pathway response) {
        return NeedDecision.of(LocalDate.parse(date), level, response);
    }

    /**
     * Child A: referred on Monday 8 January 2024 and decided the next day; the assessment, due on 11 March
     * (the 45th working day), concluded on the 14th, 3 working days late; stepped up from additional to
     * complex need and down again; referred again in November, within twelve months. Child B: referred in
     * February 2023 and again in March 2024, thirteen months on: not a re-referral. Read as of 31 December 2024.
     */
    static List<CaseRecord> handWorkedCaseload() {
        CaseRecord a = CaseRecord.builder().id("case-a").child(Child.born("a", LocalDate.of(2018, 5, 1)))
                .addNeedDecisions(decision("2024-01-09", LevelOfNeed.ADDITIONAL, Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN),
                        decision("2024-03-14", LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL),
                        decision("2024-09-02", LevelOfNeed.ADDITIONAL, Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN))
                .chronology(Chronology.of("a",
                        event("r1", "2024-01-08", TimescaleEvent.REFERRAL_RECEIVED),
                        event("d1", "2024-01-09", TimescaleEvent.RESPONSE_DECISION),
                        event("a1", "2024-03-14", TimescaleEvent.ASSESSMENT_CONCLUDED),
                        event("r2", "2024-11-04", TimescaleEvent.REFERRAL_RECEIVED),
                        event("d2", "2024-11-05", TimescaleEvent.RESPONSE_DECISION)))
                .build();
        CaseRecord b = CaseRecord.builder().id("case-b").child(Child.born("b", LocalDate.of(2012, 9, 9)))
                .addNeedDecisions(decision("2023-02-01", LevelOfNeed.UNIVERSAL, Pathway.SELF_HELP_AND_ADVICE),
                        decision("2024-03-04", LevelOfNeed.UNIVERSAL, Pathway.UNIVERSAL_SERVICES))
                .chronology(Chronology.of("b",
                        event("r1", "2023-02-01", TimescaleEvent.REFERRAL_RECEIVED),
                        event("d1", "2023-02-01", TimescaleEvent.RESPONSE_DECISION),
                        event("r2", "2024-03-01", TimescaleEvent.REFERRAL_RECEIVED),
                        event("d2", "2024-03-04", TimescaleEvent.RESPONSE_DECISION)))
                .build();
        return List.of(a, b);
    }

    @Test
    void aHandWorkedCaseloadCountsAsWorked() {
        CaseloadStatistics stats = ANALYSIS.analyse(handWorkedCaseload().stream());

        assertEquals(2, stats.cases());
        assertEquals(4, stats.referrals());
        assertEquals(1, stats.reReferrals());
        assertEquals(0.25, stats.reReferralRate().orElseThrow());
        assertEquals(1, stats.flow(LevelOfNeed.ADDITIONAL, LevelOfNeed.COMPLEX));
        assertEquals(1, stats.flow(LevelOfNeed.COMPLEX, LevelOfNeed.ADDITIONAL));
        assertEquals(1, stats.stepUps());
        assertEquals(1, stats.stepDowns());
        assertEquals(2L, stats.decisionsByLevel().get(LevelOfNeed.ADDITIONAL));
        assertEquals(2L, stats.decisionsByLevel().get(LevelOfNeed.UNIVERSAL));
        assertEquals(1L, stats.decisionsByLevel().get(LevelOfNeed.COMPLEX));
        assertEquals(2L, stats.decisionsByResponse().get(Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN));
        assertEquals(1L, stats.latestLevels().get(LevelOfNeed.ADDITIONAL));
        assertEquals(1L, stats.latestLevels().get(LevelOfNeed.UNIVERSAL));
        assertEquals(0, stats.casesWithoutDecision());

        TimelinessStatistics decisions = stats.timeliness("wt2023.referral-decision");
        assertEquals(4, decisions.metOnTime());
        assertEquals(1.0, decisions.shareOnTime().orElseThrow());

        TimelinessStatistics assessments = stats.timeliness("wt2023.assessment");
        assertEquals("Assessment", assessments.label());
        assertEquals(0, assessments.metOnTime());
        assertEquals(1, assessments.metLate());
        assertEquals(Distribution.of(3), assessments.workingDaysLate());
        assertEquals(2, assessments.unmetPastDue(), "B's two referrals had no assessment: past due, or not needed");
        assertEquals(1, assessments.unmetNotYetDue(), "A's November referral is not yet due");
        assertEquals(4, assessments.deadlines());
        assertEquals(0.0, assessments.shareOnTime().orElseThrow());
        assertEquals(Long.valueOf(1), stats.casesWithPattern().get(PatternKind.DEADLINE_MISSED));
        assertThrows(NoSuchElementException.class, () -> stats.timeliness("acme.unknown"));
    }

    @Test
    void readAsOfAnEarlierDateLaterEventsAreNotCounted() {
        CaseloadStatistics june = CaseloadAnalysis.of(LocalDate.of(2024, 6, 30)).analyse(handWorkedCaseload().stream());
        assertEquals(3, june.referrals());
        assertEquals(0, june.reReferrals());
        assertEquals(1, june.stepUps());
        assertEquals(0, june.stepDowns());
        assertEquals(1L, june.latestLevels().get(LevelOfNeed.COMPLEX));
    }

    @Test
    void theReReferralPeriodIsASetting() {
        CaseloadStatistics twoYears = ANALYSIS.withReReferralPeriod(Period.ofYears(2)).analyse(handWorkedCaseload()
                .stream());
        assertEquals(2, twoYears.reReferrals());
        assertThrows(IllegalArgumentException.class, () -> ANALYSIS.withReReferralPeriod(Period.ZERO));
    }

    /** The property: analytics over a split stream equal the analytics over the whole. */
    @Test
    void analyticsOfAStreamSplitAnywhereAddUpToTheAnalyticsOfTheWhole() {
        Gen<List<CaseRecord>> caseloads = random -> SyntheticCaseload.of(random.nextLong(), LocalDate.of(2022, 4, 1),
                LocalDate.of(2024, 3, 31)).cases(random.nextInt(40)).toList();
        Property.forAll(200, caseloads.flatMap(cases -> random -> new Split(cases, random)), split -> {
            CaseloadStatistics whole = ANALYSIS.analyse(split.cases.stream());
            CaseloadStatistics parts = split.parts.stream().map(part -> ANALYSIS.analyse(part.stream()))
                    .reduce(CaseloadStatistics.empty(), CaseloadStatistics::plus);
            assertEquals(whole, parts);
            assertEquals(whole, ANALYSIS.analyse(split.shuffled.stream()), "the order of the cases does not matter");
        });
    }

    @Test
    void analyticsOfArbitraryRecordsAddUpToo() {
        CaseloadAnalysis analysis = CaseloadAnalysis.of(ChronologyGen.TO.plusDays(1));
        Property.forAll(300, Gen.lists(ChronologyGen.caseRecords(), 0, 12).flatMap(cases -> random -> new Split(cases,
                random)), split -> assertEquals(analysis.analyse(split.cases.stream()),
                split.parts.stream().map(part -> analysis.analyse(part.stream()))
                        .reduce(CaseloadStatistics.empty(), (a, b) -> b.plus(a))));
    }

    @Test
    void aParallelStreamGivesWhatASequentialOneGives() {
        List<CaseRecord> cases = SYNTHETIC.cases(3_000).toList();
        CaseloadStatistics sequential = ANALYSIS.analyse(cases.stream());
        assertEquals(sequential, ANALYSIS.analyse(cases.parallelStream()));
        assertEquals(sequential, ANALYSIS.analyse(SYNTHETIC.cases(3_000).parallel()));
        assertEquals(3_000, sequential.cases());
    }

    @Test
    void oneCaseAloneIsTheStreamOfThatCase() {
        Property.forAll(100, Gen.longs(0, 10_000).map(SYNTHETIC::caseAt), record -> {
            assertEquals(ANALYSIS.analyse(Stream.of(record)), ANALYSIS.analyse(record));
            assertEquals(ANALYSIS.analyse(record), ANALYSIS.analyse(record).plus(CaseloadStatistics.empty()));
        });
    }

    @Test
    void statisticsOfNothingAreEmpty() {
        CaseloadStatistics none = ANALYSIS.analyse(Stream.empty());
        assertEquals(0, none.cases());
        assertTrue(none.reReferralRate().isEmpty());
        assertTrue(none.timeliness("wt2023.assessment").shareOnTime().isEmpty());
        assertEquals(none, none.plus(CaseloadStatistics.empty()));
    }

    /** A caseload cut at random points into up to five parts, and shuffled. */
    private static final class Split {
        final List<CaseRecord> cases;
        final List<List<CaseRecord>> parts = new ArrayList<>();
        final List<CaseRecord> shuffled;

        Split(List<CaseRecord> cases, SplittableRandom random) {
            this.cases = cases;
            List<Integer> cuts = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                cuts.add(random.nextInt(cases.size() + 1));
            }
            Collections.sort(cuts);
            int from = 0;
            for (int cut : cuts) {
                parts.add(cases.subList(from, cut));
                from = cut;
            }
            parts.add(cases.subList(from, cases.size()));
            List<CaseRecord> copy = new ArrayList<>(cases);
            Collections.shuffle(copy, new Random(random.nextLong()));
            this.shuffled = copy;
        }

        @Override
        public String toString() {
            return cases.size() + " cases in parts of " + parts.stream().map(List::size).toList();
        }
    }
}
