package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Practitioner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A joint agency group supervision session as it was held: who facilitated it and who was supervised,
 * what participants were told, what became of the record, and whether further sessions were agreed.
 *
 * <p>What the procedure asks (section 4 unless said otherwise), and how the library holds it:
 * <ul>
 *   <li>"Two supervisors should be agreed from two agencies to facilitate the supervision session with
 *       one being the lead coordinator (LC)": {@link #supervisors()} and {@link #leadCoordinatorId()};</li>
 *   <li>"sessions to include no more than 8-10 supervisees": {@link #supervisees()};</li>
 *   <li>"A record of the supervision should be completed at the supervision session, circulated to all
 *       attendees and placed on the child's file by the keyworker": {@link #recordCirculatedOn()},
 *       {@link #recordPlacedOnFileOn()} and {@link #keyworker()};</li>
 *   <li>"At the end of the supervision session, the supervisors should agree with the group whether
 *       further sessions are required and if so future dates should be confirmed with the group":
 *       {@link #furtherSessionsAgreed()} and {@link #furtherSessionDates()};</li>
 *   <li>"any thinking points, theories or questions that come out of it will be shared with the
 *       child/parents/carers or at the next Core Group, CiN meeting or Family Support Meeting" (section 3;
 *       "nothing about us, without us", section 2): {@link #familyFeedback()} and
 *       {@link #familyFeedbackOn()};</li>
 *   <li>"All participants of the group should be made aware before supervision starts that the content of
 *       the discussions will be recorded in minutes and that the minutes will be shared in the event of a
 *       subject access request being made by a parent/carer" (framework NSCP 3.15, section 4):
 *       {@link #participantsToldOfDisclosure()}.</li>
 * </ul>
 * A session that breaks these rules can still be recorded, because it happened: the rules module's
 * {@code JointAgencyGroupSupervision.check} says what was wrong. Rejected at construction, because
 * they make no sense: a lead coordinator who is not one of the supervisors, a record circulated or placed
 * on file before the session, feedback to the family dated before the session or with no route, a further
 * session on or before this one, further session dates when no
 * further sessions were agreed.
 *
 * <p>Practitioners' names are personal data: {@link #toString()} shows identifiers and counts only.
 *
 * <p>Bean Validation: no constraint of its own. The procedure's rules for a session (two supervisors from
 * two agencies, a lead coordinator, at most 8-10 supervisees, participants told of disclosure, the record
 * circulated and on the child's file) are declared on the {@link JointSupervisionRequest} that holds it and
 * reported at {@code session.supervisors} and so on, the paths the rules module uses: a rule belongs to the
 * record it is checked on.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), sections 4 and 5;
 * NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 4.
 */
@Value.Immutable
public abstract class JointSupervisionSession {

    /** The date the session was held. */
    public abstract LocalDate heldOn();

    /** The supervisors who facilitated the session: two, from two agencies, when the procedure is followed. */
    public abstract List<Practitioner> supervisors();

    /** The identifier of the supervisor who was the lead coordinator, if one was; one of {@link #supervisors()}. */
    public abstract Optional<String> leadCoordinatorId();

    /** The professionals supervised: no more than 8-10 when the procedure is followed. */
    public abstract List<Practitioner> supervisees();

    /**
     * Whether every participant was told, before supervision started, that the discussion is minuted and
     * that the minutes will be shared if a parent or carer makes a subject access request; false unless set.
     */
    @Value.Default
    public boolean participantsToldOfDisclosure() {
        return false;
    }

    /** The date the record was circulated to all attendees; not before the session. */
    public abstract Optional<LocalDate> recordCirculatedOn();

    /** The date the record was placed on the child's file; not before the session. */
    public abstract Optional<LocalDate> recordPlacedOnFileOn();

    /** The keyworker who places the record on the child's file. */
    public abstract Optional<Practitioner> keyworker();

    /**
     * How the session's thinking points, theories or questions were shared with the child and family, once they
     * were: "shared with the child/parents/carers or at the next Core Group, CiN meeting or Family Support
     * Meeting" ("nothing about us, without us", procedure sections 2 and 3).
     */
    public abstract Optional<FamilyFeedbackRoute> familyFeedback();

    /** The date the feedback reached the child and family (or the meeting was held); not before the session. */
    public abstract Optional<LocalDate> familyFeedbackOn();

    /** Whether the group agreed that further sessions are required; false unless set. */
    @Value.Default
    public boolean furtherSessionsAgreed() {
        return false;
    }

    /** The dates of further sessions confirmed with the group, each after this session; empty unless agreed. */
    public abstract List<LocalDate> furtherSessionDates();

    /** A builder; {@code heldOn} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code session}, to record what happened after it. */
    public static Builder builder(JointSupervisionSession session) {
        Builder builder = new Builder();
        builder.from(session);
        return builder;
    }

    /** Builds a {@link JointSupervisionSession}; {@code build()} checks the identifiers and the dates. */
    public static final class Builder extends ImmutableJointSupervisionSession.Builder {
    }

    /** The supervisor who was lead coordinator, if one is named. */
    public Optional<Practitioner> leadCoordinator() {
        return leadCoordinatorId().flatMap(id -> supervisors().stream().filter(s -> s.id().equals(id)).findFirst());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("leadCoordinatorId", leadCoordinatorId());
        leadCoordinatorId().ifPresent(id -> Checks.require(
                supervisors().stream().anyMatch(s -> s.id().equals(id)), "leadCoordinatorId",
                "must be the identifier of one of the supervisors"));
        recordCirculatedOn().ifPresent(d -> Checks.require(!d.isBefore(heldOn()), "recordCirculatedOn",
                "must not be before the session"));
        recordPlacedOnFileOn().ifPresent(d -> Checks.require(!d.isBefore(heldOn()), "recordPlacedOnFileOn",
                "must not be before the session"));
        familyFeedbackOn().ifPresent(d -> Checks.require(!d.isBefore(heldOn()), "familyFeedbackOn",
                "must not be before the session"));
        Checks.require(familyFeedbackOn().isEmpty() || familyFeedback().isPresent(), "familyFeedbackOn",
                "must be given only with the route of the feedback");
        Checks.require(furtherSessionsAgreed() || furtherSessionDates().isEmpty(), "furtherSessionDates",
                "must be empty unless further sessions were agreed");
        for (LocalDate date : furtherSessionDates()) {
            Checks.require(date.isAfter(heldOn()), "furtherSessionDates", "must each be after the session");
        }
    }

    /** The date, identifiers and counts; never a name. */
    @Override
    public String toString() {
        return "JointSupervisionSession{heldOn=" + heldOn() + ", supervisors=" + supervisors()
                + ", leadCoordinatorId=" + leadCoordinatorId().orElse("none")
                + ", supervisees=" + supervisees().size()
                + ", participantsToldOfDisclosure=" + participantsToldOfDisclosure()
                + ", recordCirculatedOn=" + recordCirculatedOn().map(LocalDate::toString).orElse("none")
                + ", recordPlacedOnFileOn=" + recordPlacedOnFileOn().map(LocalDate::toString).orElse("none")
                + ", keyworker=" + keyworker().map(Practitioner::id).orElse("none")
                + ", familyFeedback=" + familyFeedback().map(Enum::name).orElse("none")
                + ", familyFeedbackOn=" + familyFeedbackOn().map(LocalDate::toString).orElse("none")
                + ", furtherSessionsAgreed=" + furtherSessionsAgreed()
                + ", furtherSessionDates=" + furtherSessionDates() + "}";
    }
}
