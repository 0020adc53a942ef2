package dev.safeguarding.rules.multiagency;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
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
 * The joint agency group supervision procedure as rules: when the session is due, whether it is overdue,
 * and what a request or session does against the procedure.
 *
 * <pre>{@code
 * JointAgencyGroupSupervision jags = JointAgencyGroupSupervision.norfolk2023();
 * Optional<Deadline> due = jags.sessionDeadline(request, UkCalendars.englandAndWales());
 * List<Finding> findings = jags.check(request, today, UkCalendars.englandAndWales());
 * }</pre>
 *
 * <p>"The supervision session should be arranged within 15 working days from the date of the accountable
 * leads' decision to provide a joint supervision session" (timescale {@code
 * norfolk.joint-agency-group-supervision}). The timescale bounds the arranging: it is checked against the date
 * the session was arranged ({@link JointSupervisionRequest#sessionArrangedOn()}), and the date it was held is
 * reported separately ({@link #sessionOutcome}, and the query {@code multiagency.jags-session-held-after-due} when
 * a session arranged in time is held after the due date). Where the arranging is not recorded and the session
 * is held, the library takes the session to have been arranged by the day it was held at the latest.
 *
 * <p>The findings, each with code, path and source (NSCP 3.16, section 4, unless said otherwise):
 * <table>
 *   <caption>Findings</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code multiagency.jags-session-overdue}</td><td>ERROR</td><td>agreed, the session neither
 *       arranged nor held, and the due date is before {@code asOf}</td></tr>
 *   <tr><td>{@code multiagency.jags-session-late}</td><td>QUERY</td><td>the session was arranged after the due
 *       date (or, its arranging not recorded, held after it)</td></tr>
 *   <tr><td>{@code multiagency.jags-session-held-after-due}</td><td>QUERY</td><td>the session was arranged in
 *       time but held after the due date: reported apart, since the procedure bounds the arranging</td></tr>
 *   <tr><td>{@code multiagency.jags-immediate-risk}</td><td>ERROR</td><td>the child is recorded at immediate
 *       risk of harm and the request is pending or agreed: a Section 47 strategy meeting should be convened
 *       instead (NSCP 3.16, section 2)</td></tr>
 *   <tr><td>{@code multiagency.jags-self-approved}</td><td>ERROR</td><td>the request was decided by its
 *       requester ("discussed by the accountable team manager/safeguarding supervisor and agreement reached";
 *       the library's reading)</td></tr>
 *   <tr><td>{@code multiagency.jags-session-without-agreement}</td><td>ERROR</td><td>a session held with no
 *       decision, or a decision not to agree</td></tr>
 *   <tr><td>{@code multiagency.jags-two-supervisors}</td><td>ERROR</td><td>not exactly two supervisors</td></tr>
 *   <tr><td>{@code multiagency.jags-supervisors-one-agency}</td><td>ERROR</td><td>the supervisors are from
 *       one agency (compared by agency identifier)</td></tr>
 *   <tr><td>{@code multiagency.jags-no-lead-coordinator}</td><td>ERROR</td><td>no lead coordinator</td></tr>
 *   <tr><td>{@code multiagency.jags-too-many-supervisees}</td><td>ERROR</td><td>more than
 *       {@value #MAXIMUM_SUPERVISEES} supervisees</td></tr>
 *   <tr><td>{@code multiagency.jags-many-supervisees}</td><td>QUERY</td><td>more than
 *       {@value #SUPERVISEES_QUERIED_ABOVE} but at most {@value #MAXIMUM_SUPERVISEES} ("no more than 8-10
 *       supervisees")</td></tr>
 *   <tr><td>{@code multiagency.jags-disclosure-not-explained}</td><td>ERROR</td><td>participants were not
 *       told that the minutes will be shared on a subject access request (NSCP 3.15, section 4)</td></tr>
 *   <tr><td>{@code multiagency.jags-record-not-circulated}</td><td>ERROR</td><td>no date the record was
 *       circulated to all attendees</td></tr>
 *   <tr><td>{@code multiagency.jags-record-not-on-file}</td><td>ERROR</td><td>no date the record was placed
 *       on the child's file</td></tr>
 *   <tr><td>{@code multiagency.jags-keyworker-not-recorded}</td><td>QUERY</td><td>the record is on file but
 *       no keyworker is recorded</td></tr>
 *   <tr><td>{@code multiagency.jags-further-dates-not-confirmed}</td><td>QUERY</td><td>further sessions
 *       agreed with no dates confirmed</td></tr>
 *   <tr><td>{@code multiagency.jags-family-feedback-not-recorded}</td><td>QUERY</td><td>a session with nothing
 *       recorded of how its thinking points were shared with the child and family ("nothing about us, without
 *       us"; NSCP 3.16, sections 2 and 3)</td></tr>
 * </table>
 * The findings that need no date (all but {@code -overdue}, {@code -late} and {@code -held-after-due}) are also the Bean Validation
 * constraints of {@code JointSupervisionRequest} (group {@code Complete}), with the same codes and paths: one
 * check, in the model, serves both. The date findings are this class's alone: validation has no date "as of".
 * A record still being written (the session held today, the record not yet circulated) has findings too:
 * they say what is left to do.
 *
 * <p>Immutable and safe to share between threads; every method is a pure function of its arguments.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), section 4; NSCP
 * 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 4.
 */
public final class JointAgencyGroupSupervision {

    /** The most supervisees a session may have: "no more than 8-10 supervisees". */
    public static final int MAXIMUM_SUPERVISEES = 10;

    /** Above this many supervisees a session is queried: the procedure's "8-10" allows up to ten, hoping for eight. */
    public static final int SUPERVISEES_QUERIED_ABOVE = 8;

    private static final SourcePassage PROCEDURE = SourcePassage.of(Timescales.NORFOLK_JOINT_AGENCY_GROUP_SUPERVISION,
            "4. Joint Agency Group Supervision Procedure");

    private static final JointAgencyGroupSupervision NORFOLK =
            new JointAgencyGroupSupervision(Timescales.byId("norfolk.joint-agency-group-supervision"));

    private final Timescale timescale;

    private JointAgencyGroupSupervision(Timescale timescale) {
        this.timescale = timescale;
    }

    /**
     * The Norfolk procedure: the session within 15 working days of the decision. The procedure (NSCP 3.16) is
     * dated November 2022; the year in the name is that of the Norfolk guidance set in force with it, the
     * <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), so that every Norfolk default has one
     * name ({@code CONTRIBUTING.md}, "Naming").
     */
    public static JointAgencyGroupSupervision norfolk2023() {
        return NORFOLK;
    }

    /**
     * The procedure with another timescale for the session, for a partnership whose procedure differs.
     *
     * @throws NullPointerException if {@code timescale} is null
     */
    public static JointAgencyGroupSupervision of(Timescale timescale) {
        return new JointAgencyGroupSupervision(Objects.requireNonNull(timescale, "timescale"));
    }

    /** The timescale of the session. */
    public Timescale timescale() {
        return timescale;
    }

    /**
     * The date by which the session is due, counted from the accountable manager's agreement on
     * {@code calendar}; empty until there is an agreed decision.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Optional<Deadline> sessionDeadline(JointSupervisionRequest request, WorkingDays calendar) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(calendar, "calendar");
        return request.decision().filter(JointSupervisionDecision::agreed)
                .map(decision -> timescale.dueFrom(decision.decidedOn(), calendar));
    }

    /**
     * Where the session's deadline stands on {@code asOf} while the session is awaited: empty when there is
     * no agreed decision or the session has been arranged or held (see {@link #arrangementOutcome} and
     * {@link #sessionOutcome}).
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Optional<DeadlineStatus> sessionStatus(JointSupervisionRequest request, LocalDate asOf, WorkingDays calendar) {
        Objects.requireNonNull(asOf, "asOf");
        if (arrangedOn(request).isPresent()) {
            Objects.requireNonNull(calendar, "calendar");
            return Optional.empty();
        }
        return sessionDeadline(request, calendar).map(deadline -> deadline.status(asOf));
    }

    /**
     * Whether the session was arranged on time: empty unless there is an agreed decision and the session was
     * arranged or held (a session held with no date of arranging counts as arranged on the day it was held).
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Optional<DeadlineOutcome> arrangementOutcome(JointSupervisionRequest request, WorkingDays calendar) {
        Optional<Deadline> deadline = sessionDeadline(request, calendar);
        return arrangedOn(request).flatMap(arranged -> deadline.map(d -> d.outcome(arranged)));
    }

    private static Optional<LocalDate> arrangedOn(JointSupervisionRequest request) {
        return request.sessionArrangedOn().or(() -> request.session().map(JointSupervisionSession::heldOn));
    }

    /**
     * Whether the session was held by the due date: empty unless there is both an agreed decision and a
     * session. The procedure bounds the arranging ({@link #arrangementOutcome}); this is reported beside it.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Optional<DeadlineOutcome> sessionOutcome(JointSupervisionRequest request, WorkingDays calendar) {
        Optional<Deadline> deadline = sessionDeadline(request, calendar);
        return request.session().flatMap(session -> deadline.map(d -> d.outcome(session.heldOn())));
    }

    /**
     * Whether the session is overdue on {@code asOf}: agreed, neither arranged nor held, and its due date before
     * {@code asOf}.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public boolean isOverdue(JointSupervisionRequest request, LocalDate asOf, WorkingDays calendar) {
        return sessionStatus(request, asOf, calendar).map(DeadlineStatus::isOverdue).orElse(false);
    }

    /**
     * What the request and its session do against the procedure on {@code asOf} (see the class
     * description); empty when nothing is wrong.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public List<Finding> check(JointSupervisionRequest request, LocalDate asOf, WorkingDays calendar) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        List<Finding> findings = new ArrayList<>();
        Optional<Deadline> deadline = sessionDeadline(request, calendar);
        Optional<JointSupervisionSession> held = request.session();
        Optional<LocalDate> recordedArrangement = request.sessionArrangedOn();
        if (held.isEmpty() && recordedArrangement.isEmpty()) {
            deadline.filter(d -> d.status(asOf).isOverdue()).ifPresent(d -> findings.add(finding(Severity.ERROR,
                    "multiagency.jags-session-overdue", "session",
                    "The session is overdue: it should be arranged within " + timescale.amount() + " "
                            + timescale.unit().label() + " of the decision (due " + d.dueDate() + ", "
                            + Wording.workingDays(d.status(asOf).workingDaysOverdue()) + " overdue).", PROCEDURE)));
        }
        Optional<DeadlineOutcome> arrangement = arrangementOutcome(request, calendar);
        arrangement.filter(o -> !o.isOnTime()).ifPresent(o -> findings.add(recordedArrangement.isPresent()
                ? finding(Severity.QUERY, "multiagency.jags-session-late", "sessionArrangedOn",
                        "The session was arranged " + Wording.workingDays(o.workingDaysLate()) + " after its due date ("
                                + o.dueDate() + ").", PROCEDURE)
                : finding(Severity.QUERY, "multiagency.jags-session-late", "session/heldOn",
                        "The session was held " + Wording.workingDays(o.workingDaysLate()) + " after its due date ("
                                + o.dueDate() + "), and when it was arranged is not recorded.", PROCEDURE)));
        if (arrangement.filter(DeadlineOutcome::isOnTime).isPresent() && recordedArrangement.isPresent()) {
            sessionOutcome(request, calendar).filter(o -> !o.isOnTime()).ifPresent(o -> findings.add(
                    finding(Severity.QUERY, "multiagency.jags-session-held-after-due", "session/heldOn",
                            "The session was arranged in time but held " + Wording.workingDays(o.workingDaysLate())
                                    + " after the due date (" + o.dueDate() + ").", PROCEDURE)));
        }
        findings.addAll(request.check());
        return List.copyOf(findings);
    }

    static Finding finding(Severity severity, String code, String path, String message, SourcePassage source) {
        return Finding.of(severity, code, path, message, source);
    }

    /** The timescale's id. */
    @Override
    public String toString() {
        return "JointAgencyGroupSupervision{" + timescale.id() + "}";
    }
}
