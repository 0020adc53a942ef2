package dev.safeguarding.census.validation;

import static dev.safeguarding.census.validation.ChildScope.at;

import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.Section47;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules on an episode's Section 47 enquiries, {@code <Section47>} (S1 module Section47).
 *
 * <p>{@code <ICPCnotRequired>} is read as a yes/no of any of the schema's spellings; the reference compares
 * the raw text with its own list per rule (8675Q only {@code false}/{@code 0}; 8740 only {@code 0}; domain
 * notes §8). The library follows the schema: "not required" is {@code true}, "required" is {@code false}.
 */
final class Section47Rules {

    private Section47Rules() {
    }

    static void check(ChildScope s) {
        LocalDate conferenceBoundary = WorkingDayRule.minusWorkingDays(s.calendar, s.end, 15);
        List<CinDetails> episodes = s.episodes();
        for (int e = 0; e < episodes.size(); e++) {
            CinDetails episode = episodes.get(e);
            List<Section47> enquiries = episode.section47s();
            List<Span> spans = new ArrayList<>();
            int openRequired = 0;
            for (Section47 enquiry : enquiries) {
                if (enquiry.dateOfInitialCpc().isEmpty() && !enquiry.icpcNotRequired().orElse(false)) {
                    openRequired++;
                }
            }
            Optional<LocalDate> referral = episode.referralDate();
            for (int i = 0; i < enquiries.size(); i++) {
                Section47 enquiry = enquiries.get(i);
                String here = at("Section47", i);
                Optional<LocalDate> start = enquiry.actualStartDate();
                Optional<LocalDate> conference = enquiry.dateOfInitialCpc();
                boolean required = enquiry.icpcNotRequired().equals(Optional.of(false));
                if (conference.isPresent() && (start.isEmpty() || start.get().isAfter(conference.get()))) {
                    s.report(CensusRule.R8615, s.episodePath(e, here, "S47ActualStartDate"));
                }
                if (conference.isEmpty() && required && start.isPresent() && start.get().isBefore(conferenceBoundary)) {
                    s.report(CensusRule.R8675Q, s.episodePath(e, here, "S47ActualStartDate"));
                }
                if (enquiry.initialCpcTarget().filter(Section47Rules::isWeekend).isPresent()) {
                    s.report(CensusRule.R8870Q, s.episodePath(e, here, "InitialCPCtarget"));
                }
                if (conference.filter(Section47Rules::isWeekend).isPresent()) {
                    s.report(CensusRule.R8875, s.episodePath(e, here, "DateOfInitialCPC"));
                }
                if (conference.isPresent() && referral.isPresent() && conference.get().isBefore(referral.get())) {
                    s.report(CensusRule.R1104, s.episodePath(e, here, "DateOfInitialCPC"));
                }
                if (start.isPresent() && referral.isPresent() && start.get().isBefore(referral.get())) {
                    s.report(CensusRule.R2889, s.episodePath(e, here, "S47ActualStartDate"));
                }
                if (conference.isPresent() && !s.inPeriod(conference.get())) {
                    s.report(CensusRule.R8715, s.episodePath(e, here, "DateOfInitialCPC"));
                }
                if (conference.isEmpty() && required && start.isPresent() && !s.inPeriod(start.get())) {
                    s.report(CensusRule.R8740, s.episodePath(e, here, "S47ActualStartDate"));
                }
                if (conference.isEmpty() && !enquiry.icpcNotRequired().orElse(false) && openRequired > 1) {
                    s.report(CensusRule.R8839, s.episodePath(e, here, "DateOfInitialCPC"));
                }
                if (start.isPresent()) {
                    spans.add(new Span(start.get(), conference, !enquiry.icpcNotRequired().orElse(false),
                            s.episodePath(e, here, "S47ActualStartDate")));
                }
            }
            // 8890: an enquiry starting while another of the episode is ongoing (S1 rule_8890.py)
            Span.report(s, spans, spans, Span.Overlap.END_INCLUDED, true, CensusRule.R8890);
        }
    }

    /** Saturday or Sunday (bank holidays are not weekends: rules 8870Q and 8875 look at weekends only). */
    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
