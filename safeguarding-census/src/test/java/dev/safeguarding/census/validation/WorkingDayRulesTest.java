package dev.safeguarding.census.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Section47;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The working-day rules 8670Q, 8675Q and 8569Q give the reference validator's answers, quirks included
 * ({@code docs/national-data-standards.md}, "How it counts", computed by running the validator's
 * helper; "Known defects of the reference validator"), on the England and
 * Wales calendar; and the weekend rules 8870Q and 8875 look at Saturdays and Sundays only.
 */
class WorkingDayRulesTest {

    private static final WorkingCalendar ENGLAND_AND_WALES = UkCalendars.englandAndWales();

    // ---- 8670Q: "AssessmentActualStartDate should not be before the ReferenceDate minus 45 working days"

    /** The rule's own fixture (S1 rule_8670Q.py): reference date 31/03/2023. */
    @Test
    void theRulesOwnExampleFlagsOctoberAndTheTwentyNinthOfJanuaryButNotMidMarch() {
        assertEquals(List.of(), openAssessment(CollectionYear.CIN_2022_23, "2023-03-15", "8670Q"));
        assertEquals(1, openAssessment(CollectionYear.CIN_2022_23, "2023-01-29", "8670Q").size());
        assertEquals(1, openAssessment(CollectionYear.CIN_2022_23, "2022-10-15", "8670Q").size());
    }

    @Test
    void anAuthorisedAssessmentIsNeverQueried() {
        CensusChild child = child(CinDetails.builder().referralDate(LocalDate.parse("2022-10-01")).referralNfa(false)
                .addAssessment(Assessment.builder().actualStartDate(LocalDate.parse("2022-10-15"))
                        .authorisationDate(LocalDate.parse("2022-11-15")).build()).build());
        assertEquals(List.of(), codes(validator(CollectionYear.CIN_2022_23).validate(child), "8670Q"));
    }

    /** §2: with a working reference date, 30 January 2023 is day 1 of 45 inclusive; the day before is flagged. */
    @Test
    void aStartOnTheInclusiveFortyFifthWorkingDayBeforeTheReferenceDatePasses() {
        assertEquals(List.of(), openAssessment(CollectionYear.CIN_2022_23, "2023-01-30", "8670Q"));
        assertEquals(1, openAssessment(CollectionYear.CIN_2022_23, "2023-01-27", "8670Q").size());
        assertEquals(List.of(), openAssessment(CollectionYear.CIN_2025_26, "2026-01-28", "8670Q"));
        assertEquals(1, openAssessment(CollectionYear.CIN_2025_26, "2026-01-27", "8670Q").size());
        assertEquals(List.of(), openAssessment(CollectionYear.CIN_2024_25, "2025-01-28", "8670Q"));
        assertEquals(1, openAssessment(CollectionYear.CIN_2024_25, "2025-01-27", "8670Q").size());
    }

    /**
     * §2: "A start date on a weekend is compared as a raw date, so Saturday 28 Jan 2023 is flagged (it is before
     * Monday 30 Jan) while the library's INCLUSIVE rule treats a Saturday trigger like the Monday (day 45 = 31
     * Mar, due, not overdue)."
     */
    @Test
    void aWeekendStartJustBeforeTheBoundaryIsFlaggedThoughInclusiveCountingWouldNotBe() {
        assertEquals(1, openAssessment(CollectionYear.CIN_2022_23, "2023-01-28", "8670Q").size());
        assertEquals(1, openAssessment(CollectionYear.CIN_2022_23, "2023-01-29", "8670Q").size());
        LocalDate saturday = LocalDate.parse("2023-01-28");
        assertEquals(LocalDate.parse("2023-03-31"), inclusiveDay(saturday, 45));
    }

    /**
     * §2 and §8: 31 March 2024 was a Sunday (Good Friday 29 March, Easter Monday 1 April): "flagged through
     * 2024-01-28, first clear 2024-01-29", with only 44 working days from 29 January to 31 March inclusive.
     */
    @Test
    void aNonWorkingReferenceDateShortensTheWindowByOneWorkingDayAroundEaster() {
        assertEquals(List.of(), openAssessment(CollectionYear.CIN_2023_24, "2024-01-29", "8670Q"));
        assertEquals(1, openAssessment(CollectionYear.CIN_2023_24, "2024-01-28", "8670Q").size());
        assertEquals(1, openAssessment(CollectionYear.CIN_2023_24, "2024-01-26", "8670Q").size());
        assertEquals(44, ENGLAND_AND_WALES.workingDaysBetween(LocalDate.parse("2024-01-28"), LocalDate.parse("2024-03-31")));
        // INCLUSIVE: a start on Friday 26 January has its 45th working day on 28 March, before the reference date
        assertEquals(LocalDate.parse("2024-03-28"), inclusiveDay(LocalDate.parse("2024-01-26"), 45));
    }

    /**
     * §2: "In the library's terms, 8670Q flags exactly when a 45-working-day deadline counted with
     * CountingConvention.INCLUSIVE fell before the reference date" — for a start on a working day.
     */
    @Test
    void forAWorkingStartDateTheQueryIsInclusiveCountingOverdueAtTheReferenceDate() {
        for (CollectionYear year : CollectionYear.values()) {
            for (LocalDate start = year.referenceDate().minusDays(120); start.isBefore(year.referenceDate());
                    start = start.plusDays(1)) {
                boolean flagged = !openAssessment(year, start.toString(), "8670Q").isEmpty();
                boolean sundayReference = !ENGLAND_AND_WALES.isWorkingDay(year.referenceDate());
                if (ENGLAND_AND_WALES.isWorkingDay(start) && !sundayReference) {
                    assertEquals(inclusiveDay(start, 45).isBefore(year.referenceDate()), flagged, start.toString());
                }
            }
        }
    }

    // ---- 8675Q: "S47ActualStartDate should not be before the ReferenceDate minus 15 working days"

    /** §8: "2026-03-31: ... 8675Q flags 2026-03-10, not 2026-03-11"; §2: 2024-03-31 boundary 2024-03-11. */
    @Test
    void anEnquiryWithoutAConferenceIsQueriedFromTheSixteenthWorkingDayBeforeTheReferenceDate() {
        assertEquals(List.of(), openEnquiry(CollectionYear.CIN_2025_26, "2026-03-11", false));
        assertEquals(1, openEnquiry(CollectionYear.CIN_2025_26, "2026-03-10", false).size());
        assertEquals(1, openEnquiry(CollectionYear.CIN_2025_26, "2026-03-08", false).size()); // a Sunday, raw
        assertEquals(List.of(), openEnquiry(CollectionYear.CIN_2023_24, "2024-03-11", false));
        assertEquals(1, openEnquiry(CollectionYear.CIN_2023_24, "2024-03-08", false).size());
        assertEquals(LocalDate.parse("2026-03-31"), inclusiveDay(LocalDate.parse("2026-03-11"), 15));
    }

    @Test
    void anEnquiryMarkedConferenceNotRequiredIsNotQueried() {
        assertEquals(List.of(), openEnquiry(CollectionYear.CIN_2025_26, "2026-01-10", true));
    }

    // ---- 8569Q: "If CINreferralDate is before [Start_of_Census_Year] minus 1 working day, ReferralNFA must be false"

    /**
     * §2: "england_working_days(1) is CustomBusinessDay(n=0), which does not move a working day and rolls a
     * non-working day forward: for census start 1 April 2024 (Easter Monday) 8569Q compares against 2024-04-02,
     * for 1 April 2023 (Saturday) against 2023-04-03, for 1 April 2025 against 2025-04-01".
     */
    @Test
    void minusOneWorkingDayIsInEffectNoOffsetOrLater() {
        assertEquals(1, nfaReferral(CollectionYear.CIN_2024_25, "2024-04-01", true).size());
        assertEquals(List.of(), nfaReferral(CollectionYear.CIN_2024_25, "2024-04-02", true));
        assertEquals(1, nfaReferral(CollectionYear.CIN_2023_24, "2023-04-01", true).size());
        assertEquals(1, nfaReferral(CollectionYear.CIN_2023_24, "2023-03-31", true).size());
        assertEquals(List.of(), nfaReferral(CollectionYear.CIN_2023_24, "2023-04-03", true));
        assertEquals(1, nfaReferral(CollectionYear.CIN_2025_26, "2025-03-31", true).size());
        assertEquals(List.of(), nfaReferral(CollectionYear.CIN_2025_26, "2025-04-01", true));
    }

    @Test
    void anEarlyReferralThatLedToFurtherActionIsNotQueried() {
        assertEquals(List.of(), nfaReferral(CollectionYear.CIN_2025_26, "2025-01-10", false));
    }

    /**
     * Christmas (bank holidays 25 and 26 December and 1 January): the values the validator's own helper gives,
     * {@code pd.Timestamp(date) - england_working_days(n)}, run with pandas 2.2.3 and numpy 1.26.4 (the
     * versions of the tools' setup script). The same comparison over every day from 1 June 2022 to 20 December
     * 2027 for n = 1, 15 and 45 found no difference.
     */
    @Test
    void theValidatorsSubtractionRollsAChristmasDayForwardBeforeCountingBack() {
        assertEquals(LocalDate.parse("2025-12-31"),
                WorkingDayRule.minusWorkingDays(ENGLAND_AND_WALES, LocalDate.parse("2026-01-05"), 3));
        assertEquals(LocalDate.parse("2025-12-29"),
                WorkingDayRule.minusWorkingDays(ENGLAND_AND_WALES, LocalDate.parse("2025-12-25"), 1));
        assertEquals(LocalDate.parse("2025-12-24"),
                WorkingDayRule.minusWorkingDays(ENGLAND_AND_WALES, LocalDate.parse("2025-12-26"), 2));
        assertEquals(LocalDate.parse("2025-12-18"),
                WorkingDayRule.minusWorkingDays(ENGLAND_AND_WALES, LocalDate.parse("2025-12-25"), 6));
        assertEquals(LocalDate.parse("2024-12-19"),
                WorkingDayRule.minusWorkingDays(ENGLAND_AND_WALES, LocalDate.parse("2024-12-27"), 5));
        assertEquals(LocalDate.parse("2026-12-17"),
                WorkingDayRule.minusWorkingDays(ENGLAND_AND_WALES, LocalDate.parse("2027-01-01"), 10));
    }

    // ---- 8870Q and 8875: weekends only

    @Test
    void aConferenceOrItsTargetOnASaturdayOrSundayIsReportedButNotOnABankHoliday() {
        assertEquals(List.of("8875"), conference(CollectionYear.CIN_2025_26, "2025-12-27", "2025-12-29"));
        assertEquals(List.of("8870Q"), conference(CollectionYear.CIN_2025_26, "2025-12-29", "2025-12-28"));
        assertEquals(List.of(), conference(CollectionYear.CIN_2025_26, "2025-12-25", "2025-12-26"));
        assertEquals(List.of(), conference(CollectionYear.CIN_2025_26, "2025-04-18",
                "2025-04-21")); // Good Friday and Easter Monday 2025
    }

    @Test
    void theWorkingDayRulesAreQueries() {
        for (String code : List.of("8670Q", "8675Q", "8569Q", "8870Q")) {
            assertEquals(Severity.QUERY, CensusRule.fromCode(code).orElseThrow().severity());
        }
        assertEquals(Severity.ERROR, CensusRule.R8875.severity());
        assertTrue(CensusRule.R8670Q.message(CollectionYear.CIN_2025_26).contains("45 working days"));
    }

    // ---- helpers

    /** INCLUSIVE counting: the trigger day is day 1 when it is a working day, otherwise the next one is. */
    private static LocalDate inclusiveDay(LocalDate trigger, int n) {
        return ENGLAND_AND_WALES.isWorkingDay(trigger) ? ENGLAND_AND_WALES.plusWorkingDays(trigger, n - 1)
                : ENGLAND_AND_WALES.plusWorkingDays(trigger, n);
    }

    static CensusValidator validator(CollectionYear year) {
        return CensusValidator.forYear(year, ENGLAND_AND_WALES);
    }

    static CensusChild child(CinDetails episode) {
        return CensusChild.builder().addCinDetail(episode).build();
    }

    static List<Finding> codes(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    private static List<Finding> openAssessment(CollectionYear year, String start, String code) {
        LocalDate date = LocalDate.parse(start);
        CensusChild child = child(CinDetails.builder().referralDate(date).referralNfa(false)
                .addAssessment(Assessment.builder().actualStartDate(date).build()).build());
        return codes(validator(year).validate(child), code);
    }

    private static List<Finding> openEnquiry(CollectionYear year, String start, boolean notRequired) {
        LocalDate date = LocalDate.parse(start);
        CensusChild child = child(CinDetails.builder().referralDate(date).referralNfa(false)
                .addSection47(Section47.builder().actualStartDate(date).icpcNotRequired(notRequired).build()).build());
        return codes(validator(year).validate(child), "8675Q");
    }

    private static List<Finding> nfaReferral(CollectionYear year, String referral, boolean nfa) {
        CensusChild child = child(CinDetails.builder().referralDate(LocalDate.parse(referral)).referralNfa(nfa).build());
        return codes(validator(year).validate(child), "8569Q");
    }

    private static List<String> conference(CollectionYear year, String conference, String target) {
        LocalDate date = LocalDate.parse(conference);
        CensusChild child = child(CinDetails.builder().referralDate(date.minusDays(20)).referralNfa(false)
                .addSection47(Section47.builder().actualStartDate(date.minusDays(10)).dateOfInitialCpc(date)
                        .initialCpcTarget(LocalDate.parse(target)).icpcNotRequired(false).build()).build());
        return validator(year).validate(child).stream().map(Finding::code)
                .filter(code -> code.equals("8875") || code.equals("8870Q")).toList();
    }
}
