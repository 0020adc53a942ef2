package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A case brought to joint agency group supervision, from the request to the session: who identified it
 * and why, the accountable manager's decision, and the session held.
 *
 * <pre>{@code
 * JointSupervisionRequest r = JointSupervisionRequest.builder()
 *         .id("jags-1").addChildId("child-1")
 *         .requestedBy(teacher).requesterRole(RequesterRole.PRACTITIONER).requestedOn(date)
 *         .addReason(JointSupervisionReason.STUCK)
 *         .decision(JointSupervisionDecision.agreed(manager, decidedOn))
 *         .build();
 * JointAgencyGroupSupervision.norfolk2023().sessionDeadline(r, UkCalendars.englandAndWales());  // rules module
 * }</pre>
 *
 * <p>Joint supervision "is not about sharing new information or making case decisions", does not replace
 * statutory meetings, and "should not be used as a means of formal escalation"; where a child is at
 * immediate risk of harm a Section 47 strategy meeting is convened instead.
 *
 * <p>Rejected at construction: a blank identifier or child identifier; a decision before the request; a
 * session arranged before the request or the decision, or after it was held; a session before the request or
 * before the decision. A session held without an agreed decision is
 * recorded as it happened and reported by the rules.
 *
 * <p>Bean Validation: a request saves as a draft at any stage (the default group has no constraint: a
 * session that broke the procedure is recorded as it happened). Before the record is complete (the
 * {@link Complete} group), the request is not for a child at immediate risk of harm (error
 * {@link StrategyMeetingForImmediateRisk}: a Section 47 strategy meeting instead) and is not decided by its
 * requester (error {@link DecidedByAnotherThanTheRequester}); a session held records how its thinking points
 * reached the family (query {@link FamilyFeedbackRecorded}) and keeps the procedure: errors {@link JointSupervisionAgreed},
 * {@link TwoSupervisors}, {@link SupervisorsFromTwoAgencies}, {@link LeadCoordinatorNamed},
 * {@link NoMoreThanTenSupervisees}, {@link ParticipantsToldOfDisclosure}, {@link SupervisionRecordCirculated}
 * and {@link SupervisionRecordOnFile}; queries {@link NoMoreThanEightSupervisees}, {@link KeyworkerRecorded}
 * and {@link FurtherSessionDatesConfirmed}. They are the rules module's findings with the same codes and
 * paths ({@code session/supervisors}), run by the same check, and are declared here, on the record that
 * holds the session. Whether the session is overdue or was late needs a date "as of" and a calendar, which
 * Bean Validation does not have: that stays with the rules module.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), sections 2 and
 * 4; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Community of Practice and
 * Joint Agency Group Supervision".
 */
@Value.Immutable
@JointSupervisionAgreed(groups = Complete.class)
@TwoSupervisors(groups = Complete.class)
@SupervisorsFromTwoAgencies(groups = Complete.class)
@LeadCoordinatorNamed(groups = Complete.class)
@NoMoreThanTenSupervisees(groups = Complete.class)
@NoMoreThanEightSupervisees(groups = Complete.class, payload = Query.class)
@ParticipantsToldOfDisclosure(groups = Complete.class)
@SupervisionRecordCirculated(groups = Complete.class)
@SupervisionRecordOnFile(groups = Complete.class)
@KeyworkerRecorded(groups = Complete.class, payload = Query.class)
@FurtherSessionDatesConfirmed(groups = Complete.class, payload = Query.class)
@StrategyMeetingForImmediateRisk(groups = Complete.class)
@DecidedByAnotherThanTheRequester(groups = Complete.class)
@FamilyFeedbackRecorded(groups = Complete.class, payload = Query.class)
public abstract class JointSupervisionRequest {

    /** The identifier the vendor's system uses for the request; not blank. */
    public abstract String id();

    /** The identifiers of the children whose case it is. */
    public abstract List<String> childIds();

    /** Who identified the case as appropriate for joint supervision. */
    public abstract Practitioner requestedBy();

    /** In what role they identified it. */
    public abstract RequesterRole requesterRole();

    /** The date of the request. */
    public abstract LocalDate requestedOn();

    /** Why: very complex, stuck, drifting; may be empty. */
    public abstract Set<JointSupervisionReason> reasons();

    /**
     * Whether there are serious concerns which place the child, young person or their family at immediate risk
     * of harm; false unless set. "Where there are serious concerns which place a child, young person or their
     * families at immediate risk of harm a Section 47 Strategy meeting should be convened to discuss the
     * concerns and make a plan to keep the child safe": such a request is redirected to a strategy discussion,
     * not agreed for joint supervision (procedure section 2).
     */
    @Value.Default
    public boolean immediateRiskOfHarm() {
        return false;
    }

    /** The accountable manager's decision, once made. */
    public abstract Optional<JointSupervisionDecision> decision();

    /**
     * The date the session was arranged (booked with the supervisors and the group), once it was: "The
     * supervision session should be arranged within 15 working days from the date of the accountable leads'
     * decision to provide a joint supervision session." Not before the decision, nor after the session was held.
     * Where it is not recorded and the session is held, the library takes the session to have been arranged by
     * the day it was held at the latest.
     */
    public abstract Optional<LocalDate> sessionArrangedOn();

    /** The session, once held. */
    public abstract Optional<JointSupervisionSession> session();

    /** A builder; the identifier, requester, role and date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code request}, to add the decision or the session. */
    public static Builder builder(JointSupervisionRequest request) {
        Builder builder = new Builder();
        builder.from(request);
        return builder;
    }

    /** Builds a {@link JointSupervisionRequest}; {@code build()} checks the identifiers and the order of the dates. */
    public static final class Builder extends ImmutableJointSupervisionRequest.Builder {
    }

    /** Whether the accountable manager agreed to joint supervision. */
    public boolean isAgreed() {
        return decision().map(JointSupervisionDecision::agreed).orElse(false);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "childIds", childIds());
        Checks.notBlank(id(), "id");
        for (String childId : childIds()) {
            Checks.notBlank(childId, "childIds");
        }
        decision().ifPresent(d -> Checks.require(!d.decidedOn().isBefore(requestedOn()), "decision",
                "must not be dated before the request"));
        sessionArrangedOn().ifPresent(a -> {
            Checks.require(!a.isBefore(requestedOn()), "sessionArrangedOn", "must not be before the request");
            decision().ifPresent(d -> Checks.require(!a.isBefore(d.decidedOn()), "sessionArrangedOn",
                    "must not be before the decision"));
            session().ifPresent(s -> Checks.require(!a.isAfter(s.heldOn()), "sessionArrangedOn",
                    "must not be after the session was held"));
        });
        session().ifPresent(s -> {
            Checks.require(!s.heldOn().isBefore(requestedOn()), "session", "must not be held before the request");
            decision().ifPresent(d -> Checks.require(!s.heldOn().isBefore(d.decidedOn()), "session",
                    "must not be held before the decision"));
        });
    }

    /** The identifiers, dates and shape; never a name. */
    @Override
    public String toString() {
        return "JointSupervisionRequest{id=" + id() + ", childIds=" + childIds() + ", requestedBy=" + requestedBy()
                + ", requesterRole=" + requesterRole() + ", requestedOn=" + requestedOn() + ", reasons=" + reasons()
                + ", immediateRiskOfHarm=" + immediateRiskOfHarm()
                + ", decision=" + decision().map(Object::toString).orElse("none")
                + ", sessionArrangedOn=" + sessionArrangedOn().map(LocalDate::toString).orElse("none")
                + ", session=" + session().map(Object::toString).orElse("none") + "}";
    }

    /**
     * What the guidance would query in this request: what the record of the request, its decision and its sessions
     * lacks, needing no date. The findings are those of the completeness rules that its Bean Validation constraints
     * (group {@code Complete}) report, with the same codes, severities, paths and sources, each with a message that
     * may name the part of the record it is about; the rules module's {@code JointAgencyGroupSupervision.check}
     * reports them too, beside the rules that need a date or a profile. Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(MultiagencyChecks.jointSupervision(this));
    }
}
