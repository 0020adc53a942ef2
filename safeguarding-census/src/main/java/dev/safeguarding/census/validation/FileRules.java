package dev.safeguarding.census.validation;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusHeader;
import dev.safeguarding.census.CollectionDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules across the whole return: its header (rule 100) and duplicates across children (8510, 1520).
 * Holds, per {@code LAchildID} and per UPN, the position of the first child that had it and whether another
 * has since: a few tens of bytes per child, the only state a streaming pass keeps.
 */
final class FileRules {

    private final CollectionYear year;
    private final Map<String, Seen> ids = new HashMap<>();
    private final Map<String, Seen> upns = new HashMap<>();

    FileRules(CollectionYear year) {
        this.year = year;
    }

    /**
     * Rule 100: {@code <ReferenceDate>} must be present and be 31 March of the collection. The reference
     * compares it with 31 March of {@code <Year>}; the census files written by the library (and the reference's
     * own 2026 sample) carry the start year of the census period there, so the library compares it with the
     * reference date of the year being validated (the library's reading).
     */
    List<Finding> header(Optional<CensusHeader> header) {
        Optional<LocalDate> date = header.flatMap(CensusHeader::collectionDetails)
                .flatMap(CollectionDetails::referenceDate);
        if (date.equals(Optional.of(year.referenceDate()))) {
            return List.of();
        }
        return List.of(CensusRule.R100.finding(year, "Message/Header/CollectionDetails/ReferenceDate"));
    }

    /** Records the child at {@code position}; reports it at once if an earlier child had its identifier or UPN. */
    void child(int position, CensusChild child, List<Finding> out) {
        child.laChildId().ifPresent(id -> seen(ids, id, position, CensusRule.R8510, "LAchildID", out));
        child.identifiers().flatMap(i -> i.upn())
                .ifPresent(upn -> seen(upns, upn, position, CensusRule.R1520, "UPN", out));
    }

    private void seen(Map<String, Seen> map, String key, int position, CensusRule rule, String item,
            List<Finding> out) {
        Seen first = map.putIfAbsent(key, new Seen(position));
        if (first != null) {
            first.again = true;
            out.add(rule.finding(year, path(position, item)));
        }
    }

    /** The first children whose identifier or UPN turned out to be shared, in order of position. */
    List<Finding> finish() {
        List<Finding> out = new ArrayList<>();
        firsts(ids, CensusRule.R8510, "LAchildID", out);
        firsts(upns, CensusRule.R1520, "UPN", out);
        return out;
    }

    private void firsts(Map<String, Seen> map, CensusRule rule, String item, List<Finding> out) {
        map.values().stream().filter(seen -> seen.again).mapToInt(seen -> seen.position).sorted()
                .forEach(position -> out.add(rule.finding(year, path(position, item))));
    }

    private static String path(int position, String item) {
        return "Message/Children/Child[" + position + "]/ChildIdentifiers/" + item;
    }

    /** Where a key was first seen, and whether it was seen again. */
    private static final class Seen {
        final int position;
        boolean again;

        Seen(int position) {
            this.position = position;
        }
    }
}
