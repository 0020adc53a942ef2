package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The child's own view or lived experience, as heard or seen: the child's voice has a place of its own
 * in an assessment. "Have we really heard the child's voice?"; "Speak to the children too and assure
 * yourself that you understand their wishes and feelings"; for a baby, "Use of observation to access the
 * voice and lived experience of the child".
 *
 * <p>The text is free text about the child: {@link #toString()} never shows it, nor the date.
 *
 * <p>Bean Validation: no constraint of its own. It is part of an {@link Assessment}, whose constraints
 * (group {@code Complete}) look into it: a rule belongs to the record it is checked on.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Conversation
 * Opportunities" and "Community of Practice and Joint Agency Group Supervision"; Somerset Safeguarding
 * Children Board, practitioner forum (2017), "Capturing a baby's perspective" and "Case Note Recordings"
 * ("Observations of the child (including the child's voice)").
 */
@Value.Immutable
public abstract class ChildsView {

    /** What the child said, showed or was seen to experience; not blank. */
    public abstract String text();

    /** How the child was heard. */
    public abstract VoiceMethod method();

    /** Who heard or saw it and recorded it, by identifier. */
    public abstract Contributor recordedBy();

    /** When. */
    public abstract LocalDate date();

    /** The observation prompt the record answers, if any ("Does the child respond to people?"). */
    public abstract Optional<ObservationPrompt> prompt();

    /** A view heard by {@code method}, recorded by {@code recordedBy} on {@code date}. */
    public static ChildsView of(VoiceMethod method, String text, Contributor recordedBy, LocalDate date) {
        return builder().method(method).text(text).recordedBy(recordedBy).date(date).build();
    }

    /** A builder; every attribute but the prompt is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChildsView}. */
    public static final class Builder extends ImmutableChildsView.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("text", text());
        Checks.notBlank(text(), "text");
    }

    /** The method and who recorded it; never the text or the date. */
    @Override
    public String toString() {
        return "ChildsView{" + method() + ", recorded by " + recordedBy().kind() + " " + recordedBy().id()
                + prompt().map(p -> ", " + p).orElse("") + "}";
    }
}
