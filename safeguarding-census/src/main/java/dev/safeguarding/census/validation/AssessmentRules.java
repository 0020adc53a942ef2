package dev.safeguarding.census.validation;

import static dev.safeguarding.census.validation.ChildScope.at;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CinDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules on an episode's assessments, {@code <Assessments>} (S1 module Assessments).
 *
 * <p>Rules 8869, 8945Q, 8950Q, 8614 and 8898 never report in the reference validator (its ingress keeps an
 * assessment's factors as one list, which its comparisons never match or cannot hash;
 * docs/national-data-standards.md, known defects):
 * here they report what their rule text says.
 */
final class AssessmentRules {

    private static final String FACTORS = "FactorsIdentifiedAtAssessment";

    private AssessmentRules() {
    }

    static void check(ChildScope s) {
        LocalDate openBoundary = WorkingDayRule.minusWorkingDays(s.calendar, s.end, 45);
        List<CinDetails> episodes = s.episodes();
        for (int e = 0; e < episodes.size(); e++) {
            CinDetails episode = episodes.get(e);
            List<Assessment> assessments = episode.assessments();
            List<Span> spans = new ArrayList<>();
            int open = 0;
            for (Assessment assessment : assessments) {
                open += assessment.isComplete() ? 0 : 1;
            }
            for (int a = 0; a < assessments.size(); a++) {
                Assessment assessment = assessments.get(a);
                String here = at("Assessments", a);
                Optional<LocalDate> start = assessment.actualStartDate();
                Optional<LocalDate> authorised = assessment.authorisationDate();
                if (start.isPresent() && episode.referralDate().isPresent()
                        && start.get().isBefore(episode.referralDate().get())) {
                    s.report(CensusRule.R1103, s.episodePath(e, here, "AssessmentActualStartDate"));
                }
                if (start.isPresent() && authorised.isPresent() && start.get().isAfter(authorised.get())) {
                    s.report(CensusRule.R8608, s.episodePath(e, here, "AssessmentActualStartDate"));
                }
                if (authorised.isEmpty() && start.isPresent() && start.get().isBefore(openBoundary)) {
                    s.report(CensusRule.R8670Q, s.episodePath(e, here, "AssessmentActualStartDate"));
                }
                if (authorised.isPresent() && !s.inPeriod(authorised.get())) {
                    s.report(CensusRule.R8696, s.episodePath(e, here, "AssessmentAuthorisationDate"));
                }
                if (authorised.isEmpty() && (start.isEmpty() || !s.inPeriod(start.get()))) {
                    s.report(CensusRule.R8736, s.episodePath(e, here, "AssessmentActualStartDate"));
                }
                if (authorised.isEmpty() && open > 1) {
                    s.report(CensusRule.R8896, s.episodePath(e, here, "AssessmentAuthorisationDate"));
                }
                if (authorised.isEmpty() && !assessment.factors().isEmpty()) {
                    s.report(CensusRule.R8614, s.episodePath(e, here, FACTORS));
                }
                if (authorised.isPresent() && !authorised.get().isBefore(s.start) && (assessment.factors().isEmpty()
                        || !assessment.factors().stream().allMatch(f -> f.isValidIn(s.year)))) {
                    s.report(CensusRule.R8897Q, s.episodePath(e, here, FACTORS));
                }
                factors(s, e, here, assessment.factors());
                if (start.isPresent()) {
                    spans.add(new Span(start.get(), authorised, s.episodePath(e, here, "AssessmentActualStartDate")));
                }
            }
            // 8863Q: an assessment starting while another of the episode is ongoing (S1 rule_8863Q.py)
            Span.report(s, spans, spans, Span.Overlap.END_INCLUDED, true, CensusRule.R8863Q);
        }
    }

    private static void factors(ChildScope s, int e, String here, List<AssessmentFactor> factors) {
        Map<AssessmentFactor, Integer> counts = new EnumMap<>(AssessmentFactor.class);
        factors.forEach(f -> counts.merge(f, 1, Integer::sum));
        boolean othersThan21 = factors.stream().anyMatch(f -> f != AssessmentFactor.NO_FACTORS_IDENTIFIED);
        for (int f = 0; f < factors.size(); f++) {
            AssessmentFactor factor = factors.get(f);
            String path = s.episodePath(e, here, FACTORS, at("AssessmentFactors", f));
            if (factor == AssessmentFactor.NO_FACTORS_IDENTIFIED && othersThan21) {
                s.report(CensusRule.R8869, path);
            }
            if (counts.get(factor) > 1) {
                s.report(CensusRule.R8898, path);
            }
            if (factor.code().equals("18A")) {
                s.report(CensusRule.R8945Q, path);
            }
            if (factor.code().equals("19A")) {
                s.report(CensusRule.R8950Q, path);
            }
        }
    }
}
