package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.chronology.PatternKind;
import java.util.List;
import java.util.Objects;

/**
 * A chronology counted as of a date ({@link ChronologyPatterns#tally}): how many patterns of each kind it shows
 * and the deadlines each followed timescale sets in it, as {@link ChronologyPatterns#read} finds them, without
 * the patterns themselves. What a caseload's analysis keeps of each case
 * ({@link dev.safeguarding.rules.analytics.CaseloadAnalysis}): no pattern, and no message, is made for a case
 * whose patterns are only counted.
 *
 * <p>Source: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core Skills":
 * "Chronologies - can be used to spot changes, patterns, repetition etc."
 */
public final class ChronologyTally {

    private final int[] patterns;
    private final List<List<ChronologyDeadline>> deadlines;

    ChronologyTally(int[] patterns, List<List<ChronologyDeadline>> deadlines) {
        this.patterns = patterns;
        this.deadlines = deadlines;
    }

    /** How many patterns of {@code kind} the chronology shows: as many as {@link ChronologyPatterns#find} finds. */
    public int patterns(PatternKind kind) {
        return patterns[Objects.requireNonNull(kind, "kind").ordinal()];
    }

    /** How many patterns of every kind the chronology shows. */
    public int patterns() {
        int total = 0;
        for (int count : patterns) {
            total += count;
        }
        return total;
    }

    /**
     * The deadlines of each timescale of {@link ChronologyPatterns#timescales()}, in that order, as
     * {@link ChronologyReading#deadlines()} gives them.
     */
    public List<List<ChronologyDeadline>> deadlines() {
        return deadlines;
    }

    /** The counts by kind, and how many deadlines each timescale set: no date, no entry, nothing of the child. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ChronologyTally{");
        for (PatternKind kind : PatternKind.values()) {
            text.append(kind).append('=').append(patterns[kind.ordinal()]).append(", ");
        }
        text.append("deadlines=[");
        for (int i = 0; i < deadlines.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(deadlines.get(i).size());
        }
        return text.append("]}").toString();
    }
}
