package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the patterns of one {@linkplain PatternKind kind} in a chronology's entries; {@link ChronologyPatterns}
 * runs one detector per kind. A detector is immutable, holds only its settings, and is a pure function of its
 * arguments. Not API: the front door is {@link ChronologyPatterns}.
 *
 * <p>Source: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core Skills":
 * "Chronologies - can be used to spot changes, patterns, repetition etc."
 */
interface PatternDetector {

    /** The kind of pattern this detector finds; every pattern it returns is of this kind. */
    PatternKind kind();

    /**
     * The patterns of {@link #kind()} in {@code entries}, which are in chronological order and all dated on or
     * before {@code asOf}, in no particular order.
     */
    default List<ChronologyPattern> detect(List<ChronologyEntry> entries, LocalDate asOf) {
        List<ChronologyPattern> found = new ArrayList<>();
        scan(entries, asOf, found);
        return found;
    }

    /**
     * How many patterns {@link #detect} finds in {@code entries}, found by the same reading: each is added to
     * {@code found}, or, when {@code found} is null, only counted, and no pattern (nor its message) is made. A
     * caseload's analysis keeps the counts alone ({@link ChronologyPatterns#tally}).
     */
    int scan(List<ChronologyEntry> entries, LocalDate asOf, @Nullable List<ChronologyPattern> found);

    /** A pattern of {@code kind} supported by {@code support}, spanning its first to its last entry's date. */
    static ChronologyPattern.Builder pattern(PatternKind kind, List<ChronologyEntry> support) {
        return ChronologyPattern.builder()
                .kind(kind)
                .fromDate(support.get(0).date())
                .toDate(last(support).date())
                .entries(support);
    }

    /** The last of {@code entries}. */
    static ChronologyEntry last(List<ChronologyEntry> entries) {
        return entries.get(entries.size() - 1);
    }
}
