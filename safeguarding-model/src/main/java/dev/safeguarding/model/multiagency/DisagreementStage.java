package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Practitioner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stage of a professional disagreement as it happened: the {@linkplain EscalationStage stage}, the
 * date the disagreement reached it, who took part, the date of the response at that stage and its
 * outcome. "Clear records should be kept of disagreements and resolutions reached by all parties."
 *
 * <p>Rejected at construction: a response before the stage started; a blank outcome. The outcome is free
 * text and the participants are named people: {@link #toString()} shows neither text nor names.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link ProfessionalDisagreement}, whose
 * constraint {@code StageParticipantsRecorded} checks each stage's two sides at
 * {@code stages[i].participants}: a rule belongs to the record it is checked on.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 5,
 * "Resolving Professional Disagreements".
 */
@Value.Immutable
public abstract class DisagreementStage {

    /** The stage. */
    public abstract EscalationStage stage();

    /** The date the disagreement reached this stage: the trigger of the stage's timescale, if the protocol has one. */
    public abstract LocalDate startedOn();

    /** The professionals or managers who took part at this stage. */
    public abstract List<Practitioner> participants();

    /** The date of the response at this stage, once given; not before {@link #startedOn()}. */
    public abstract Optional<LocalDate> respondedOn();

    /** What was agreed or decided at this stage; free text, never shown by {@link #toString()}. */
    public abstract Optional<String> outcome();

    /** A stage just started, with no response yet. */
    public static DisagreementStage of(EscalationStage stage, LocalDate startedOn, List<Practitioner> participants) {
        return builder().stage(stage).startedOn(startedOn).participants(participants).build();
    }

    /** A builder; the stage and the start date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code stage}, to record its response. */
    public static Builder builder(DisagreementStage stage) {
        Builder builder = new Builder();
        builder.from(stage);
        return builder;
    }

    /** Builds a {@link DisagreementStage}; {@code build()} checks the dates and the outcome. */
    public static final class Builder extends ImmutableDisagreementStage.Builder {
    }

    /** The latest date of the stage: the response, or the start while there is none. */
    public LocalDate lastDate() {
        return respondedOn().orElse(startedOn());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("outcome", outcome());
        respondedOn().ifPresent(d -> Checks.require(!d.isBefore(startedOn()), "respondedOn",
                "must not be before the stage started"));
        outcome().ifPresent(o -> Checks.notBlank(o, "outcome"));
    }

    /** The stage, dates and participants' identifiers; never the outcome or a name. */
    @Override
    public String toString() {
        return "DisagreementStage{" + stage() + ", startedOn=" + startedOn() + ", participants=" + participants()
                + ", respondedOn=" + respondedOn().map(LocalDate::toString).orElse("none")
                + (outcome().isPresent() ? ", outcome recorded" : "") + "}";
    }
}
