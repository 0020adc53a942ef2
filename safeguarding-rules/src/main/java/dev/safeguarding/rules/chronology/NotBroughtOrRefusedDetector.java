package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.PatternDetector.last;
import static dev.safeguarding.rules.chronology.PatternDetector.pattern;

import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@link PatternKind#NOT_BROUGHT_OR_REFUSED}: a {@linkplain Repetition repetition} of any mix of not brought
 * to an appointment, missed appointment and refused service, which the guidance names as possible evidence of
 * neglect.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "What do we mean by
 * Continuum of Needs?": "We need to recognise that neglect includes not being brought to appointments,
 * repeated refusal of services".
 */
record NotBroughtOrRefusedDetector(Repetition repetition) implements PatternDetector {


    @Override
    public PatternKind kind() {
        return PatternKind.NOT_BROUGHT_OR_REFUSED;
    }

    @Override
    public int scan(List<ChronologyEntry> entries, LocalDate asOf, @Nullable List<ChronologyPattern> found) {
        List<ChronologyEntry> group = new ArrayList<>();   // a loop, not a stream: run for every case
        for (ChronologyEntry entry : entries) {
            ChronologyEntryKind kind = entry.kind();
            if (kind == ChronologyEntryKind.MISSED_APPOINTMENT || kind == ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT
                    || kind == ChronologyEntryKind.REFUSED_SERVICE) {
                group.add(entry);
            }
        }
        if (group.size() < repetition.threshold()) {
            return 0;
        }
        List<List<ChronologyEntry>> clusters = repetition.clusters(group);
        if (found == null) {
            return clusters.size();
        }
        for (List<ChronologyEntry> cluster : clusters) {
            Map<ChronologyEntryKind, Long> byKind = new TreeMap<>(cluster.stream()
                    .collect(Collectors.groupingBy(ChronologyEntry::kind, () -> new EnumMap<>(ChronologyEntryKind.class),
                            Collectors.counting())));
            String counts = byKind.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            found.add(pattern(kind(), cluster)
                    .message("Not brought to appointments, appointments missed or services refused " + cluster.size()
                            + " times within " + Words.period(repetition.window()) + " (" + counts + "; "
                            + cluster.get(0).date() + " to " + last(cluster).date() + "): the guidance names not being"
                            + " brought to appointments and repeated refusal of services as possible evidence of"
                            + " neglect.")
                    .build());
        }
        return clusters.size();
    }
}
