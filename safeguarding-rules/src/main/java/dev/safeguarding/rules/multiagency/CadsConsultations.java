package dev.safeguarding.rules.multiagency;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.timescales.Timescales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Consultations with the Children's Advice and Duty Service (CADS) as rules: the feedback summary's due
 * date and status, and what a consultation's record lacks.
 *
 * <pre>{@code
 * CadsConsultations cads = CadsConsultations.norfolk2023();
 * Deadline due = cads.feedbackDeadline(consultation, UkCalendars.englandAndWales());   // 5 working days
 * cads.feedbackStatus(consultation, today, UkCalendars.englandAndWales());            // while awaited
 * }</pre>
 *
 * <p>"The named Consultant Social Worker will always provide the caller a feedback summary of the
 * conversation and agreed decision within five working days" (timescale {@code norfolk.cads-feedback-summary}).
 *
 * <p>Findings (codes {@code multiagency.cads-*}):
 * <table>
 *   <caption>Findings</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code multiagency.cads-feedback-overdue}</td><td>ERROR</td><td>no feedback summary, and its
 *       due date is before {@code asOf}</td></tr>
 *   <tr><td>{@code multiagency.cads-feedback-late}</td><td>QUERY</td><td>the summary was given after its
 *       due date</td></tr>
 *   <tr><td>{@code multiagency.cads-no-outcome}</td><td>QUERY</td><td>no outcome recorded: CADS work to the
 *       principle of "never do nothing"</td></tr>
 *   <tr><td>{@code multiagency.cads-script-incomplete}</td><td>QUERY</td><td>an outcome is recorded but
 *       some of the seven script steps are not (the message lists their numbers)</td></tr>
 *   <tr><td>{@code multiagency.cads-consent-not-sought}</td><td>QUERY</td><td>a formal referral with
 *       consent not sought ("Consultant Social Workers will support professionals to gain consent, if it
 *       has not already been given")</td></tr>
 *   <tr><td>{@code multiagency.cads-level-contradicts-pathway}</td><td>QUERY</td><td>a referral whose
 *       recorded level of need contradicts its pathway, such as a FAST referral at Universal ("Depending on
 *       the level, the referral will be processed into either a Family Support Team or Social Work Team"):
 *       Family Support at Additional Need or Complex, FAST at Complex or Acute, the library's reading</td></tr>
 *   <tr><td>{@code multiagency.cads-consultant-not-named}</td><td>QUERY</td><td>no named Consultant Social
 *       Worker</td></tr>
 * </table>
 * The findings that need no date are also the Bean Validation constraints of {@code CadsConsultation} (group
 * {@code Complete}, queries), with the same codes and paths: one check, in the model, serves both.
 * Refused consent is not a finding: the guidance says refusal is not in itself a reason to escalate, and a
 * child at risk of immediate harm is shared within the MASH whatever consent stands at.
 *
 * <p>Immutable and safe to share between threads; every method is a pure function of its arguments.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Children's
 * Advice &amp; Duty Service" and "Recording what we do and the decisions we take".
 */
public final class CadsConsultations {

    private static final SourcePassage RECORDING = SourcePassage.of(Timescales.NORFOLK_CONTINUUM_OF_NEEDS_2023,
            "Recording what we do and the decisions we take");

    private static final CadsConsultations NORFOLK =
            new CadsConsultations(Timescales.byId("norfolk.cads-feedback-summary"));

    private final Timescale timescale;

    private CadsConsultations(Timescale timescale) {
        this.timescale = timescale;
    }

    /**
     * The Norfolk rules of the <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The
     * Children's Advice &amp; Duty Service": the feedback summary within five working days.
     */
    public static CadsConsultations norfolk2023() {
        return NORFOLK;
    }

    /**
     * The rules with another timescale for the feedback summary.
     *
     * @throws NullPointerException if {@code timescale} is null
     */
    public static CadsConsultations of(Timescale timescale) {
        return new CadsConsultations(Objects.requireNonNull(timescale, "timescale"));
    }

    /** The timescale of the feedback summary. */
    public Timescale timescale() {
        return timescale;
    }

    /**
     * The date by which the caller should have the feedback summary, counted from the consultation.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Deadline feedbackDeadline(CadsConsultation consultation, WorkingDays calendar) {
        Objects.requireNonNull(consultation, "consultation");
        return timescale.dueFrom(consultation.consultedOn(), calendar);
    }

    /**
     * Where the feedback summary's deadline stands on {@code asOf} while it is awaited; empty once given
     * (see {@link #feedbackOutcome}).
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Optional<DeadlineStatus> feedbackStatus(CadsConsultation consultation, LocalDate asOf, WorkingDays calendar) {
        Objects.requireNonNull(asOf, "asOf");
        Deadline deadline = feedbackDeadline(consultation, calendar);
        return consultation.feedbackSummaryGivenOn().isPresent() ? Optional.empty()
                : Optional.of(deadline.status(asOf));
    }

    /**
     * Whether the feedback summary was given on time; empty until it is given.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Optional<DeadlineOutcome> feedbackOutcome(CadsConsultation consultation, WorkingDays calendar) {
        Deadline deadline = feedbackDeadline(consultation, calendar);
        return consultation.feedbackSummaryGivenOn().map(deadline::outcome);
    }

    /**
     * What the consultation's record lacks or shows late on {@code asOf} (see the class description); empty
     * when nothing is wrong.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public List<Finding> check(CadsConsultation consultation, LocalDate asOf, WorkingDays calendar) {
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> findings = new ArrayList<>();
        Deadline deadline = feedbackDeadline(consultation, calendar);
        if (consultation.feedbackSummaryGivenOn().isEmpty()) {
            DeadlineStatus status = deadline.status(asOf);
            if (status.isOverdue()) {
                findings.add(Finding.of(Severity.ERROR, "multiagency.cads-feedback-overdue", "feedbackSummaryGivenOn",
                        "The feedback summary is overdue: due within " + timescale.amount() + " "
                                + timescale.unit().label() + " of the consultation (" + deadline.dueDate() + "), "
                                + Wording.workingDays(status.workingDaysOverdue()) + " overdue.", RECORDING));
            }
        } else {
            DeadlineOutcome outcome = deadline.outcome(consultation.feedbackSummaryGivenOn().get());
            if (outcome.isLate()) {
                findings.add(Finding.of(Severity.QUERY, "multiagency.cads-feedback-late", "feedbackSummaryGivenOn",
                        "The feedback summary was given " + Wording.workingDays(outcome.workingDaysLate())
                                + " after its due date (" + deadline.dueDate() + ").", RECORDING));
            }
        }
        findings.addAll(consultation.check());
        return List.copyOf(findings);
    }

    /** The timescale's id. */
    @Override
    public String toString() {
        return "CadsConsultations{" + timescale.id() + "}";
    }
}
