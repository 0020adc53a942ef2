package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Contributor;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An observation of a baby or young child, or of a parent with the child: the way to the voice of a
 * child who cannot yet speak. "Use of observation to access the voice and lived experience of the
 * child"; practitioners should "use direct observation of babies and young children by a range of people
 * and make sense of these observations in relation to risk factors."
 *
 * <p>An observation is about the {@linkplain ObservationSubject child or a parent}; it may answer one of
 * the slides' {@linkplain ObservationPrompt prompts} for its subject, note the {@linkplain BabyCue cues}
 * a skilled observer noticed (of the child only), and say in the observer's words what was seen. It
 * must hold at least one of the three. For a parent, {@link #parentId()} may say which one: the slides
 * ask practitioners to "routinely involve fathers and other male figures".
 *
 * <p>Rejected at construction, naming the field: a prompt about the other subject; cues or nothing
 * observed; cues on an observation of a parent; a parent id on an observation of the child; a blank note
 * or parent id.
 *
 * <p>The note is free text: {@link #toString()} never shows it.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link SignsOfSafetyMap}, whose constraint
 * {@code ChildsVoiceCaptured} (group {@code Complete}) counts it as the child's voice. The builder requires
 * that it answer a prompt, note a cue or say what was seen; the guidance sets no other rule for one.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Capturing a baby's perspective", "The Voice of the Child - Ofsted 2011 (cont)", "Effective
 * communication with young children/babies" and "Case Note Recordings" ("Observations of the child
 * (including the child's voice)").
 */
@Value.Immutable
public abstract class Observation {

    /** Who observed: usually a practitioner; a family member who knows the child well may too. */
    public abstract Contributor observer();

    /** The date of the observation. */
    public abstract LocalDate observedOn();

    /** Whom the observation is about. */
    public abstract ObservationSubject subject();

    /** For an observation of a parent, the identifier of the family member observed, where recorded. */
    public abstract Optional<String> parentId();

    /** The prompt the observation answers, where it answers one; always about {@link #subject()}. */
    public abstract Optional<ObservationPrompt> prompt();

    /** What a skilled observer noticed of the baby; only for an observation of the child. */
    public abstract Set<BabyCue> cues();

    /** What was seen, in the observer's words. Free text; never shown by {@link #toString()}. */
    public abstract Optional<String> note();

    /** A builder; the observer, the date and the subject are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Observation}; {@code build()} checks the fields. */
    public static final class Builder extends ImmutableObservation.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("parentId", parentId(), "note", note());
        prompt().ifPresent(p -> Checks.require(p.subject() == subject(), "prompt",
                "must be a prompt about the observation's subject"));
        Checks.require(cues().isEmpty() || subject() == ObservationSubject.CHILD, "cues",
                "only an observation of the child notes a baby's cues");
        Checks.require(parentId().isEmpty() || subject() == ObservationSubject.PARENT, "parentId",
                "only an observation of a parent names the parent");
        parentId().ifPresent(id -> Checks.notBlank(id, "parentId"));
        note().ifPresent(n -> Checks.notBlank(n, "note"));
        Checks.require(prompt().isPresent() || !cues().isEmpty() || note().isPresent(), "note",
                "an observation must answer a prompt, note a cue or say what was seen");
    }

    /** The observer, subject, prompt and cues; never the note. */
    @Override
    public String toString() {
        return "Observation{by " + observer().kind() + " " + observer().id() + ", " + subject()
                + parentId().map(id -> " " + id).orElse("") + prompt().map(p -> ", " + p).orElse("")
                + (cues().isEmpty() ? "" : ", cues=" + cues()) + (note().isPresent() ? ", noted" : "") + "}";
    }
}
