package dev.safeguarding.rules.multiagency;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationPrompt;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The escalation of a professional disagreement through the four stages, under a partnership's
 * {@link EscalationProtocol}: moving to the next stage, the due date of each stage's response, overdue
 * stages, what to keep in mind while the disagreement lasts, and what the record lacks.
 *
 * <pre>{@code
 * Escalation escalation = Escalation.of(ourProtocol);               // or Escalation.norfolk2023()
 * ProfessionalDisagreement d = escalation.escalate(disagreement, date, participants);  // the next stage
 * escalation.responseDeadline(d.latestStage().get(), calendar);     // empty where the protocol sets none
 * escalation.prompts(d);                                            // keep the child in focus, ...
 * }</pre>
 *
 * <p>Moving on: {@link #escalate} adds the next stage only: Stage One for a disagreement not yet
 * discussed, then Two, Three, Four; never one skipped, never past the fourth, never once resolved. The
 * model itself rejects a record whose stages are out of order or whose dates go backwards.
 *
 * <p>Due dates: a stage's response is due by its timescale in the protocol, counted from the date the
 * disagreement reached the stage. The Norfolk protocol sets none ({@link EscalationProtocols#norfolk2023()}),
 * so with it no stage has a due date and none is ever overdue.
 *
 * <p>Findings (codes {@code multiagency.escalation-*}):
 * <table>
 *   <caption>Findings</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code multiagency.escalation-response-overdue}</td><td>ERROR</td><td>the response at the stage
 *       reached is awaited and past its due date</td></tr>
 *   <tr><td>{@code multiagency.escalation-response-late}</td><td>QUERY</td><td>a stage's response came
 *       after its due date, or a stage was escalated with no response after its due date had passed</td></tr>
 *   <tr><td>{@code multiagency.escalation-joint-supervision-not-considered}</td><td>QUERY</td><td>formally
 *       escalated (Stage Two or later) with joint agency group supervision not considered</td></tr>
 *   <tr><td>{@code multiagency.escalation-participants-missing}</td><td>QUERY</td><td>a stage with fewer
 *       than two participants: each stage is a discussion between two sides</td></tr>
 *   <tr><td>{@code multiagency.escalation-resolution-not-recorded}</td><td>QUERY</td><td>resolved with no
 *       resolution recorded ("Clear records should be kept of disagreements and resolutions")</td></tr>
 * </table>
 * The findings that need neither a date nor the protocol's timescales ({@code -participants-missing},
 * {@code -joint-supervision-not-considered}, {@code -resolution-not-recorded}) are also the Bean Validation
 * constraints of {@code ProfessionalDisagreement} (group {@code Complete}), with the same codes and paths:
 * one check, in the model, serves both; the constraints cite the Norfolk framework where these findings cite
 * the protocol's source.
 *
 * <p>Immutable and safe to share between threads; every method is a pure function of its arguments.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 5;
 * NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Managing Challenge,
 * Disagreement and Uncertainty".
 */
public final class Escalation {


    private static final Escalation NORFOLK = new Escalation(EscalationProtocols.norfolk2023());

    private final EscalationProtocol protocol;

    private Escalation(EscalationProtocol protocol) {
        this.protocol = protocol;
    }

    /**
     * Escalation under the Norfolk protocol ({@link EscalationProtocols#norfolk2023()}), which sets no stage
     * timescales. The year is that of the Norfolk guidance the library is built from (the <i>Norfolk Guidance
     * to Understanding Continuum of Needs</i> (2023), "Managing Challenge, Disagreement and Uncertainty", with
     * the framework it refers to).
     */
    public static Escalation norfolk2023() {
        return NORFOLK;
    }

    /**
     * Escalation under {@code protocol}.
     *
     * @throws NullPointerException if {@code protocol} is null
     */
    public static Escalation of(EscalationProtocol protocol) {
        return new Escalation(Objects.requireNonNull(protocol, "protocol"));
    }

    /** The protocol. */
    public EscalationProtocol protocol() {
        return protocol;
    }

    /**
     * The stage {@link #escalate} would move to: Stage One before any stage, then the next; empty once
     * resolved or at Stage Four.
     *
     * @throws NullPointerException if {@code disagreement} is null
     */
    public Optional<EscalationStage> nextStage(ProfessionalDisagreement disagreement) {
        Objects.requireNonNull(disagreement, "disagreement");
        if (disagreement.isResolved()) {
            return Optional.empty();
        }
        return disagreement.currentStage().map(EscalationStage::next)
                .orElse(Optional.of(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL));
    }

    /**
     * {@code disagreement} moved to its next stage on {@code on}, with {@code participants}: Stage One if it
     * has none yet. A stage may be escalated before its response, for example when none came.
     *
     * @throws NullPointerException                         if an argument is null
     * @throws IllegalStateException                        if the disagreement is resolved or at Stage Four
     * @throws dev.safeguarding.model.InvalidValueException ({@code stages}) if {@code on} is before the
     *                                                      start of, or the response at, the stage reached
     */
    public ProfessionalDisagreement escalate(ProfessionalDisagreement disagreement, LocalDate on,
            List<Practitioner> participants) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(participants, "participants");
        EscalationStage next = nextStage(disagreement).orElseThrow(() -> new IllegalStateException(
                disagreement.isResolved() ? "the disagreement is resolved: it cannot be escalated"
                        : "Stage Four, the resolution panel, is the last stage: there is no stage after it"));
        return ProfessionalDisagreement.builder(disagreement)
                .addStage(DisagreementStage.of(next, on, participants))
                .build();
    }

    /**
     * {@code disagreement} with the response at the stage reached recorded: its date and, optionally, its
     * outcome.
     *
     * @throws NullPointerException                         if an argument is null
     * @throws IllegalStateException                        if there is no stage, or its response is recorded
     * @throws dev.safeguarding.model.InvalidValueException if {@code on} is before the stage started, or
     *                                                      the outcome is blank
     */
    public ProfessionalDisagreement respond(ProfessionalDisagreement disagreement, LocalDate on,
            Optional<String> outcome) {
        Objects.requireNonNull(disagreement, "disagreement");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(outcome, "outcome");
        DisagreementStage latest = disagreement.latestStage().orElseThrow(
                () -> new IllegalStateException("the disagreement has reached no stage: nothing to respond to"));
        if (latest.respondedOn().isPresent()) {
            throw new IllegalStateException(latest.stage().stageName() + " already has a response");
        }
        List<DisagreementStage> stages = new ArrayList<>(disagreement.stages());
        stages.set(stages.size() - 1, DisagreementStage.builder(latest).respondedOn(on).outcome(outcome).build());
        return ProfessionalDisagreement.builder(disagreement).stages(stages).build();
    }

    /**
     * {@code disagreement} resolved on {@code on} with {@code resolution}.
     *
     * @throws NullPointerException                         if an argument is null
     * @throws IllegalStateException                        if it is already resolved
     * @throws dev.safeguarding.model.InvalidValueException if {@code on} is before any date of the record,
     *                                                      or the resolution is blank
     */
    public ProfessionalDisagreement resolve(ProfessionalDisagreement disagreement, LocalDate on, String resolution) {
        Objects.requireNonNull(disagreement, "disagreement");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(resolution, "resolution");
        if (disagreement.isResolved()) {
            throw new IllegalStateException("the disagreement is already resolved");
        }
        return ProfessionalDisagreement.builder(disagreement).resolvedOn(on).resolution(resolution).build();
    }

    /**
     * The date by which the response at {@code stage} is due, by the protocol's timescale for it; empty
     * where the protocol sets none.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Optional<Deadline> responseDeadline(DisagreementStage stage, WorkingDays calendar) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(calendar, "calendar");
        return protocol.timescale(stage.stage()).map(t -> t.dueFrom(stage.startedOn(), calendar));
    }

    /**
     * Where the response at the stage reached stands on {@code asOf}: empty if the disagreement is resolved,
     * has no stage, the response is given, or the protocol sets that stage no timescale.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public Optional<DeadlineStatus> responseStatus(ProfessionalDisagreement disagreement, LocalDate asOf,
            WorkingDays calendar) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        return awaited(disagreement).flatMap(stage -> responseDeadline(stage, calendar)).map(d -> d.status(asOf));
    }

    /**
     * The stages whose response is awaited and past its due date on {@code asOf}. Only the stage reached
     * can still be awaited (the earlier ones were escalated); a late response at an earlier stage is a
     * {@code multiagency.escalation-response-late} finding. Empty under a protocol with no timescales.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public List<EscalationStage> overdueStages(ProfessionalDisagreement disagreement, LocalDate asOf,
            WorkingDays calendar) {
        return responseStatus(disagreement, asOf, calendar).filter(DeadlineStatus::isOverdue)
                .map(s -> List.of(disagreement.currentStage().orElseThrow())).orElse(List.of());
    }

    /**
     * What the guidance asks the parties to keep in mind now, in the order of {@link EscalationPrompt}:
     * <ul>
     *   <li>while unresolved: keep the child in focus, and convene a strategy meeting where a child is at
     *       immediate risk of harm;</li>
     *   <li>before formal escalation (no stage, or Stage One), unresolved: talk first with the line manager
     *       or designated child protection lead, check the written record, and, unless it has been,
     *       consider joint agency group supervision "outside or ahead of any formal escalation";</li>
     *   <li>always: keep clear records of the disagreement and its resolution.</li>
     * </ul>
     *
     * @throws NullPointerException if {@code disagreement} is null
     */
    public List<EscalationPrompt> prompts(ProfessionalDisagreement disagreement) {
        Objects.requireNonNull(disagreement, "disagreement");
        List<EscalationPrompt> prompts = new ArrayList<>();
        if (!disagreement.isResolved()) {
            prompts.add(EscalationPrompt.KEEP_CHILD_IN_FOCUS);
            prompts.add(EscalationPrompt.IMMEDIATE_RISK_STRATEGY_MEETING);
            if (!disagreement.isFormallyEscalated()) {
                prompts.add(EscalationPrompt.TALK_TO_LINE_MANAGER);
                prompts.add(EscalationPrompt.CHECK_WRITTEN_RECORD);
                if (!disagreement.jointSupervisionConsidered()) {
                    prompts.add(EscalationPrompt.CONSIDER_JOINT_SUPERVISION);
                }
            }
        }
        prompts.add(EscalationPrompt.KEEP_CLEAR_RECORDS);
        return List.copyOf(prompts);
    }

    /**
     * What the record of {@code disagreement} lacks or shows late on {@code asOf} (see the class
     * description); empty when nothing is wrong.
     *
     * @throws NullPointerException           if an argument is null
     * @throws java.time.DateTimeException if a date is outside the calendar's coverage
     */
    public List<Finding> check(ProfessionalDisagreement disagreement, LocalDate asOf, WorkingDays calendar) {
        Objects.requireNonNull(disagreement, "disagreement");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        List<Finding> findings = new ArrayList<>();
        List<Finding> recorded = disagreement.check(protocol.source());
        List<DisagreementStage> stages = disagreement.stages();
        Optional<DisagreementStage> awaited = awaited(disagreement);
        for (int i = 0; i < stages.size(); i++) {
            DisagreementStage stage = stages.get(i);
            String path = "stages/" + i;
            Optional<Deadline> deadline = responseDeadline(stage, calendar);
            if (deadline.isPresent()) {
                Deadline due = deadline.get();
                if (stage.respondedOn().isPresent()) {
                    DeadlineOutcome outcome = due.outcome(stage.respondedOn().get());
                    if (outcome.isLate()) {
                        findings.add(finding(Severity.QUERY, "multiagency.escalation-response-late",
                                path + "/respondedOn", stage.stage().stageName() + ": the response came "
                                        + Wording.workingDays(outcome.workingDaysLate()) + " after its due date ("
                                        + due.dueDate() + ")."));
                    }
                } else if (awaited.isPresent() && i == stages.size() - 1) {
                    DeadlineStatus status = due.status(asOf);
                    if (status.isOverdue()) {
                        findings.add(finding(Severity.ERROR, "multiagency.escalation-response-overdue", path,
                                stage.stage().stageName() + ": the response is overdue (due " + due.dueDate() + ", "
                                        + Wording.workingDays(status.workingDaysOverdue()) + " overdue)."));
                    }
                } else {
                    LocalDate closed = i + 1 < stages.size() ? stages.get(i + 1).startedOn()
                            : disagreement.resolvedOn().orElseThrow();
                    if (closed.isAfter(due.dueDate())) {
                        findings.add(finding(Severity.QUERY, "multiagency.escalation-response-late", path,
                                stage.stage().stageName() + ": no response was recorded by its due date ("
                                        + due.dueDate() + ")."));
                    }
                }
            }
            String participants = "stages/" + i + "/participants";
            recorded.stream().filter(f -> f.path().equals(participants)).forEach(findings::add);
        }
        recorded.stream().filter(f -> !f.path().startsWith("stages/")).forEach(findings::add);
        return List.copyOf(findings);
    }

    private static Optional<DisagreementStage> awaited(ProfessionalDisagreement disagreement) {
        Objects.requireNonNull(disagreement, "disagreement");
        return disagreement.isResolved() ? Optional.empty()
                : disagreement.latestStage().filter(stage -> stage.respondedOn().isEmpty());
    }

    private Finding finding(Severity severity, String code, String path, String message) {
        return Finding.of(severity, code, path, message, protocol.source());
    }

    /** The protocol's id. */
    @Override
    public String toString() {
        return "Escalation{" + protocol.id() + "}";
    }
}
