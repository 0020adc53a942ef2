package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Contributor;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One statement of a {@link SignsOfSafetyMap}: what it is (its {@linkplain MapCategory category}: past
 * harm, a danger statement, an existing strength, a safety goal...), what it says, who contributed it
 * and when.
 *
 * <p><b>How to write one.</b> The guidance asks that "the statements that are developed and recorded
 * should focus on specific, observable behaviours rather than judgement loaded terms or vague
 * interpretations", and that they "avoid professional jargon and are written in a language more readily
 * understood by the family": "children have access to their records and our language and descriptions
 * ... will need to make sense to them if they ever read them in the future". So: "Dad shouted at Mum and
 * pushed her against the wall while the baby was in the room on 3 May", not "volatile home
 * environment". The library cannot check this; it keeps the text exactly as written.
 *
 * <p><b>Who and when.</b> Every statement names its {@link #contributor()}: the child, a member of the
 * family or network, or a practitioner, with the practitioner's {@link #agency()} where the record holds
 * it; and the date it was {@linkplain #recordedOn() recorded}. The guidance asks for fact to be
 * distinguished from opinion and for the views of family and professionals alike; whose statement it is
 * is part of the statement.
 *
 * <p><b>Goals answer worries.</b> A {@linkplain MapCategory#SAFETY_GOAL safety goal} names, in
 * {@link #dangerStatementIds()}, the {@linkplain #id() identifiers} of the danger statements of the same
 * map that it answers; the map checks that each names one. A danger statement that no goal names is a
 * worry with no matching goal (the rules module reports it). Statements of other categories name none.
 * The guidance does not say how a goal is matched to a worry; the explicit link is the library's.
 *
 * <p>Rejected at construction, naming the field: a blank id or text; an agency for a contributor who is
 * not a practitioner; danger statement ids on a statement that is not a safety goal, or a blank one.
 *
 * <p>The text is free text about a family: {@link #toString()} never shows it.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link SignsOfSafetyMap}, whose constraints
 * (group {@code Complete}) look into it: a danger statement no goal answers is reported at
 * {@code statements[i]} by {@code GoalForEachWorry}. The guidance's advice on how to write a statement
 * (specific, observable behaviour, in the family's language) is not a rule a validator can check.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what
 * we do and the decisions we take" and "Using the Signs of Safety Framework"; the map's structure as in
 * the library's notes ({@code docs/practice-frameworks.md}).
 */
@Value.Immutable
public abstract class MapStatement {

    /** An identifier of the statement, unique within its map; not blank. */
    public abstract String id();

    /** What the statement is: past harm, a danger statement, an existing strength, a safety goal... */
    public abstract MapCategory category();

    /**
     * What the statement says: specific, observable behaviour in plain language the family understands.
     * Free text; never shown by {@link #toString()}.
     */
    public abstract String text();

    /** Who contributed the statement: the child, a family or network member, or a practitioner. */
    public abstract Contributor contributor();

    /** The agency of a practitioner who contributed the statement, where recorded; empty for anyone else. */
    public abstract Optional<Agency> agency();

    /** The date the statement was recorded. */
    public abstract LocalDate recordedOn();

    /**
     * For a safety goal, the identifiers of the danger statements of the same map it answers; empty for
     * every other category (and possibly for a goal that answers none).
     */
    public abstract Set<String> dangerStatementIds();

    /** The question the statement answers: its category's. */
    public SignsOfSafetyQuestion question() {
        return category().question();
    }

    /** A builder; every attribute but the agency and the danger statement ids is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MapStatement}; {@code build()} checks the fields. */
    public static final class Builder extends ImmutableMapStatement.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "text", text(), "dangerStatementIds", dangerStatementIds());
        Checks.notBlank(id(), "id");
        Checks.notBlank(text(), "text");
        Checks.require(agency().isEmpty() || contributor().isProfessional(), "agency",
                "only a statement contributed by a practitioner has an agency");
        Checks.require(dangerStatementIds().isEmpty() || category() == MapCategory.SAFETY_GOAL,
                "dangerStatementIds", "only a safety goal names the danger statements it answers");
        dangerStatementIds().forEach(id -> Checks.notBlank(id, "dangerStatementIds"));
    }

    /** The id, category, contributor and links; never the text. */
    @Override
    public String toString() {
        return "MapStatement{id=" + id() + ", " + category() + ", by " + contributor().kind() + " "
                + contributor().id() + agency().map(a -> " of " + a.id()).orElse("")
                + (dangerStatementIds().isEmpty() ? "" : ", answers " + dangerStatementIds()) + "}";
    }
}
