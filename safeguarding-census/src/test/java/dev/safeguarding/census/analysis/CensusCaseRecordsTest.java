package dev.safeguarding.census.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.ReasonForClosure;
import dev.safeguarding.census.Section47;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReader;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.analytics.CaseloadStatistics;
import dev.safeguarding.rules.analytics.TimelinessStatistics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Census children as case records (issue 15, part 4: "a census child becomes a {@code CaseRecord} (its
 * referral, assessment start and authorisation, Section 47 start, initial child protection conference, CIN
 * and CP plans with their reviews, closure, as chronology entries and need decisions), so
 * {@code CaseloadAnalysis} runs on a census file").
 */
class CensusCaseRecordsTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /**
     * Two episodes: a referral assessed and closed with no further action (RC8), then, exactly twelve months
     * after the first, a referral leading to a CIN plan, a Section 47 enquiry, an initial conference (given on
     * the enquiry and on the episode) and a child protection plan reviewed twice.
     */
    static CensusChild twoEpisodes() {
        CinDetails first = CinDetails.builder().referralDate(date(2024, 5, 10))
                .addAssessments(Assessment.builder().actualStartDate(date(2024, 5, 13))
                        .authorisationDate(date(2024, 6, 20)).build())
                .closureDate(date(2024, 9, 1)).reasonForClosure(ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION)
                .referralNfa(false).build();
        CinDetails second = CinDetails.builder().referralDate(date(2025, 5, 10))
                .dateOfInitialCpc(date(2025, 6, 20))
                .addAssessments(Assessment.builder().actualStartDate(date(2025, 5, 12))
                        .authorisationDate(date(2025, 6, 30)).addFactors(AssessmentFactor.values()[0]).build())
                .addCinPlans(CinPlan.of(date(2025, 5, 20), Optional.of(date(2025, 6, 20))))
                .addSection47s(Section47.builder().actualStartDate(date(2025, 6, 2))
                        .dateOfInitialCpc(date(2025, 6, 20)).icpcNotRequired(false).build())
                .addChildProtectionPlans(ChildProtectionPlan.builder().startDate(date(2025, 6, 20))
                        .numberOfPreviousCpp(0).addReviewDates(date(2025, 9, 15), date(2026, 3, 10)).build())
                .referralNfa(false).build();
        return CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("C1")
                .personBirthDate(date(2015, 3, 1)).build()).addCinDetails(first, second).build();
    }

    private static String describe(ChronologyEntry entry) {
        return entry.date() + " " + entry.id() + " " + entry.kind()
                + entry.timescaleEvent().map(e -> " " + e.id()).orElse("") + entry.category().map(c -> " #" + c).orElse("");
    }

    @Test
    void aChildsCensusDatesBecomeExactlyTheseChronologyEntries() {
        CaseRecord record = CensusCaseRecords.standard().toCaseRecord(twoEpisodes()).orElseThrow();
        assertEquals(List.of(
                "2024-05-10 CINdetails[1]/CINreferralDate REFERRAL referral-received",
                "2024-05-13 CINdetails[1]/Assessments[1]/AssessmentActualStartDate ASSESSMENT",
                "2024-06-20 CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate ASSESSMENT assessment-concluded",
                "2024-09-01 CINdetails[1]/CINclosureDate OTHER #cin-closure.rc8",
                "2025-05-10 CINdetails[2]/CINreferralDate REFERRAL referral-received",
                "2025-05-12 CINdetails[2]/Assessments[1]/AssessmentActualStartDate ASSESSMENT",
                "2025-05-20 CINdetails[2]/CINPlanDates[1]/CINPlanStartDate PLAN_START #cin-plan",
                "2025-06-02 CINdetails[2]/Section47[1]/S47ActualStartDate MEETING strategy-discussion",
                "2025-06-20 CINdetails[2]/CINPlanDates[1]/CINPlanEndDate PLAN_END #cin-plan",
                "2025-06-20 CINdetails[2]/ChildProtectionPlans[1]/CPPstartDate PLAN_START #child-protection-plan",
                "2025-06-20 CINdetails[2]/Section47[1]/DateOfInitialCPC MEETING initial-child-protection-conference",
                "2025-06-30 CINdetails[2]/Assessments[1]/AssessmentAuthorisationDate ASSESSMENT assessment-concluded",
                "2025-09-15 CINdetails[2]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[1] PLAN_REVIEW"
                        + " review-child-protection-conference #child-protection-plan",
                "2026-03-10 CINdetails[2]/ChildProtectionPlans[1]/Reviews/CPPreviewDate[2] PLAN_REVIEW"
                        + " review-child-protection-conference #child-protection-plan"),
                record.chronology().entries().stream().map(CensusCaseRecordsTest::describe).toList());
        assertEquals("C1", record.id());
        assertEquals("C1", record.child().id());
        assertEquals(Optional.of(date(2015, 3, 1)), record.child().dateOfBirth());
        assertTrue(record.chronology().entries().stream().allMatch(e -> e.source().id().equals("childrens-social-care")
                && e.summary().isEmpty() && e.significance().isEmpty()));
        assertFalse(record.toString().contains("2015"), "the date of birth is personal data: " + record);
    }

    @Test
    void theCensusImpliesTheseNeedDecisions() {
        CaseRecord record = CensusCaseRecords.standard().toCaseRecord(twoEpisodes()).orElseThrow();
        assertEquals(List.of(
                NeedDecision.of(date(2024, 5, 13), LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL),
                NeedDecision.of(date(2024, 9, 1), LevelOfNeed.UNIVERSAL, Pathway.UNIVERSAL_SERVICES),
                NeedDecision.of(date(2025, 5, 12), LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL),
                NeedDecision.of(date(2025, 5, 20), LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL),
                NeedDecision.of(date(2025, 6, 2), LevelOfNeed.ACUTE, Pathway.SECTION_47_ENQUIRY)),
                record.needDecisions());
    }

    @Test
    void anEpisodesOwnConferenceOnAnotherDayIsAConferenceOfItsOwn() {
        CinDetails episode = CinDetails.builder().referralDate(date(2025, 4, 7)).dateOfInitialCpc(date(2025, 5, 1))
                .addSection47s(Section47.builder().actualStartDate(date(2025, 4, 10))
                        .dateOfInitialCpc(date(2025, 4, 30)).build())
                .build();
        CensusChild child = CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("C2")
                .expectedPersonBirthDate(date(2025, 8, 1)).build()).addCinDetails(episode).build();
        CaseRecord record = CensusCaseRecords.standard().toCaseRecord(child).orElseThrow();
        assertEquals(List.of("CINdetails[1]/Section47[1]/DateOfInitialCPC", "CINdetails[1]/DateOfInitialCPC"),
                record.chronology().entries().stream()
                        .filter(e -> e.timescaleEvent().filter(t -> t.id().equals("initial-child-protection-conference"))
                                .isPresent())
                        .map(ChronologyEntry::id).toList());
        assertTrue(record.child().isUnborn(), "an unborn child is expected on its ExpectedPersonBirthDate");
    }

    @Test
    void aClosureReferredToEarlyHelpIsAStepDownToEarlyHelp() {
        CinDetails episode = CinDetails.builder().referralDate(date(2025, 4, 7))
                .addAssessments(Assessment.builder().actualStartDate(date(2025, 4, 8)).authorisationDate(date(2025, 5, 1))
                        .build())
                .closureDate(date(2025, 5, 2)).reasonForClosure(ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP)
                .build();
        CensusChild child = CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("C3")
                .personBirthDate(date(2019, 1, 1)).build()).addCinDetails(episode).build();
        CaseRecord record = CensusCaseRecords.standard().toCaseRecord(child).orElseThrow();
        assertEquals(List.of(NeedDecision.of(date(2025, 4, 8), LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL),
                NeedDecision.of(date(2025, 5, 2), LevelOfNeed.ADDITIONAL, Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN)),
                record.needDecisions());
        CaseloadStatistics stats = CensusCaseRecords.caseloadAnalysis(CollectionYear.CIN_2025_26).analyse(record);
        assertEquals(1, stats.stepDowns());
    }

    @Test
    void aChildWithoutAnIdentifierOrABirthDateIsNoCaseRecord() {
        CensusChild noDates = CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("C4").build())
                .build();
        CensusChild noIdentifier = CensusChild.builder().identifiers(ChildIdentifiers.builder()
                .personBirthDate(date(2019, 1, 1)).build()).build();
        CensusChild noIdentifiers = CensusChild.builder().build();
        CensusCaseRecords mapping = CensusCaseRecords.standard();
        assertFalse(mapping.toCaseRecord(noDates).isPresent());
        assertFalse(mapping.toCaseRecord(noIdentifier).isPresent());
        assertFalse(mapping.toCaseRecord(noIdentifiers).isPresent());
        assertEquals(List.of("C1"), mapping.caseRecords(Stream.of(noDates, twoEpisodes(), noIdentifiers))
                .map(CaseRecord::id).toList());
    }

    @Test
    void theCaseloadAnalysisRunsOnTheCaseRecordAsOfTheReferenceDate() {
        CaseRecord record = CensusCaseRecords.standard().toCaseRecord(twoEpisodes()).orElseThrow();
        CaseloadAnalysis analysis = CensusCaseRecords.caseloadAnalysis(CollectionYear.CIN_2025_26);
        assertEquals(date(2026, 3, 31), analysis.asOf());
        CaseloadStatistics stats = analysis.analyse(record);
        assertEquals(2, stats.referrals());
        assertEquals(1, stats.reReferrals(), "10 May 2025 is within twelve months of 10 May 2024, the day included");
        assertEquals(2, stats.stepUps(), "universal to complex, complex to acute");
        assertEquals(1, stats.stepDowns(), "complex to universal at the RC8 closure");
        // referral Fri 10 May 2024 -> authorised 20 June 2024: 28 working days (27 May a bank holiday);
        // referral Sat 10 May 2025 -> authorised 30 June 2025: 35 working days (26 May a bank holiday)
        TimelinessStatistics assessment = stats.timeliness("wt2023.assessment");
        assertEquals(2, assessment.metOnTime());
        assertEquals(0, assessment.metLate() + assessment.unmetPastDue() + assessment.unmetNotYetDue());
        // Section 47 start Mon 2 June 2025 -> conference Fri 20 June 2025: 14 working days
        assertEquals(1, stats.timeliness("wt2023.initial-child-protection-conference").metOnTime());
        // conference 20 June 2025 -> first review 15 September 2025, within 3 months (due 20 September)
        assertEquals(1, stats.timeliness("wt2023.first-review-conference").metOnTime());
        // 15 September 2025 -> 10 March 2026 within 6 months; the next review is not yet due on 31 March 2026
        TimelinessStatistics subsequent = stats.timeliness("wt2023.subsequent-review-conference");
        assertEquals(1, subsequent.metOnTime());
        assertEquals(1, subsequent.unmetNotYetDue());
        assertEquals(List.of("wt2023.assessment", "wt2023.initial-child-protection-conference",
                "wt2023.first-review-conference", "wt2023.subsequent-review-conference"),
                List.copyOf(stats.timeliness().keySet()));
    }

    @Test
    void aSyntheticCensusFileMapsAndAnalysesInOnePass() {
        SyntheticCensus census = SyntheticCensus.of(20251, CollectionYear.CIN_2025_26);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        census.write(400, xml);
        List<CensusChild> children = census.children(400).toList();
        long referrals = children.stream().flatMap(c -> c.cinDetails().stream())
                .filter(e -> e.referralDate().isPresent()).count();
        long authorised = children.stream().flatMap(c -> c.cinDetails().stream())
                .flatMap(e -> e.assessments().stream()).filter(Assessment::isComplete).count();

        CaseloadStatistics stats;
        try (CensusFile file = CensusReader.tolerant().open(new ByteArrayInputStream(xml.toByteArray()))) {
            stats = CensusCaseRecords.caseloadAnalysis(CollectionYear.CIN_2025_26)
                    .analyse(CensusCaseRecords.standard().caseRecords(file.children()));
            assertEquals(List.of(), file.findings());
        }
        assertEquals(400, stats.cases(), "every synthetic child has an identifier and a birth or expected date");
        assertEquals(referrals, stats.referrals());
        assertEquals(authorised, stats.timeliness("wt2023.assessment").met()
                + countAssessmentsNotPairedWithAReferral(children));
        CaseloadStatistics parallel = CensusCaseRecords.caseloadAnalysis(CollectionYear.CIN_2025_26)
                .analyse(CensusCaseRecords.standard().caseRecords(children.parallelStream()));
        assertEquals(stats, parallel);
    }

    /**
     * Authorised assessments that meet no referral's deadline: a referral's deadline is met by the first
     * conclusion on or after it (one per referral), so a second assessment of an episode meets none.
     */
    private static long countAssessmentsNotPairedWithAReferral(List<CensusChild> children) {
        return children.stream().flatMap(c -> c.cinDetails().stream())
                .mapToLong(e -> Math.max(0, e.assessments().stream().filter(Assessment::isComplete).count() - 1)).sum();
    }
}
