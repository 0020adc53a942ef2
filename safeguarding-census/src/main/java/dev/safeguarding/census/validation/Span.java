package dev.safeguarding.census.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A dated stretch of a child's record (an episode, an assessment, an enquiry, a plan) for the reference
 * validator's overlap rules (8820, 8863Q, 8890, 8940, 4014, 4016, 4017), which all ask the same question
 * with small differences: does one stretch start on or after another starts and before it ends, or while it
 * is still open at the reference date?
 *
 * @param start      when it starts
 * @param end        when it ends, if it has
 * @param openCounts whether, with no end, it counts as still open (8820: not a referral with no further
 *                   action; 8890: a conference required)
 * @param path       where to report a stretch that starts inside another
 */
record Span(LocalDate start, Optional<LocalDate> end, boolean openCounts, String path) {

    /** A stretch that counts as open while it has no end. */
    Span(LocalDate start, Optional<LocalDate> end, String path) {
        this(start, end, true, path);
    }

    /** How one rule compares two stretches. */
    enum Overlap {
        /** Starting on the other's last day overlaps; so does starting on the reference date while it is open. */
        END_INCLUDED(true, true),
        /** Starting on the other's last day does not overlap (4016, 4017). */
        END_EXCLUDED(false, true),
        /** Neither starting on the other's last day nor on the reference date overlaps (8820). */
        BOTH_EXCLUDED(false, false);

        private final boolean endIncluded;
        private final boolean referenceDateIncluded;

        Overlap(boolean endIncluded, boolean referenceDateIncluded) {
            this.endIncluded = endIncluded;
            this.referenceDateIncluded = referenceDateIncluded;
        }
    }

    /**
     * Reports {@code rule} at each stretch of {@code starting} that starts on or after a different stretch of
     * {@code others} starts and inside it, once per such other stretch. Two stretches with the same start and
     * end are the same record sent twice, not an overlap, when {@code identicalAreOne} (8863Q, 8890).
     */
    static void report(ChildScope s, List<Span> starting, List<Span> others, Overlap overlap,
            boolean identicalAreOne, CensusRule rule) {
        for (Span one : starting) {
            for (Span other : others) {
                boolean identical = one.start.equals(other.start) && one.end.equals(other.end);
                if (one == other || identicalAreOne && identical || one.start.isBefore(other.start)) {
                    continue;
                }
                boolean beforeEnd = other.end.isPresent() && (overlap.endIncluded
                        ? !one.start.isAfter(other.end.get()) : one.start.isBefore(other.end.get()));
                boolean whileOpen = other.end.isEmpty() && other.openCounts && (overlap.referenceDateIncluded
                        ? !one.start.isAfter(s.end) : one.start.isBefore(s.end));
                if (beforeEnd || whileOpen) {
                    s.report(rule, one.path);
                }
            }
        }
    }
}
