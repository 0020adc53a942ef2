package dev.safeguarding.census.analysis;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Section47;
import dev.safeguarding.model.calendar.WorkingDays;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mutable state of one pass of a {@link CensusAnalysis}: counts, and nothing per child. Not thread-safe: a
 * parallel stream gives each thread its own and {@linkplain #combine combines} them.
 */
final class CensusCounts {

    private final CollectionYear year;
    private final WorkingDays calendar;

    final long[] counts = new long[CensusStatistics.Count.values().length];
    final long[] assessmentDurations = new long[CensusStatistics.AssessmentDuration.values().length];
    final long[] planDurations = new long[CensusStatistics.PlanDuration.values().length];
    final long[] factors = new long[AssessmentFactor.values().length];

    CensusCounts(CensusAnalysis analysis) {
        this.year = analysis.year();
        this.calendar = analysis.calendar();
    }

    void accept(CensusChild child) {
        count(CensusStatistics.Count.CHILDREN);
        List<LocalDate> referrals = new ArrayList<>();
        List<LocalDate> planStarts = new ArrayList<>();
        for (CinDetails episode : child.cinDetails()) {
            episode.referralDate().ifPresent(referrals::add);
            for (Assessment assessment : episode.assessments()) {
                assessment(episode, assessment);
            }
            for (Section47 enquiry : episode.section47s()) {
                conference(enquiry);
            }
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                plan.startDate().ifPresent(planStarts::add);
                planEnding(plan);
            }
        }
        reReferrals(referrals);
        secondOrSubsequentPlans(child, planStarts);
    }

    private void assessment(CinDetails episode, Assessment assessment) {
        Optional<LocalDate> authorised = assessment.authorisationDate();
        if (authorised.isEmpty() || !year.contains(authorised.get())) {
            return;
        }
        count(CensusStatistics.Count.ASSESSMENTS_COMPLETED);
        Set<AssessmentFactor> distinct = EnumSet.noneOf(AssessmentFactor.class);
        distinct.addAll(assessment.factors());
        if (!distinct.isEmpty()) {
            count(CensusStatistics.Count.ASSESSMENTS_WITH_FACTORS);
            distinct.forEach(factor -> factors[factor.ordinal()]++);
        }
        int days = workingDays(episode.referralDate(), authorised.get());
        if (days < 0) {
            return;
        }
        count(CensusStatistics.Count.ASSESSMENTS_TIMED);
        if (days <= 45) {
            count(CensusStatistics.Count.ASSESSMENTS_WITHIN_45_WORKING_DAYS);
        }
        assessmentDurations[CensusStatistics.AssessmentDuration.of(days).ordinal()]++;
    }

    private void conference(Section47 enquiry) {
        Optional<LocalDate> held = enquiry.dateOfInitialCpc();
        if (held.isEmpty() || !year.contains(held.get())) {
            return;
        }
        count(CensusStatistics.Count.CONFERENCES);
        int days = workingDays(enquiry.actualStartDate(), held.get());
        if (days < 0) {
            return;
        }
        count(CensusStatistics.Count.CONFERENCES_TIMED);
        if (days <= 15) {
            count(CensusStatistics.Count.CONFERENCES_WITHIN_15_WORKING_DAYS);
        }
    }

    private void planEnding(ChildProtectionPlan plan) {
        Optional<LocalDate> end = plan.endDate();
        if (end.isEmpty() || !year.contains(end.get())) {
            return;
        }
        count(CensusStatistics.Count.PLANS_ENDED);
        Optional<LocalDate> start = plan.startDate();
        if (start.isEmpty() || end.get().isBefore(start.get())) {
            return;
        }
        planDurations[CensusStatistics.PlanDuration.of(start.get(), end.get()).ordinal()]++;
    }

    private void reReferrals(List<LocalDate> referrals) {
        Collections.sort(referrals);
        for (int i = 0; i < referrals.size(); i++) {
            LocalDate referral = referrals.get(i);
            if (!year.contains(referral)) {
                continue;
            }
            count(CensusStatistics.Count.REFERRALS);
            if (i > 0 && !referral.isAfter(referrals.get(i - 1).plusMonths(12))) {
                count(CensusStatistics.Count.RE_REFERRALS);
            }
        }
    }

    private void secondOrSubsequentPlans(CensusChild child, List<LocalDate> planStarts) {
        boolean started = false;
        boolean subsequent = false;
        for (CinDetails episode : child.cinDetails()) {
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                LocalDate start = plan.startDate().orElse(null);
                if (start == null || !year.contains(start)) {
                    continue;
                }
                started = true;
                boolean earlierInReturn = planStarts.stream().anyMatch(other -> other.isBefore(start));
                subsequent |= earlierInReturn || plan.numberOfPreviousCpp().orElse(0) > 0;
            }
        }
        if (started) {
            count(CensusStatistics.Count.CHILDREN_STARTING_PLANS);
            if (subsequent) {
                count(CensusStatistics.Count.CHILDREN_STARTING_SUBSEQUENT_PLANS);
            }
        }
    }

    /** Working days from {@code from} (exclusive) to {@code to}; -1 when there is no start, it is later, or uncovered. */
    private int workingDays(Optional<LocalDate> from, LocalDate to) {
        if (from.isEmpty() || to.isBefore(from.get())) {
            return -1;
        }
        try {
            return calendar.workingDaysBetween(from.get(), to);
        } catch (DateTimeException uncovered) {
            return -1;
        }
    }

    private void count(CensusStatistics.Count count) {
        counts[count.ordinal()]++;
    }

    CensusCounts combine(CensusCounts other) {
        add(counts, other.counts);
        add(assessmentDurations, other.assessmentDurations);
        add(planDurations, other.planDurations);
        add(factors, other.factors);
        return this;
    }

    CensusStatistics toStatistics() {
        return new CensusStatistics(year, counts, assessmentDurations, planDurations, factors);
    }

    static void add(long[] into, long[] more) {
        for (int i = 0; i < into.length; i++) {
            into[i] += more[i];
        }
    }
}
