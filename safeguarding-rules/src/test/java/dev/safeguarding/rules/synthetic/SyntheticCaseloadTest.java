package dev.safeguarding.rules.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.analytics.CaseloadStatistics;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.rules.chronology.ChronologyDeadline;
import dev.safeguarding.rules.chronology.ChronologyPatterns;
import dev.safeguarding.model.timescales.Timescales;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synthetic caseload is reproducible from its seed and has the shapes researchers need: dates across
 * bank holidays, mixed levels of need, chronologies with and without every pattern, and no real personal
 * data.
 */
class SyntheticCaseloadTest {

    private static final LocalDate FROM = LocalDate.of(2023, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);
    private static final SyntheticCaseload SYNTHETIC = SyntheticCaseload.of(42L, FROM, TO);
    private static final WorkingCalendar CALENDAR = UkCalendars.englandAndWales();

    private static List<CaseRecord> cases;

    @BeforeAll
    static void make() {
        cases = SYNTHETIC.cases(2_000).toList();
    }

    @Test
    void theSameSeedGivesTheSameCasesInAnyOrderOfMaking() {
        assertEquals(cases, SyntheticCaseload.of(42L, FROM, TO).cases(2_000).toList());
        assertEquals(cases, SYNTHETIC.cases(2_000).parallel().toList());
        assertEquals(cases.get(1234), SYNTHETIC.caseAt(1234));
        assertNotEquals(cases.subList(0, 50), SyntheticCaseload.of(43L, FROM, TO).cases(50).toList());
    }

    /**
     * The cases of seed 42 are pinned, so that the same seed gives the same caseload on every Java version
     * the library builds on (only {@code SplittableRandom.nextLong()}, whose algorithm is specified, is
     * drawn on). If this fails after a deliberate change to the generator, the caseload has changed for
     * everyone: say so in the changelog and pin the new value.
     */
    @Test
    void theCasesOfASeedArePinned() {
        StringBuilder fingerprint = new StringBuilder();
        for (CaseRecord record : cases.subList(0, 20)) {
            fingerprint.append(record.child().dateOfBirth().orElseThrow());
            record.needDecisions().forEach(d -> fingerprint.append(d.decidedOn()).append(d.level()).append(d.response()));
            for (ChronologyEntry e : record.chronology().entries()) {
                fingerprint.append(e.id()).append(e.date()).append(e.kind()).append(e.source().id())
                        .append(e.timescaleEvent().map(TimescaleEvent::id).orElse(""))
                        .append(e.category().orElse("")).append(e.involvedAgencyIds());
            }
        }
        assertEquals(PINNED, fingerprint.toString().hashCode());
    }

    private static final int PINNED = -1394654074;

    @Test
    void childrenAreSyntheticWithNoNameAndEveryTextSaysSynthetic() {
        for (CaseRecord record : cases) {
            assertTrue(record.child().name().isEmpty());
            assertTrue(record.id().startsWith("syn-case-") && record.child().id().startsWith("syn-child-"));
            for (ChronologyEntry entry : record.chronology().entries()) {
                assertTrue(entry.source().id().startsWith("syn-"));
                entry.summary().ifPresent(s -> assertTrue(s.startsWith("Synthetic"), s));
                entry.significance().ifPresent(s -> assertTrue(s.startsWith("Synthetic"), s));
                entry.childsView().ifPresent(v -> assertTrue(v.text().startsWith("Synthetic"), v::text));
            }
        }
        assertTrue(SyntheticCaseload.of(42L, FROM, TO).withFreeText(false).cases(300)
                .flatMap(r -> r.chronology().entries().stream())
                .noneMatch(e -> e.summary().isPresent() || e.significance().isPresent() || e.childsView().isPresent()));
    }

    @Test
    void referralsFallInThePeriodSomeOnWeekendsAndBeforeBankHolidays() {
        List<LocalDate> first = cases.stream().map(r -> r.referrals().get(0)).toList();
        assertTrue(first.stream().allMatch(d -> !d.isBefore(FROM) && !d.isAfter(TO.plusDays(90))));
        long weekends = first.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY).count();
        long beforeBankHoliday = first.stream().filter(d -> CALENDAR.isWorkingDay(d)
                && !CALENDAR.holidays(d.plusDays(1), CALENDAR.plusWorkingDays(d, 1)).isEmpty()).count();
        assertTrue(weekends > 50, "some referrals out of hours: " + weekends);
        assertTrue(beforeBankHoliday > 150, "about one in ten the last working day before a bank holiday: "
                + beforeBankHoliday);
        long assessmentsAcrossHolidays = cases.stream().flatMap(r -> ChronologyDeadline.all(r.chronology(),
                        Timescales.ASSESSMENT, CALENDAR).stream())
                .filter(d -> CALENDAR.holidays(d.trigger().date(), d.deadline().dueDate()).size() > 0).count();
        assertTrue(assessmentsAcrossHolidays > 200, "assessments whose 45 working days span a bank holiday");
    }

    @Test
    void levelsOfNeedAreMixedWithStepsUpAndDown() {
        Set<LevelOfNeed> atReferral = cases.stream().map(r -> r.needDecisions().get(0).level())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LevelOfNeed.class)));
        assertEquals(EnumSet.allOf(LevelOfNeed.class), atReferral);
        CaseloadStatistics stats = CaseloadAnalysis.of(TO).analyse(cases.stream());
        assertTrue(stats.stepUps() > 0 && stats.stepDowns() > 0);
        for (LevelOfNeed level : LevelOfNeed.values()) {
            long share = cases.stream().filter(r -> r.needDecisions().get(0).level() == level).count();
            assertTrue(share > 150 && share < 1000, level + ": " + share);
        }
        assertTrue(cases.stream().anyMatch(r -> r.child().dateOfBirth().orElseThrow().isAfter(r.referrals().get(0))),
                "some referred before birth");
    }

    @Test
    void chronologiesComeWithAndWithoutEveryPattern() {
        ChronologyPatterns patterns = ChronologyPatterns.standard();
        long none = 0;
        Set<PatternKind> seen = EnumSet.noneOf(PatternKind.class);
        for (CaseRecord record : cases) {
            Set<PatternKind> kinds = patterns.kinds(record.chronology(), TO);
            seen.addAll(kinds);
            none += kinds.isEmpty() ? 1 : 0;
        }
        assertEquals(EnumSet.allOf(PatternKind.class), seen);
        assertTrue(none > 500, "many cases show no pattern: " + none);
        CaseloadStatistics stats = CaseloadAnalysis.of(TO).analyse(cases.stream());
        stats.casesWithPattern().forEach((kind, n) -> assertTrue(n < cases.size() / 2, kind + ": " + n));
    }

    @Test
    void timescalesAreMostlyMetSometimesLateAndReReferralsComeWithinAndAfterTwelveMonths() {
        CaseloadStatistics stats = CaseloadAnalysis.of(TO).analyse(cases.stream());
        for (String id : List.of("wt2023.referral-decision", "wt2023.assessment",
                "wt2023.initial-child-protection-conference", "wt2023.first-core-group", "wt2023.first-review-conference",
                "norfolk.cads-feedback-summary")) {
            double share = stats.timeliness(id).shareOnTime().orElseThrow();
            assertTrue(share > 0.6 && share < 1.0, id + ": " + share);
        }
        long within = 0;
        long after = 0;
        for (CaseRecord record : cases) {
            List<LocalDate> referrals = record.referrals();
            for (int i = 1; i < referrals.size(); i++) {
                if (referrals.get(i).isAfter(referrals.get(i - 1).plusMonths(12))) {
                    after++;
                } else {
                    within++;
                }
            }
        }
        assertTrue(within > 20 && after > 20, within + " within, " + after + " after");
        assertTrue(cases.stream().allMatch(r -> isSorted(r.needDecisions())));
        DeadlineOutcome late = cases.stream().flatMap(r -> ChronologyDeadline.all(r.chronology(),
                        Timescales.INITIAL_CHILD_PROTECTION_CONFERENCE, CALENDAR).stream())
                .flatMap(d -> d.outcome().stream()).filter(DeadlineOutcome::isLate).findFirst().orElseThrow();
        assertTrue(late.workingDaysLate() > 0);
    }

    @Test
    void argumentsThatMakeNoSenseAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticCaseload.of(1L, TO, FROM));
        assertThrows(IllegalArgumentException.class, () -> SYNTHETIC.cases(-1));
        assertThrows(IllegalArgumentException.class, () -> SYNTHETIC.caseAt(-1));
        assertEquals(0, SYNTHETIC.cases(0).count());
        assertFalse(SYNTHETIC.toString().isEmpty());
        assertEquals(7, SyntheticCaseload.agencies().size());
    }

    private static boolean isBankHoliday(LocalDate date) {
        return !CALENDAR.isWorkingDay(date) && date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static boolean isSorted(List<NeedDecision> decisions) {
        for (int i = 1; i < decisions.size(); i++) {
            if (decisions.get(i).decidedOn().isBefore(decisions.get(i - 1).decidedOn())) {
                return false;
            }
        }
        return true;
    }
}
