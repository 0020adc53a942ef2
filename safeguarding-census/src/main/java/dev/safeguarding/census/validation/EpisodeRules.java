package dev.safeguarding.census.validation;

import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.ReasonForClosure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules on a child's episodes, {@code <CINdetails>}, one by one and across them (S1 module CINdetails).
 *
 * <p>{@code <ReferralNFA>} is read as a yes/no of any of the schema's six spellings; the reference validator
 * compares the raw text with {@code "false"} and {@code "0"} only, so an episode with {@code FALSE} is
 * "not false" there and false here (docs/national-data-standards.md, known defects). The library follows the
 * schema.
 */
final class EpisodeRules {

    /** The first referral date rule 8866 looks at (S1 {@code rule_8866.py}: "01/04/2013"). */
    private static final LocalDate REFERRAL_SOURCE_FROM = LocalDate.of(2013, 4, 1);

    private EpisodeRules() {
    }

    static void check(ChildScope s) {
        List<CinDetails> episodes = s.episodes();
        LocalDate nfaBoundary = WorkingDayRule.minusWorkingDays(s.calendar, s.start, 1);
        int openFurtherAction = 0;
        int latest = -1;
        for (int e = 0; e < episodes.size(); e++) {
            CinDetails episode = episodes.get(e);
            Optional<LocalDate> referral = episode.referralDate();
            boolean notNfa = episode.referralNfa().equals(Optional.of(false));
            if (referral.isEmpty() || referral.get().isAfter(s.end)) {
                s.report(CensusRule.R8600, s.episodePath(e, "CINreferralDate"));
            }
            if (referral.isPresent() && !referral.get().isBefore(REFERRAL_SOURCE_FROM)
                    && (episode.referralSource().isEmpty() || !episode.referralSource().get().isValidIn(s.year))) {
                s.report(CensusRule.R8866, s.episodePath(e, "ReferralSource"));
            }
            if (referral.isPresent() && referral.get().isBefore(nfaBoundary) && !notNfa) {
                s.report(CensusRule.R8569Q, s.episodePath(e, "CINreferralDate"));
            }
            Optional<LocalDate> closure = episode.closureDate();
            if (closure.isPresent() && !s.inPeriod(closure.get())) {
                s.report(CensusRule.R8620, s.episodePath(e, "CINclosureDate"));
            }
            if (closure.isPresent() && referral.isPresent() && closure.get().isBefore(referral.get())) {
                s.report(CensusRule.R8630, s.episodePath(e, "CINclosureDate"));
            }
            if (closure.isPresent() && episode.reasonForClosure().isEmpty()) {
                s.report(CensusRule.R8805, s.episodePath(e, "ReasonForClosure"));
            }
            if (closure.isEmpty() && episode.reasonForClosure().isPresent()) {
                s.report(CensusRule.R8810, s.episodePath(e, "CINclosureDate"));
            }
            if (episode.reasonForClosure().isPresent() && !episode.reasonForClosure().get().isValidIn(s.year)) {
                s.report(CensusRule.R8640, s.episodePath(e, "ReasonForClosure"));
            }
            if (episode.primaryNeed().isPresent() && !episode.primaryNeed().get().isValidIn(s.year)) {
                s.report(CensusRule.R8650, s.episodePath(e, "PrimaryNeedCode"));
            }
            if (notNfa && episode.primaryNeed().isEmpty()) {
                s.report(CensusRule.R8610, s.episodePath(e, "PrimaryNeedCode"));
            }
            if (episode.referralNfa().isEmpty()) {
                s.report(CensusRule.R8568, s.episodePath(e, "ReferralNFA"));
            }
            if (referral.isPresent() && s.deathDate().isPresent() && s.deathDate().get().isBefore(referral.get())) {
                s.report(CensusRule.R8555Q, s.episodePath(e, "CINreferralDate"));
            }
            if (episode.reasonForClosure().equals(Optional.of(ReasonForClosure.DIED)) && s.deathDate().isEmpty()) {
                s.report(CensusRule.R8585Q, s.episodePath(e, "ReasonForClosure"));
            }
            if (episode.isOpen() && notNfa) {
                openFurtherAction++;
            }
            if (referral.isPresent() && (latest < 0 || referral.get().isAfter(episodes.get(latest).referralDate().get()))) {
                latest = e;
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int e = 0; e < episodes.size(); e++) {
            CinDetails episode = episodes.get(e);
            if (openFurtherAction > 1 && episode.isOpen()) {
                s.report(CensusRule.R8815, s.episodePath(e, "CINclosureDate"));
            }
            if (episode.isOpen() && episode.referralNfa().equals(Optional.of(false)) && episode.referralDate().isPresent()
                    && e != latest) {
                s.report(CensusRule.R8816, s.episodePath(e, "CINclosureDate"));
            }
            if (episode.referralDate().isPresent()) {
                spans.add(new Span(episode.referralDate().get(), episode.closureDate(),
                        episode.referralNfa().equals(Optional.of(false)), s.episodePath(e, "CINreferralDate")));
            }
        }
        // 8820: an episode referred while another is open: before its closure, or before the reference date
        // while it is open and not a referral with no further action (S1 rule_8820.py); at the later referral
        Span.report(s, spans, spans, Span.Overlap.BOTH_EXCLUDED, false, CensusRule.R8820);
    }
}
