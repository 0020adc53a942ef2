package dev.safeguarding.model.chronology;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A child's chronology: dated {@linkplain ChronologyEntry entries} from any agency, in
 * {@linkplain ChronologyEntry#chronologicalOrder() chronological order}. "Chronologies - can be used to
 * spot changes, patterns, repetition etc. This is a dynamic tool able to help practitioners understand
 * history and context in current circumstances."
 *
 * <p>A chronology is always in order and holds each entry once, however it was built: the builder and
 * the factories sort the entries (by date, then source agency, then identifier), keep one copy of an
 * entry given twice, and refuse two different entries with the same source agency and identifier (an
 * {@link InvalidValueException} for {@code entries}), because keeping either would lose the other.
 * So {@link #merge(Chronology)} of the chronologies of several agencies loses nothing, duplicates
 * nothing, and gives the same chronology whatever the order of merging.
 *
 * <pre>{@code
 * Chronology health = Chronology.of("child-1", List.of(missedCheck, notBrought));
 * Chronology school = Chronology.of("child-1", List.of(absence, notBrought));   // one entry shared
 * Chronology all = health.merge(school);                                         // three entries, in date order
 * }</pre>
 *
 * <p>Immutable; {@link #toString()} shows the child's identifier and the number of entries only.
 *
 * <p>Bean Validation: a chronology saves as a draft with entries of any completeness; before it is shared or
 * relied on (the {@link Complete} group) the rules module's queries on its entries apply, with the same codes,
 * severities, paths and sources, run by the same check: {@link EntriesSummarised},
 * {@link EntrySignificanceRecorded} and {@link EntryChildsViewRecorded}, at {@code entries[i].summary} and so
 * on. The constraints are declared here and look into the entries the chronology holds. The patterns found in
 * a chronology as of a date ({@code ChronologyPatterns}) and the deadlines of the timescales followed through
 * it ({@code ChronologyDeadline}) need a date "as of" and a working-day calendar, which Bean Validation does
 * not have: they stay in the rules module.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core
 * Skills" ("Chronologies"); NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023),
 * "Whole Family Working" ("Genograms and chronologies are useful tools to support this work and
 * stimulate curiosity").
 */
@Value.Immutable
@EntriesSummarised(groups = Complete.class, payload = Query.class)
@EntrySignificanceRecorded(groups = Complete.class, payload = Query.class)
@EntryChildsViewRecorded(groups = Complete.class, payload = Query.class)
public abstract class Chronology {

    /** The identifier of the child whose chronology it is; not blank. */
    public abstract String childId();

    /** The entries, in chronological order, each once. */
    public abstract List<ChronologyEntry> entries();

    /** A builder: entries may be added in any order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Chronology}; {@code build()} sorts the entries and keeps each once. */
    public static final class Builder extends ImmutableChronology.Builder {
    }

    /**
     * The chronology of {@code entries}, in chronological order, each once.
     *
     * @throws InvalidValueException if the child identifier is blank, or two different entries have the same
     *                               source agency and identifier
     */
    public static Chronology of(String childId, Collection<ChronologyEntry> entries) {
        return builder().childId(childId).entries(entries).build();
    }

    /** As {@link #of(String, Collection)}. */
    public static Chronology of(String childId, ChronologyEntry... entries) {
        return of(childId, Arrays.asList(entries));
    }

    /** The merge of {@code chronologies}, all of one child: see {@link #merge(Chronology)}. */
    public static Chronology merge(String childId, Collection<Chronology> chronologies) {
        Builder builder = builder();
        builder.childId(childId);
        for (Chronology chronology : chronologies) {
            Checks.require(chronology.childId().equals(childId), "childId",
                    "the chronologies merged must all be the same child's");
            builder.addAllEntries(chronology.entries());
        }
        return builder.build();
    }

    /**
     * This chronology and {@code other} (the same child's, from another agency) as one: every entry of
     * either, in chronological order, an entry both hold once. Commutative and associative: {@code
     * a.merge(b).equals(b.merge(a))}.
     *
     * @throws InvalidValueException if {@code other} is another child's, or the two hold different entries
     *                               with the same source agency and identifier
     */
    public Chronology merge(Chronology other) {
        Objects.requireNonNull(other, "other");
        return merge(childId(), List.of(this, other));
    }

    /**
     * This chronology with {@code entry} added in its place.
     *
     * @throws InvalidValueException if the chronology holds a different entry with the same source and identifier
     */
    public Chronology plus(ChronologyEntry entry) {
        return builder().childId(childId()).addAllEntries(entries()).addEntry(entry).build();
    }

    /** The entries of the given kinds, in order. */
    public List<ChronologyEntry> entriesOf(ChronologyEntryKind kind, ChronologyEntryKind... more) {
        Set<ChronologyEntryKind> kinds = EnumSet.of(kind, more);
        return entries().stream().filter(e -> kinds.contains(e.kind())).toList();
    }

    /** The entries dated from {@code from} to {@code to}, both included, in order. */
    public List<ChronologyEntry> between(LocalDate from, LocalDate to) {
        return entries().stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList();
    }

    /** The agencies the entries come from, each once, in the order of their first entry. */
    public List<Agency> sources() {
        Map<String, Agency> sources = new LinkedHashMap<>();
        entries().forEach(e -> sources.putIfAbsent(e.source().id(), e.source()));
        return List.copyOf(sources.values());
    }

    /** The date of the first entry, or empty for an empty chronology. */
    public Optional<LocalDate> firstDate() {
        return entries().isEmpty() ? Optional.empty() : Optional.of(entries().get(0).date());
    }

    /** The date of the last entry, or empty for an empty chronology. */
    public Optional<LocalDate> lastDate() {
        return entries().isEmpty() ? Optional.empty() : Optional.of(entries().get(entries().size() - 1).date());
    }

    /** Whether the chronology has no entries. */
    public boolean isEmpty() {
        return entries().isEmpty();
    }

    /** Sorts the entries and keeps each once; refuses two different entries under one identifier. */
    @Value.Check
    Chronology normalize() {
        Checks.text("childId", childId());
        Checks.notBlank(childId(), "childId");
        List<ChronologyEntry> entries = entries();
        int size = entries.size();
        if (size == 0) {
            return this;
        }
        // The places (from 1) of the entries kept, in an open-addressing table by source and identifier, at
        // most half full: no key or map entry is made for each entry, as a HashMap of keys would.
        int[] table = new int[Integer.highestOneBit(2 * size - 1) << 1];
        int mask = table.length - 1;
        boolean[] repeated = null;
        boolean normal = true;
        for (int i = 0; i < size; i++) {
            ChronologyEntry entry = entries.get(i);
            String sourceId = entry.source().id();
            String id = entry.id();
            int hash = 31 * sourceId.hashCode() + id.hashCode();
            int slot = (hash ^ (hash >>> 16)) & mask;
            ChronologyEntry same = null;
            for (int place = table[slot]; place != 0; slot = (slot + 1) & mask, place = table[slot]) {
                ChronologyEntry kept = entries.get(place - 1);
                if (kept.id().equals(id) && kept.source().id().equals(sourceId)) {
                    same = kept;
                    break;
                }
            }
            if (same != null) {
                Checks.require(same.equals(entry), "entries",
                        "two different entries have the same source agency and identifier");
                normal = false;
                if (repeated == null) {
                    repeated = new boolean[size];
                }
                repeated[i] = true;
            } else {
                table[slot] = i + 1;
                if (i > 0 && ChronologyEntry.chronologicalOrder().compare(entries.get(i - 1), entry) > 0) {
                    normal = false;
                }
            }
        }
        if (normal) {
            return this;
        }
        List<ChronologyEntry> unique = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (repeated == null || !repeated[i]) {
                unique.add(entries.get(i));
            }
        }
        unique.sort(ChronologyEntry.chronologicalOrder());
        return builder().childId(childId()).entries(unique).build();
    }

    /** The child's identifier and the number of entries. */
    @Override
    public String toString() {
        return "Chronology{childId=" + childId() + ", entries=" + entries().size() + "}";
    }

    /**
     * What the guidance would query in this chronology: what the entries of the chronology lack: a summary, the
     * significance of each entry and the child's view. The findings are those of the completeness rules that its
     * Bean Validation constraints (group {@code Complete}) report, with the same codes, severities, paths and
     * sources, each with a message that may name the part of the record it is about; the rules module's {@code
     * Chronologies.check} reports them too, beside the rules that need a date or a profile. Empty when there is
     * nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(ChronologyChecks.chronology(this));
    }
}
