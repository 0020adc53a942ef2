package dev.safeguarding.census.validation;

import static dev.safeguarding.census.validation.ChildScope.at;

import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.Section47;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules on child protection plans and their reviews, and on CIN plans (S1 modules ChildProtectionPlans, Reviews, CINplanDates). */
final class PlanRules {

    private static final String PLANS = "ChildProtectionPlans";

    private PlanRules() {
    }

    static void check(ChildScope s) {
        List<CinDetails> episodes = s.episodes();
        long openPlans = episodes.stream().flatMap(e -> e.childProtectionPlans().stream())
                .filter(p -> p.endDate().isEmpty()).count();
        for (int e = 0; e < episodes.size(); e++) {
            CinDetails episode = episodes.get(e);
            List<ChildProtectionPlan> plans = episode.childProtectionPlans();
            for (int p = 0; p < plans.size(); p++) {
                ChildProtectionPlan plan = plans.get(p);
                String here = at(PLANS, p);
                Optional<LocalDate> start = plan.startDate();
                Optional<LocalDate> end = plan.endDate();
                if (start.isPresent() && end.isPresent() && start.get().equals(end.get())) {
                    s.report(CensusRule.R8840, s.episodePath(e, here, "CPPendDate"));
                }
                if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                    s.report(CensusRule.R8925, s.episodePath(e, here, "CPPendDate"));
                }
                if (end.isPresent() && !s.inPeriod(end.get())) {
                    s.report(CensusRule.R8930, s.episodePath(e, here, "CPPendDate"));
                }
                if (start.isEmpty() || start.get().isAfter(s.end)) {
                    s.report(CensusRule.R8720, s.episodePath(e, here, "CPPstartDate"));
                }
                if (start.isPresent() && episode.referralDate().isPresent()
                        && start.get().isBefore(episode.referralDate().get())) {
                    s.report(CensusRule.R1105, s.episodePath(e, here, "CPPstartDate"));
                }
                if (plan.numberOfPreviousCpp().isEmpty()) {
                    s.report(CensusRule.R8730, s.episodePath(e, here, "NumberOfPreviousCPP"));
                }
                if (plan.initialCategoryOfAbuse().isEmpty() || !plan.initialCategoryOfAbuse().get().isValidIn(s.year)) {
                    s.report(CensusRule.R8905, s.episodePath(e, here, "InitialCategoryOfAbuse"));
                }
                if (plan.latestCategoryOfAbuse().isEmpty() || !plan.latestCategoryOfAbuse().get().isValidIn(s.year)) {
                    s.report(CensusRule.R8910, s.episodePath(e, here, "LatestCategoryOfAbuse"));
                }
                Optional<LocalDate> death = s.deathDate();
                if (death.isPresent() && start.isPresent() && start.get().isAfter(death.get())) {
                    s.report(CensusRule.R8915, s.episodePath(e, here, "CPPstartDate"));
                }
                if (death.isPresent() && end.isPresent() && end.get().isAfter(death.get())) {
                    s.report(CensusRule.R8920, s.episodePath(e, here, "CPPendDate"));
                }
                if (end.isEmpty() && openPlans > 1) {
                    s.report(CensusRule.R8935, s.episodePath(e, here, "CPPendDate"));
                }
                if (plan.reviewsWithoutDate()) {
                    s.report(CensusRule.R8842Q, s.episodePath(e, here, "Reviews"));
                }
                for (int r = 0; r < plan.reviewDates().size(); r++) {
                    if (start.isPresent() && !plan.reviewDates().get(r).isAfter(start.get())) {
                        s.report(CensusRule.R8841, s.episodePath(e, here, "Reviews", at("CPPreviewDate", r)));
                    }
                }
                if (start.isPresent() && s.inPeriod(start.get()) && !startsOnAConference(episode, start.get())) {
                    s.report(CensusRule.R2885, s.episodePath(e, here, "CPPstartDate"));
                }
            }
            cinPlans(s, e, episode);
        }
        overlaps(s);
        reviewsDuringCinPlans(s);
    }

    /**
     * Rules 8940, 4014, 4016 and 4017 across all the child's plans (the reference joins on the child): a plan
     * that starts on or after another's start and on or before its end (before its end, for 4016 and 4017), or
     * by the reference date while the other is open (S1 {@code rule_8940.py}, {@code rule_4014.py},
     * {@code rule_4016.py}, {@code rule_4017.py}). Reported at the later plan's start, once per other plan.
     */
    private static void overlaps(ChildScope s) {
        List<Span> protection = new ArrayList<>();
        List<Span> cin = new ArrayList<>();
        List<CinDetails> episodes = s.episodes();
        for (int e = 0; e < episodes.size(); e++) {
            List<ChildProtectionPlan> plans = episodes.get(e).childProtectionPlans();
            for (int p = 0; p < plans.size(); p++) {
                Optional<LocalDate> start = plans.get(p).startDate();
                if (start.isPresent()) {
                    protection.add(new Span(start.get(), plans.get(p).endDate(),
                            s.episodePath(e, at(PLANS, p), "CPPstartDate")));
                }
            }
            List<CinPlan> cinPlans = episodes.get(e).cinPlans();
            for (int p = 0; p < cinPlans.size(); p++) {
                Optional<LocalDate> start = cinPlans.get(p).startDate();
                if (start.isPresent()) {
                    cin.add(new Span(start.get(), cinPlans.get(p).endDate(),
                            s.episodePath(e, at("CINPlanDates", p), "CINPlanStartDate")));
                }
            }
        }
        Span.report(s, protection, protection, Span.Overlap.END_INCLUDED, false, CensusRule.R8940);
        Span.report(s, cin, cin, Span.Overlap.END_INCLUDED, false, CensusRule.R4014);
        Span.report(s, cin, protection, Span.Overlap.END_EXCLUDED, false, CensusRule.R4016);
        Span.report(s, protection, cin, Span.Overlap.END_EXCLUDED, false, CensusRule.R4017);
    }

    /**
     * Rule 4003: "no {@code <CPPReviewDate>} can fall between any {@code <CINPlanStartdate>} or
     * {@code <CINPlanEndDate>} unless {@code <CPPReviewDate>} is equal to {@code <CPPendDate>}": a review on or
     * after a CIN plan's start and before its end (a plan with an end date; S1 {@code rule_4003.py}, which
     * compares every plan and review of the child). The reference also requires the protection plan to have
     * ended, which the rule's text does not; the library follows the text. Reported at the review.
     */
    private static void reviewsDuringCinPlans(ChildScope s) {
        List<CinPlan> cinPlans = s.episodes().stream().flatMap(e -> e.cinPlans().stream()).toList();
        if (cinPlans.isEmpty()) {
            return;
        }
        List<CinDetails> episodes = s.episodes();
        for (int e = 0; e < episodes.size(); e++) {
            List<ChildProtectionPlan> plans = episodes.get(e).childProtectionPlans();
            for (int p = 0; p < plans.size(); p++) {
                ChildProtectionPlan plan = plans.get(p);
                for (int r = 0; r < plan.reviewDates().size(); r++) {
                    LocalDate review = plan.reviewDates().get(r);
                    boolean atTheEnd = plan.endDate().equals(Optional.of(review));
                    boolean during = cinPlans.stream().anyMatch(c -> c.startDate().isPresent() && c.endDate().isPresent()
                            && !review.isBefore(c.startDate().get()) && review.isBefore(c.endDate().get()));
                    if (during && !atTheEnd) {
                        s.report(CensusRule.R4003, s.episodePath(e, at(PLANS, p), "Reviews", at("CPPreviewDate", r)));
                    }
                }
            }
        }
    }

    /**
     * Rule 2885: a plan starting in the census period must start on the day of an initial conference of its
     * episode: of a Section 47 enquiry's, when the episode has enquiries for which a conference was not marked
     * "not required"; otherwise of the episode's own {@code <DateOfInitialCPC>} (S1 {@code rule_2885.py}, as
     * fixed in commit {@code 70d52ff}). The reference drops an enquiry only when its flag is the text {@code 1};
     * the library drops one whose flag reads as true.
     */
    private static boolean startsOnAConference(CinDetails episode, LocalDate start) {
        List<Section47> enquiries = episode.section47s().stream()
                .filter(enquiry -> !enquiry.icpcNotRequired().orElse(false)).toList();
        if (enquiries.isEmpty()) {
            return episode.dateOfInitialCpc().equals(Optional.of(start));
        }
        return enquiries.stream().anyMatch(enquiry -> enquiry.dateOfInitialCpc().equals(Optional.of(start)));
    }

    private static void cinPlans(ChildScope s, int e, CinDetails episode) {
        List<CinPlan> plans = episode.cinPlans();
        long open = plans.stream().filter(p -> p.endDate().isEmpty()).count();
        for (int p = 0; p < plans.size(); p++) {
            CinPlan plan = plans.get(p);
            String here = at("CINPlanDates", p);
            Optional<LocalDate> start = plan.startDate();
            Optional<LocalDate> end = plan.endDate();
            if (start.isEmpty() || start.get().isAfter(s.end)) {
                s.report(CensusRule.R4010, s.episodePath(e, here, "CINPlanStartDate"));
            }
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                s.report(CensusRule.R4011, s.episodePath(e, here, "CINPlanEndDate"));
            }
            if (start.isPresent() && end.isPresent() && end.get().equals(start.get())) {
                s.report(CensusRule.R4012Q, s.episodePath(e, here, "CINPlanEndDate"));
            }
            if (end.isPresent() && !s.inPeriod(end.get())) {
                s.report(CensusRule.R4013, s.episodePath(e, here, "CINPlanEndDate"));
            }
            if (start.isPresent() && episode.referralDate().isPresent()
                    && start.get().isBefore(episode.referralDate().get())) {
                s.report(CensusRule.R4015, s.episodePath(e, here, "CINPlanStartDate"));
            }
            if (end.isEmpty() && open > 1) {
                s.report(CensusRule.R4004, s.episodePath(e, here, "CINPlanEndDate"));
            }
            Optional<LocalDate> death = s.deathDate();
            if (death.isPresent() && start.isPresent() && start.get().isAfter(death.get())) {
                s.report(CensusRule.R4008, s.episodePath(e, here, "CINPlanStartDate"));
            }
            if (death.isPresent() && end.isPresent() && end.get().isAfter(death.get())) {
                s.report(CensusRule.R4009Q, s.episodePath(e, here, "CINPlanEndDate"));
            }
        }
    }
}
