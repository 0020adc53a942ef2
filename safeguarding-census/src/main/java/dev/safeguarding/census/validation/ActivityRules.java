package dev.safeguarding.census.validation;

import static dev.safeguarding.census.validation.ChildScope.at;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.ReasonForClosure;
import dev.safeguarding.census.Section47;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules on what an episode may hold given how it ended: closed after assessment (RC8, RC9), a referral
 * with no further action, a closure date before its activity (S1 modules CINdetails, Section47,
 * ChildProtectionPlans, CINplanDates, Assessments).
 *
 * <p>Rule 8873Q ("if there is only one Assessment group present and AssessmentFactors = “21”,
 * ReasonForClosure must should = RC8 or RC9") is checked on closed episodes only: an open episode has no
 * reason for closure yet (the library's reading; the reference also queries open episodes, whose missing
 * reason is "not RC8 or RC9", and compares the factor list with "21", docs/national-data-standards.md, known
 * defects).
 */
final class ActivityRules {

    private ActivityRules() {
    }

    static void check(ChildScope s) {
        List<CinDetails> episodes = s.episodes();
        List<LocalDate> s47Conferences = new ArrayList<>();
        episodes.forEach(e -> e.section47s().forEach(enquiry -> enquiry.dateOfInitialCpc().ifPresent(s47Conferences::add)));
        for (int e = 0; e < episodes.size(); e++) {
            CinDetails episode = episodes.get(e);
            boolean closedAfterAssessment = episode.reasonForClosure()
                    .filter(r -> r == ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION
                            || r == ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP).isPresent();
            boolean nfa = episode.referralNfa().orElse(false);
            if (closedAfterAssessment && (!episode.section47s().isEmpty() || !episode.childProtectionPlans().isEmpty()
                    || episode.dateOfInitialCpc().isPresent() || !episode.cinPlans().isEmpty())) {
                s.report(CensusRule.R2990, s.episodePath(e, "ReasonForClosure"));
            }
            if (closedAfterAssessment && episode.assessments().isEmpty()) {
                s.report(CensusRule.R8825Q, s.episodePath(e, "ReasonForClosure"));
            }
            if (episode.closureDate().isPresent() && episode.assessments().size() == 1
                    && episode.assessments().get(0).factors().contains(AssessmentFactor.NO_FACTORS_IDENTIFIED)
                    && !closedAfterAssessment) {
                s.report(CensusRule.R8873Q, s.episodePath(e, "ReasonForClosure"));
            }
            if (episode.assessments().isEmpty()) {
                for (int i = 0; i < episode.section47s().size(); i++) {
                    s.report(CensusRule.R2991Q, s.episodePath(e, at("Section47", i), "S47ActualStartDate"));
                }
            }
            if (nfa && hasActivity(episode)) {
                s.report(CensusRule.R8831, s.episodePath(e, "ReferralNFA"));
            }
            for (int p = 0; p < episode.cinPlans().size(); p++) {
                if (nfa) {
                    s.report(CensusRule.R4000, s.episodePath(e, at("CINPlanDates", p), "CINPlanStartDate"));
                }
                CinPlan plan = episode.cinPlans().get(p);
                boolean openProtectionPlan = episode.childProtectionPlans().stream().anyMatch(c -> c.endDate().isEmpty());
                if (plan.startDate().isPresent() && plan.endDate().isEmpty() && openProtectionPlan) {
                    s.report(CensusRule.R4001, s.episodePath(e, at("CINPlanDates", p), "CINPlanStartDate"));
                }
            }
            for (int p = 0; p < episode.childProtectionPlans().size(); p++) {
                if (nfa) {
                    s.report(CensusRule.R8832, s.episodePath(e, at("ChildProtectionPlans", p), "CPPstartDate"));
                }
            }
            if (episode.dateOfInitialCpc().filter(s47Conferences::contains).isPresent()) {
                s.report(CensusRule.R2884, s.episodePath(e, "DateOfInitialCPC"));
            }
            if (episode.closureDate().isPresent()) {
                closed(s, e, episode, episode.closureDate().get());
            }
        }
    }

    /**
     * Rule 8831: an assessment's start or authorisation, a Section 47 enquiry's start or an initial conference
     * (the episode's or an enquiry's).
     */
    private static boolean hasActivity(CinDetails episode) {
        return episode.dateOfInitialCpc().isPresent()
                || episode.assessments().stream().anyMatch(a -> a.actualStartDate().isPresent()
                        || a.authorisationDate().isPresent())
                || episode.section47s().stream().anyMatch(s -> s.actualStartDate().isPresent()
                        || s.dateOfInitialCpc().isPresent());
    }

    private static void closed(ChildScope s, int e, CinDetails episode, LocalDate closure) {
        List<Assessment> assessments = episode.assessments();
        for (int a = 0; a < assessments.size(); a++) {
            if (assessments.get(a).authorisationDate().isEmpty()) {
                s.report(CensusRule.R8867, s.episodePath(e, at("Assessments", a), "AssessmentAuthorisationDate"));
            }
        }
        List<Section47> enquiries = episode.section47s();
        for (int i = 0; i < enquiries.size(); i++) {
            Section47 enquiry = enquiries.get(i);
            if (enquiry.dateOfInitialCpc().isEmpty() && !enquiry.icpcNotRequired().orElse(false)) {
                s.report(CensusRule.R8868, s.episodePath(e, at("Section47", i), "DateOfInitialCPC"));
            }
        }
        if (activityDates(episode).stream().anyMatch(date -> date.isAfter(closure))) {
            s.report(CensusRule.R8565, s.episodePath(e, "CINclosureDate"));
        }
    }

    /** Rule 8565's dates: assessment start and authorisation, S47 start, initial conferences, plan ends, CIN plans. */
    private static List<LocalDate> activityDates(CinDetails episode) {
        List<LocalDate> dates = new ArrayList<>();
        episode.dateOfInitialCpc().ifPresent(dates::add);
        for (Assessment assessment : episode.assessments()) {
            assessment.actualStartDate().ifPresent(dates::add);
            assessment.authorisationDate().ifPresent(dates::add);
        }
        for (Section47 enquiry : episode.section47s()) {
            enquiry.actualStartDate().ifPresent(dates::add);
            enquiry.dateOfInitialCpc().ifPresent(dates::add);
        }
        for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
            plan.endDate().ifPresent(dates::add);
        }
        for (CinPlan plan : episode.cinPlans()) {
            plan.startDate().ifPresent(dates::add);
            plan.endDate().ifPresent(dates::add);
        }
        return dates;
    }
}
