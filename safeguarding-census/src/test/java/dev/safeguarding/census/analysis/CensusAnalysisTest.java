package dev.safeguarding.census.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Section47;
import dev.safeguarding.census.analysis.CensusStatistics.AssessmentDuration;
import dev.safeguarding.census.analysis.CensusStatistics.PlanDuration;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The DfE's census measures (issue 15, part 4: "assessments completed within 45 working days, initial
 * conferences within 15 working days of the Section 47 start, re-referrals within 12 months of a previous
 * referral, child protection plans lasting two years or more, second or subsequent plans, and the
 * distribution of factors identified at assessment"), with expectations counted by hand on the England and
 * Wales calendar of 2025-26 (bank holidays 18 and 21 April, 5 and 26 May, 25 August, 25 and 26 December
 * 2025, 1 January 2026).
 */
class CensusAnalysisTest {

    private static final CensusAnalysis ANALYSIS = CensusAnalysis.of(CollectionYear.CIN_2025_26);

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static CensusChild child(String id, CinDetails... episodes) {
        return CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId(id)
                .personBirthDate(date(2015, 1, 1)).build()).addCinDetails(episodes).build();
    }

    private static Assessment authorised(LocalDate start, LocalDate authorised, AssessmentFactor... factors) {
        return Assessment.builder().actualStartDate(start).authorisationDate(authorised).addFactors(factors).build();
    }

    private static CinDetails referredOn(LocalDate referral, Assessment... assessments) {
        return CinDetails.builder().referralDate(referral).addAssessments(assessments).build();
    }

    private static AssessmentFactor factor(String code) {
        return AssessmentFactor.fromCode(code).orElseThrow();
    }

    /** Working Together 2023: "no longer than 45 working days from the point of referral". */
    @Test
    void anAssessmentAuthorisedOnThe45thWorkingDayAfterTheReferralIsWithin45WorkingDays() {
        // referral Monday 2 June 2025: the 45th working day after it is Monday 4 August 2025 (no bank holiday)
        CensusStatistics stats = ANALYSIS.analyse(child("A1", referredOn(date(2025, 6, 2),
                authorised(date(2025, 6, 3), date(2025, 8, 4)), authorised(date(2025, 6, 3), date(2025, 8, 5)))));
        assertEquals(2, stats.assessmentsCompleted());
        assertEquals(2, stats.assessmentsTimed());
        assertEquals(1, stats.assessmentsWithin45WorkingDays());
        assertEquals(1, stats.assessmentDurations().get(AssessmentDuration.DAYS_41_TO_45));
        assertEquals(1, stats.assessmentDurations().get(AssessmentDuration.DAYS_46_TO_50));
        assertEquals(OptionalDouble.of(0.5), stats.shareOfAssessmentsWithin45WorkingDays());
    }

    @Test
    void theFortyFiveWorkingDaysSkipEasterAndTheMayBankHolidays() {
        // referral Thursday 17 April 2025, before Good Friday: Good Friday, Easter Monday, 5 May and 26 May are
        // not working days, so the 45th working day is Wednesday 25 June 2025 (a weekday count would give 20 June)
        CensusStatistics stats = ANALYSIS.analyse(child("A2", referredOn(date(2025, 4, 17),
                authorised(date(2025, 4, 17), date(2025, 6, 25)), authorised(date(2025, 4, 17), date(2025, 6, 26)))));
        assertEquals(1, stats.assessmentsWithin45WorkingDays());
        assertEquals(2, stats.assessmentsTimed());
    }

    @Test
    void anAssessmentAuthorisedOnTheDayOfItsReferralTookNoWorkingDays() {
        CensusStatistics stats = ANALYSIS.analyse(child("A3", referredOn(date(2025, 7, 1),
                authorised(date(2025, 7, 1), date(2025, 7, 1)))));
        assertEquals(1, stats.assessmentDurations().get(AssessmentDuration.SAME_DAY));
        assertEquals(1, stats.assessmentsWithin45WorkingDays());
    }

    @Test
    void onlyAssessmentsAuthorisedInTheYearCountAndUntimedOnesAreCountedApart() {
        CensusStatistics stats = ANALYSIS.analyse(child("A4",
                referredOn(date(2025, 2, 3), authorised(date(2025, 2, 3), date(2025, 3, 31))),   // the year before
                referredOn(date(2025, 9, 1), authorised(date(2025, 8, 20), date(2025, 8, 29))),  // before its referral
                referredOn(date(1880, 1, 2), authorised(date(2025, 5, 1), date(2025, 5, 2))),    // outside the calendar
                CinDetails.builder().addAssessments(authorised(date(2025, 5, 1), date(2025, 5, 2))).build()));
        assertEquals(3, stats.assessmentsCompleted());
        assertEquals(0, stats.assessmentsTimed());
        assertEquals(OptionalDouble.empty(), stats.shareOfAssessmentsWithin45WorkingDays());
    }

    /**
     * Table C4: "initial child protection conferences (ICPC) carried out within ... working days from the start
     * of section 47 enquiry ... This measure excludes cases where the recorded initial child protection conference
     * date is before section 47 date, however these will be included in overall number of ICPCs."
     */
    @Test
    void theFifteenWorkingDaysToTheInitialConferenceSkipChristmasAndNewYear() {
        // Section 47 start Wednesday 17 December 2025; 25 and 26 December and 1 January are bank holidays:
        // Monday 12 January 2026 is the 15th working day after it, Saturday 10 January follows the 14th
        LocalDate start = date(2025, 12, 17);
        CinDetails episode = CinDetails.builder().referralDate(date(2025, 12, 1))
                .addSection47s(enquiry(start, date(2026, 1, 12)), enquiry(start, date(2026, 1, 13)),
                        enquiry(start, date(2026, 1, 10)), enquiry(start, date(2025, 12, 16)),
                        enquiry(start, date(2026, 4, 1)), Section47.builder().actualStartDate(start).build())
                .build();
        CensusStatistics stats = ANALYSIS.analyse(child("C1", episode));
        assertEquals(4, stats.initialConferences(), "the conference after the reference date is not in the year");
        assertEquals(3, stats.initialConferencesTimed(), "a conference before its enquiry started is not timed");
        assertEquals(2, stats.initialConferencesWithin15WorkingDays());
    }

    private static Section47 enquiry(LocalDate start, LocalDate conference) {
        return Section47.builder().actualStartDate(start).dateOfInitialCpc(conference).icpcNotRequired(false).build();
    }

    /** "A re-referral occurs when a child is referred within 12 months of a previous referral." */
    @Test
    void aReferralTwelveMonthsToTheDayAfterThePreviousIsAReReferral() {
        CensusStatistics stats = ANALYSIS.analyse(Stream.of(
                child("R1", referredOn(date(2024, 5, 10)), referredOn(date(2025, 5, 10))),
                child("R2", referredOn(date(2024, 5, 9)), referredOn(date(2025, 5, 10))),
                child("R3", referredOn(date(2025, 6, 1)), referredOn(date(2025, 4, 1)), referredOn(date(2026, 4, 2)))));
        assertEquals(4, stats.referrals(), "10 May 2025 twice, 1 April and 1 June 2025");
        assertEquals(2, stats.reReferrals(), "R1's, twelve months to the day; R3's of 1 June after 1 April");
        assertEquals(OptionalDouble.of(0.5), stats.reReferralRate());
    }

    /**
     * Data set D7: "The duration of a child protection plan which ended during the year ending 31 March is
     * calculated as the time between the child protection plan start date and end date."
     */
    @Test
    void planDurationsFollowTheDfeBandsAndTwoYearsToTheDayIsTwoYearsOrMore() {
        CinDetails episode = CinDetails.builder().referralDate(date(2023, 5, 1))
                .addChildProtectionPlans(plan(date(2023, 6, 1), date(2025, 6, 1), 0),
                        plan(date(2023, 6, 2), date(2025, 6, 1), 0),
                        plan(date(2025, 4, 1), date(2025, 7, 1), 0),
                        plan(date(2025, 4, 1), date(2025, 7, 2), 0),
                        plan(date(2024, 3, 1), date(2025, 3, 31), 0))
                .build();
        CensusStatistics stats = ANALYSIS.analyse(child("P1", episode));
        assertEquals(4, stats.plansEnded());
        assertEquals(Map.of(PlanDuration.UP_TO_3_MONTHS, 1L, PlanDuration.OVER_3_UP_TO_6_MONTHS, 1L,
                PlanDuration.OVER_6_MONTHS_UNDER_1_YEAR, 0L, PlanDuration.FROM_1_YEAR_UNDER_2_YEARS, 1L,
                PlanDuration.TWO_YEARS_OR_MORE, 1L), stats.planDurations());
        assertEquals(1, stats.plansEndedAfterTwoYearsOrMore());
        assertEquals(OptionalDouble.of(0.25), stats.shareOfPlansEndedAfterTwoYearsOrMore());
    }

    private static ChildProtectionPlan plan(LocalDate start, LocalDate end, int previous) {
        return ChildProtectionPlan.builder().startDate(start).endDate(Optional.ofNullable(end))
                .numberOfPreviousCpp(previous).build();
    }

    /**
     * Table D3: "The percentage of children who became subject to a Child Protection Plan at any time during the
     * year, who had previously been the subject of a Child Protection Plan ... regardless of how long ago that was."
     */
    @Test
    void aChildStartingAPlanAfterAnEarlierOneIsASecondOrSubsequentPlanCountedOnce() {
        CensusStatistics stats = ANALYSIS.analyse(Stream.of(
                child("S1", CinDetails.builder().addChildProtectionPlans(plan(date(2025, 5, 1), null, 1)).build()),
                child("S2", CinDetails.builder().addChildProtectionPlans(plan(date(2025, 5, 1), null, 0)).build()),
                child("S3", CinDetails.builder().addChildProtectionPlans(plan(date(2024, 1, 10), date(2024, 12, 1), 0))
                        .build(), CinDetails.builder().addChildProtectionPlans(plan(date(2025, 9, 1), null, 0),
                                plan(date(2025, 10, 1), null, 1)).build()),
                child("S4", CinDetails.builder().addChildProtectionPlans(plan(date(2024, 6, 1), null, 2)).build())));
        assertEquals(3, stats.childrenStartingPlans(), "S4's plan started before the year");
        assertEquals(2, stats.childrenStartingPlansForASecondOrSubsequentTime(), "S1 by its count, S3 by its return");
    }

    @Test
    void factorsAreCountedOncePerAssessmentCompletedInTheYear() {
        CensusStatistics stats = ANALYSIS.analyse(child("F1", referredOn(date(2025, 4, 1),
                authorised(date(2025, 4, 1), date(2025, 5, 1), factor("3A"), factor("4B"), factor("3A")),
                authorised(date(2025, 4, 1), date(2025, 6, 1), factor("3A")),
                authorised(date(2025, 4, 1), date(2025, 5, 1)),
                authorised(date(2025, 1, 1), date(2025, 2, 1), factor("21")))));
        assertEquals(2, stats.assessmentsWithFactors());
        assertEquals(2, stats.factors().get(factor("3A")));
        assertEquals(1, stats.factors().get(factor("4B")));
        assertEquals(0, stats.factors().get(factor("21")));
        assertEquals(AssessmentFactor.values().length, stats.factors().size());
    }

    @Test
    void theTablePrintsEachMeasureWithItsShare() {
        String table = ANALYSIS.analyse(child("A1", referredOn(date(2025, 6, 2),
                authorised(date(2025, 6, 3), date(2025, 8, 4), factor("3A")),
                authorised(date(2025, 6, 3), date(2025, 8, 5))))).toTable();
        assertTrue(table.startsWith("Children in need census 2025-26: census period 2025-04-01 to 2026-03-31\n"), table);
        assertTrue(table.contains(String.format(Locale.UK, "%-58s %10s %6.1f%%%n", "  within 45 working days of the referral", "1",
                50.0)), table);
        assertTrue(table.contains(String.format(Locale.UK, "%-58s %10s %6.1f%%%n",
                "  3A Domestic violence: concerns about the child being t…", "1", 100.0)), table);
        assertTrue(table.contains(String.format(Locale.UK, "%-58s %10s %6.1f%%%n", "    41-45 working days", "1", 50.0)), table);
        assertTrue(table.contains(String.format(Locale.UK, "%-58s %10s       -%n", "  for a second or subsequent time", "0")), table);
        assertFalse(table.contains("A1"), "no identifier of a child");
    }

    @Test
    void theStatisticsOfPartsAddUpToThoseOfTheWholeSequentialOrParallel() {
        List<CensusChild> children = SyntheticCensus.of(99, CollectionYear.CIN_2025_26).children(600).toList();
        CensusStatistics whole = ANALYSIS.analyse(children.stream());
        CensusStatistics parts = ANALYSIS.analyse(children.subList(0, 250).stream())
                .plus(ANALYSIS.analyse(children.subList(250, 600).stream()));
        assertEquals(whole, parts);
        assertEquals(whole, ANALYSIS.analyse(children.parallelStream()));
        assertEquals(600, whole.children());
        assertEquals(whole.assessmentsTimed(), whole.assessmentDurations().values().stream().mapToLong(n -> n).sum());
        assertTrue(whole.assessmentsCompleted() > 0 && whole.initialConferences() > 0 && whole.plansEnded() > 0,
                whole.toString());
        assertThrows(IllegalArgumentException.class,
                () -> whole.plus(CensusAnalysis.of(CollectionYear.CIN_2024_25).analyse(Stream.empty())));
    }

    @Test
    void theDurationBandsAreTheDfesColumns() {
        assertEquals(AssessmentDuration.SAME_DAY, AssessmentDuration.of(0));
        assertEquals(AssessmentDuration.DAYS_1_TO_10, AssessmentDuration.of(10));
        assertEquals(AssessmentDuration.DAYS_41_TO_45, AssessmentDuration.of(45));
        assertEquals(AssessmentDuration.DAYS_46_TO_50, AssessmentDuration.of(46));
        assertEquals(AssessmentDuration.DAYS_61_OR_MORE, AssessmentDuration.of(61));
        assertThrows(IllegalArgumentException.class, () -> AssessmentDuration.of(-1));
        // 31 January + 6 months is 31 July: a plan ending on it lasted 6 months, one ending a day later more
        assertEquals(PlanDuration.OVER_3_UP_TO_6_MONTHS, PlanDuration.of(date(2025, 1, 31), date(2025, 7, 31)));
        assertEquals(PlanDuration.OVER_6_MONTHS_UNDER_1_YEAR, PlanDuration.of(date(2025, 1, 31), date(2025, 8, 1)));
        // 30 November + 3 months is 28 February (LocalDate.plusMonths)
        assertEquals(PlanDuration.UP_TO_3_MONTHS, PlanDuration.of(date(2024, 11, 30), date(2025, 2, 28)));
        assertEquals(PlanDuration.OVER_3_UP_TO_6_MONTHS, PlanDuration.of(date(2024, 11, 30), date(2025, 3, 1)));
    }
}
