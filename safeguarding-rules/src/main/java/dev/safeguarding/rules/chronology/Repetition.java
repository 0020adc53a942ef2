package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.chronology.ChronologyEntry;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a repetition: at least {@code threshold} entries within {@code window}. Shared by the detectors
 * of {@link dev.safeguarding.model.chronology.PatternKind#REPEATED_INCIDENTS} and {@link
 * dev.safeguarding.model.chronology.PatternKind#NOT_BROUGHT_OR_REFUSED}. The numbers are the library's reading
 * (see {@link ChronologyPatterns}): the guidance names repetition, not how many or how long.
 *
 * <p>Source: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core Skills":
 * "Chronologies - can be used to spot changes, patterns, repetition etc."
 */
record Repetition(int threshold, Period window) {

    /**
     * The maximal runs of {@code group} (in date order) in which each entry lies in some window of {@link
     * #window()} holding at least {@link #threshold()} entries; overlapping windows are one run.
     */
    List<List<ChronologyEntry>> clusters(List<ChronologyEntry> group) {
        List<List<ChronologyEntry>> clusters = new ArrayList<>();
        int start = 0;
        int clusterStart = -1;
        int clusterEnd = -1;
        for (int end = 0; end < group.size(); end++) {
            LocalDate latest = group.get(end).date();
            while (latest.isAfter(group.get(start).date().plus(window))) {
                start++;
            }
            if (end - start + 1 >= threshold) {
                if (clusterEnd >= 0 && start <= clusterEnd) {
                    clusterEnd = end;
                } else {
                    if (clusterEnd >= 0) {
                        clusters.add(group.subList(clusterStart, clusterEnd + 1));
                    }
                    clusterStart = start;
                    clusterEnd = end;
                }
            }
        }
        if (clusterEnd >= 0) {
            clusters.add(group.subList(clusterStart, clusterEnd + 1));
        }
        return clusters;
    }
}
