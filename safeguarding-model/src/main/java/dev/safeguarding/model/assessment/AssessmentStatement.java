package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing recorded in an assessment: what is working well or what the worry is, marked as
 * {@linkplain FactOrOpinion fact or opinion}, with who it came from (the child, a member of the family or
 * a practitioner, and where known their agency) and when. "Ensuring that information used to inform the
 * assessment is accurate and that fact is distinguished from opinion, is essential in determining the
 * correct course of action."
 *
 * <p>The text is free text about a family: {@link #toString()} never shows it, nor the date.
 *
 * <p>Bean Validation: no constraint of its own. It is part of an {@link Assessment}, whose constraints
 * (group {@code Complete}) look into it: a rule belongs to the record it is checked on. (A statement in a
 * graded care snapshot is checked against the profile by the rules module.)
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency" and "Recording what we do and the decisions we take" ("Where possible, the
 * statements that are developed and recorded should focus on specific, observable behaviours").
 */
@Value.Immutable
public abstract class AssessmentStatement {

    /** What was seen, said or judged, in plain language; not blank. */
    public abstract String text();

    /** Whether the statement is a fact or an opinion. */
    public abstract FactOrOpinion factOrOpinion();

    /** Who the statement came from, by identifier. */
    public abstract Contributor contributor();

    /** The identifier of the agency the statement came from, where known (for a practitioner, their agency's). */
    public abstract Optional<String> agencyId();

    /** When the fact was observed or the opinion given. */
    public abstract LocalDate date();

    /** The observation prompt the statement answers, if any ("Does the Parent respond to the child's cues?"). */
    public abstract Optional<ObservationPrompt> prompt();

    /** A fact, from {@code contributor}, on {@code date}. */
    public static AssessmentStatement fact(String text, Contributor contributor, LocalDate date) {
        return builder().text(text).factOrOpinion(FactOrOpinion.FACT).contributor(contributor).date(date).build();
    }

    /** An opinion, from {@code contributor}, on {@code date}. */
    public static AssessmentStatement opinion(String text, Contributor contributor, LocalDate date) {
        return builder().text(text).factOrOpinion(FactOrOpinion.OPINION).contributor(contributor).date(date)
                .build();
    }

    /** A builder; every attribute but the agency and the prompt is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AssessmentStatement}. */
    public static final class Builder extends ImmutableAssessmentStatement.Builder {
    }

    /** Whether the statement is a fact. */
    public boolean isFact() {
        return factOrOpinion() == FactOrOpinion.FACT;
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("text", text(), "agencyId", agencyId());
        Checks.notBlank(text(), "text");
        agencyId().ifPresent(a -> Checks.notBlank(a, "agencyId"));
    }

    /** Fact or opinion and the contributor; never the text or the date. */
    @Override
    public String toString() {
        return "AssessmentStatement{" + factOrOpinion() + ", " + contributor().kind() + " " + contributor().id()
                + agencyId().map(a -> ", agency " + a).orElse("") + prompt().map(p -> ", " + p).orElse("") + "}";
    }
}
