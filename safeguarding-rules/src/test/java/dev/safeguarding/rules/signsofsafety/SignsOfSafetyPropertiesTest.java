package dev.safeguarding.rules.signsofsafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SignsOfSafetyGen;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of the scaling analysis and of a safety plan's status, over seeded generated maps and plans. */
class SignsOfSafetyPropertiesTest {

    /** One of the UK calendars, sometimes with a few closure days. */
    private static final Gen<WorkingCalendar> CALENDARS = random -> {
        WorkingCalendar calendar = Gen.oneOf(UkCalendars.englandAndWales(), UkCalendars.scotland(),
                UkCalendars.northernIreland()).generate(random);
        return random.nextBoolean() ? calendar
                : calendar.withClosures(Gen.lists(SignsOfSafetyGen.dates(), 1, 20).generate(random));
    };

    /** An as-of date: 2000 to 2090, so that every due date and achieved date is near. */
    private static final Gen<LocalDate> AS_OF = Gen.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2090, 12, 31));

    private record PlanCase(SafetyPlan plan, WorkingCalendar calendar, LocalDate earlier, LocalDate later) {
    }

    private static final Gen<PlanCase> PLAN_CASES = (SplittableRandom random) -> {
        LocalDate a = AS_OF.generate(random);
        LocalDate b = random.nextBoolean() ? AS_OF.generate(random) : a.plusDays(random.nextInt(0, 60));
        return new PlanCase(SignsOfSafetyGen.safetyPlans().generate(random), CALENDARS.generate(random),
                a.isBefore(b) ? a : b, a.isBefore(b) ? b : a);
    };

    private record ScalingCase(SignsOfSafetyMap map, ScalingRules rules) {
    }

    private static final Gen<ScalingCase> SCALING_CASES = random -> new ScalingCase(
            SignsOfSafetyGen.maps().generate(random),
            ScalingRules.standard().withDisagreementPoints(random.nextInt(1, 11))
                    .withDriftSpan(Period.ofDays(random.nextInt(1, 400))));

    @Test
    void theSpreadIsNeverNegativeAndIsTheHighestLatestScoreLessTheLowest() {
        Property.forAll(SCALING_CASES, c -> {
            for (ScalingAnalysis a : c.rules().analyse(c.map())) {
                assertTrue(a.spread() >= 0 && a.spread() <= 10, "spread " + a.spread());
                List<Integer> latest = a.perspectives().stream().map(PerspectiveScaling::score).toList();
                assertEquals(latest.isEmpty() ? 0 : latest.stream().mapToInt(i -> i).max().getAsInt()
                        - latest.stream().mapToInt(i -> i).min().getAsInt(), a.spread());
                a.familyProfessionalGap().ifPresent(gap -> assertTrue(gap >= 0 && gap <= a.spread()));
                a.professionalGap().ifPresent(gap -> assertTrue(gap >= 0 && gap <= a.spread()));
            }
        });
    }

    @Test
    void aDisagreementIsRaisedExactlyWhenTheGapReachesTheThreshold() {
        Property.forAll(SCALING_CASES, c -> {
            for (ScalingAnalysis a : c.rules().analyse(c.map())) {
                List<String> codes = a.considerations().stream().map(Finding::code).toList();
                assertEquals(a.familyProfessionalGap().orElse(-1) >= c.rules().disagreementPoints(),
                        codes.contains(ScalingRules.FAMILY_PROFESSIONAL_DISAGREEMENT));
                assertEquals(a.professionalGap().orElse(-1) >= c.rules().disagreementPoints(),
                        codes.contains(ScalingRules.PROFESSIONAL_DISAGREEMENT));
                assertEquals(a.possibleDrift().size(),
                        codes.stream().filter(ScalingRules.POSSIBLE_DRIFT::equals).count());
                a.considerations().forEach(f -> assertFalse(f.isError()));
            }
        });
    }

    @Test
    void driftIsAStaticScoreOverAtLeastTheSpanAndEachPersonsLatestJudgementIsTheirLast() {
        Property.forAll(SCALING_CASES, c -> {
            for (ScalingAnalysis a : c.rules().analyse(c.map())) {
                for (PerspectiveScaling p : a.perspectives()) {
                    List<ScalingJudgement> history = p.judgements();
                    for (int i = 1; i < history.size(); i++) {
                        assertFalse(history.get(i).judgedOn().isBefore(history.get(i - 1).judgedOn()));
                    }
                    history.forEach(j -> assertEquals(p.perspective(), j.perspective()));
                    if (p.isPossibleDrift()) {
                        assertEquals(ScalingTrend.STATIC, p.trend().orElseThrow());
                        assertFalse(p.latest().judgedOn().isBefore(p.staticSince().orElseThrow()
                                .plus(c.rules().driftSpan())));
                    }
                    assertEquals(p.trend().filter(ScalingTrend.STATIC::equals).isPresent(), p.staticSince().isPresent());
                    assertFalse(p.toString().contains(p.latest().rationale()));
                }
            }
        });
    }

    @Test
    void aPlansStatusIsMonotoneInTheAsOfDate() {
        Property.forAll(PLAN_CASES, c -> {
            SafetyPlanStatus earlier = SafetyPlans.status(c.plan(), c.earlier(), c.calendar());
            SafetyPlanStatus later = SafetyPlans.status(c.plan(), c.later(), c.calendar());
            for (int i = 0; i < c.plan().rows().size(); i++) {
                SafetyPlanRowState before = earlier.rows().get(i).state();
                SafetyPlanRowState after = later.rows().get(i).state();
                assertTrue(before.compareTo(after) <= 0, before + " on " + c.earlier() + ", " + after + " on " + c.later());
                if (before == SafetyPlanRowState.OVERDUE) {
                    assertTrue(after != SafetyPlanRowState.DUE, "an overdue row became due later");
                }
            }
            assertTrue(earlier.achieved() <= later.achieved());
            assertTrue(earlier.progress() <= later.progress());
        });
    }

    @Test
    void everyCountOfWorkingDaysAgreesWithTheCalendar() {
        Property.forAll(PLAN_CASES, c -> {
            SafetyPlanStatus s = SafetyPlans.status(c.plan(), c.later(), c.calendar());
            assertEquals(c.plan().rows().size(), s.achieved() + s.due() + s.overdue());
            for (SafetyPlanRowStatus row : s.rows()) {
                SafetyPlanRow planned = row.row();
                LocalDate due = planned.byWhen().dueDate(c.calendar());
                assertEquals(due, row.dueDate());
                switch (row.state()) {
                    case OVERDUE:
                        assertTrue(c.later().isAfter(due));
                        assertEquals(c.calendar().workingDaysBetween(due, c.later()), row.workingDaysOverdue());
                        assertEquals(0, row.workingDaysLeft());
                        break;
                    case DUE:
                        assertFalse(c.later().isAfter(due));
                        assertEquals(c.calendar().workingDaysBetween(c.later(), due), row.workingDaysLeft());
                        assertEquals(0, row.workingDaysOverdue());
                        break;
                    default:
                        LocalDate achieved = planned.achievedOn().orElseThrow();
                        assertFalse(achieved.isAfter(c.later()));
                        assertEquals(Math.max(0, c.calendar().workingDaysBetween(due, achieved)),
                                row.workingDaysLate().orElseThrow());
                }
                assertEquals(row.ownership().includesNetwork(), planned.hasNetworkOwner());
                assertEquals(row.ownership().includesProfessionals(), planned.hasProfessionalOwner());
                assertFalse(row.toString().contains(planned.safetyGoal()));
            }
            assertFalse(s.toString().contains("{}"));
        });
    }
}
