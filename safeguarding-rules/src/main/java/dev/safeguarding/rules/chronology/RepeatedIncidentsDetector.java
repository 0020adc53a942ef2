package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.PatternDetector.last;
import static dev.safeguarding.rules.chronology.PatternDetector.pattern;

import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link PatternKind#REPEATED_INCIDENTS}: a {@linkplain Repetition repetition} of incidents, or of injuries,
 * of one category (or all without one); overlapping windows make one pattern.
 *
 * <p>Source: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core Skills":
 * "Chronologies - can be used to spot changes, patterns, repetition etc."
 */
record RepeatedIncidentsDetector(Repetition repetition) implements PatternDetector {

    @Override
    public PatternKind kind() {
        return PatternKind.REPEATED_INCIDENTS;
    }

    @Override
    public int scan(List<ChronologyEntry> entries, LocalDate asOf, @Nullable List<ChronologyPattern> found) {
        int incidents = 0;
        for (ChronologyEntry entry : entries) {
            if (isIncident(entry)) {
                incidents++;
            }
        }
        if (incidents < repetition.threshold()) {
            return 0;   // too few for any group to be a repetition: no groups made (most cases)
        }
        Map<List<String>, List<ChronologyEntry>> groups = new LinkedHashMap<>();
        for (ChronologyEntry entry : entries) {
            if (isIncident(entry)) {
                groups.computeIfAbsent(List.of(entry.kind().name(), entry.category().orElse("")),
                        k -> new ArrayList<>()).add(entry);
            }
        }
        int count = 0;
        for (List<ChronologyEntry> group : groups.values()) {
            if (group.size() < repetition.threshold()) {
                continue;
            }
            List<List<ChronologyEntry>> clusters = repetition.clusters(group);
            count += clusters.size();
            if (found == null) {
                continue;
            }
            for (List<ChronologyEntry> cluster : clusters) {
                ChronologyEntry first = cluster.get(0);
                String what = (first.kind() == ChronologyEntryKind.INJURY ? "injuries" : "incidents")
                        + first.category().map(c -> " of category " + c).orElse(" with no category");
                found.add(pattern(kind(), cluster)
                        .category(first.category())
                        .message(cluster.size() + " " + what + " within " + Words.period(repetition.window()) + " ("
                                + first.date() + " to " + last(cluster).date() + "): a repetition to look at in"
                                + " the context of the child's history.")
                        .build());
            }
        }
        return count;
    }

    private static boolean isIncident(ChronologyEntry entry) {
        return entry.kind() == ChronologyEntryKind.INCIDENT || entry.kind() == ChronologyEntryKind.INJURY;
    }
}
