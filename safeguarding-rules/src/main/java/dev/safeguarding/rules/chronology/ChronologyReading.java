package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.chronology.ChronologyPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * One reading of a chronology as of a date ({@link ChronologyPatterns#read}): the patterns it shows, and the
 * deadlines each followed timescale sets in it, worked out once for both.
 *
 * @param patterns  the patterns, in order of their first date, then kind (as {@link ChronologyPatterns#find})
 * @param deadlines the deadlines of each timescale of {@link ChronologyPatterns#timescales()}, in that order
 */
public record ChronologyReading(List<ChronologyPattern> patterns, List<List<ChronologyDeadline>> deadlines) {

    /** Copies both lists. */
    public ChronologyReading {
        patterns = List.copyOf(patterns);
        // a loop, not a stream: made once per case of a caseload's analysis
        List<List<ChronologyDeadline>> copies = new ArrayList<>(deadlines.size());
        for (List<ChronologyDeadline> forTimescale : deadlines) {
            copies.add(List.copyOf(forTimescale));
        }
        deadlines = List.copyOf(copies);
    }
}
