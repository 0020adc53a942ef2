package dev.safeguarding.model.chronology;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pattern found in a chronology ({@link PatternKind}), with the entries that support it and the span
 * of dates it covers: for example three incidents of domestic abuse within six months, or a Child in Need
 * plan with no review for five months. A prompt to look again, never a conclusion: "Chronologies - can
 * be used to spot changes, patterns, repetition etc."
 *
 * <p>Made by the rules ({@code dev.safeguarding.rules.chronology.ChronologyPatterns}); stored and read
 * back like any value. {@link #toFinding()} gives it as a {@link Finding} (a query) for a vendor that
 * shows every rule's result the same way.
 *
 * <p>The message names kinds, codes, counts and dates of the work, never free text of the entries.
 * {@link #toString()} shows the kind, the dates and the number of entries.
 *
 * <p>Rejected at construction: no supporting entries, a span that ends before it starts, a blank message.
 *
 * <p>Bean Validation: no constraint. A pattern is a result the rules module finds in a chronology as of a
 * date, not a record that is drafted and completed; finding one needs that date, which Bean Validation does
 * not have.
 *
 * <p>Source: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core
 * Skills"; the passage of each {@link PatternKind}.
 */
@Value.Immutable
public abstract class ChronologyPattern {

    /** Which pattern. */
    public abstract PatternKind kind();

    /** The first date the pattern covers. */
    public abstract LocalDate fromDate();

    /** The last date the pattern covers (for drift in an open plan, the date the chronology was read as of). */
    public abstract LocalDate toDate();

    /** The entries that support the pattern, in chronological order; at least one. */
    public abstract List<ChronologyEntry> entries();

    /** For repeated incidents, the category code they share, if they have one. */
    public abstract Optional<String> category();

    /** For a missed deadline, the identifier of the timescale. */
    public abstract Optional<String> timescaleId();

    /** What was found, in plain English, without free text from the entries. */
    public abstract String message();

    /** A builder; the kind, dates, entries and message are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChronologyPattern}. */
    public static final class Builder extends ImmutableChronologyPattern.Builder {
    }

    /** The passage of the guidance the pattern rests on: its kind's. */
    public SourcePassage source() {
        return kind().source();
    }

    /** The pattern as a query finding, code {@code chronology.} and the kind's code, at {@code entries}. */
    public Finding toFinding() {
        return Finding.of(Severity.QUERY, "chronology." + kind().code(), "entries", message(), source());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("category", category(), "timescaleId", timescaleId(), "message", message());
        Checks.require(!entries().isEmpty(), "entries", "must hold at least one supporting entry");
        Checks.require(!toDate().isBefore(fromDate()), "toDate", "must not be before fromDate");
        Checks.notBlank(message(), "message");
        category().ifPresent(c -> Checks.notBlank(c, "category"));
        timescaleId().ifPresent(t -> Checks.notBlank(t, "timescaleId"));
    }

    /** The kind, the dates, the codes and the number of entries. */
    @Override
    public String toString() {
        return "ChronologyPattern{" + kind() + ", " + fromDate() + " to " + toDate() + category().map(c -> ", " + c).orElse("")
                + timescaleId().map(t -> ", " + t).orElse("") + ", entries=" + entries().size() + "}";
    }
}
