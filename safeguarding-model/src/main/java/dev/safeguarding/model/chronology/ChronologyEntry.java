package dev.safeguarding.model.chronology;

import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.timescales.TimescaleEvent;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One dated entry of a child's {@link Chronology}: what happened ({@linkplain #kind() its kind} and a
 * summary), which agency recorded it ({@link #source()}), its significance for the child and, where
 * there is one, the child's own words or observed behaviour ({@link #childsView()}). "Where possible,
 * always capture the views or behaviour of the child or young person and reflect this in your
 * recording."
 *
 * <p>An entry is identified by its source agency's identifier and its own {@link #id()} (unique within
 * that agency's records): {@link Chronology#merge} keeps one copy of an entry that two chronologies both
 * hold, and refuses two different entries under one identifier rather than lose either.
 *
 * <p>Two optional codes link an entry to the rest of the library: {@link #category()} names what kind of
 * incident it was, in the vendor's or partnership's own codes ({@code domestic-abuse}), so that
 * repeated incidents of one kind can be found; {@link #timescaleEvent()} says which event of the
 * timescales it records (a referral received, an initial child protection conference), so that the
 * deadlines of the statutory timescales can be followed through the chronology.
 *
 * <p>Immutable. Free text (the summary, the significance, the child's view) may be left out, as in a
 * research extract or a draft; whether a chronology is complete is a question for the rules
 * ({@code dev.safeguarding.rules.chronology.Chronologies.check}). Rejected at construction: a blank
 * identifier or text, a category that is not a code, a blank or repeated identifier of an involved
 * agency.
 *
 * <p>The summary, significance and child's view are free text about a child: {@link #toString()} shows
 * identifiers, the date, the kind and codes only.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link Chronology}, whose constraints (group
 * {@code Complete}) look into it and report at {@code entries[i].summary}, {@code entries[i].significance}
 * and {@code entries[i].childsView}: a rule belongs to the record it is checked on. Whether the event it
 * records was on time against a timescale needs a date "as of" and a calendar, and stays in the rules module.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core
 * Skills" ("Chronologies") and "Case Note Recordings"; NSCP, <i>Norfolk Guidance to Understanding
 * Continuum of Needs</i> (2023), "Recording what we do and the decisions we take" and "Whole Family
 * Working" ("Genograms and chronologies are useful tools").
 */
@Value.Immutable
public abstract class ChronologyEntry {

    /**
     * By date, then source, then identifier: written out rather than chained with {@code Comparator.comparing},
     * which calls three lambdas a comparison; a chronology compares its entries each time it is built.
     */
    private static final Comparator<ChronologyEntry> ORDER = ChronologyEntry::compareChronologically;

    /** The most involved agencies checked for repeats without a hash set. */
    private static final int SMALL = 8;

    /** The identifier of the entry in its source agency's records; not blank. */
    public abstract String id();

    /** The date of the event (not of its recording). */
    public abstract LocalDate date();

    /** What kind of event it was. */
    public abstract ChronologyEntryKind kind();

    /** The agency that recorded the entry: its source. */
    public abstract Agency source();

    /**
     * What kind of incident, injury or concern, as a code of the vendor's or partnership's own
     * ({@code domestic-abuse}, {@code missing-from-home}): lower-case letters and digits in words joined by
     * {@code -} or {@code .}. A code, never free text, so it may be shown and counted.
     */
    public abstract Optional<String> category();

    /** What happened, in the recorder's words; free text. */
    public abstract Optional<String> summary();

    /** Why it matters for the child: its significance or impact, in the recorder's words; free text. */
    public abstract Optional<String> significance();

    /** The child's own words or observed behaviour at the event, where there is one. */
    public abstract Optional<ChildsView> childsView();

    /** The event of the statutory or local timescales this entry records, if any (a referral received). */
    public abstract Optional<TimescaleEvent> timescaleEvent();

    /**
     * The identifiers of the other agencies that took part: those at a meeting, the agency consulted, those
     * consulted about a step down. Empty when none took part or none were recorded.
     */
    public abstract List<String> involvedAgencyIds();

    /** A builder; the identifier, date, kind and source are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code entry}, to change a field of it. */
    public static Builder builder(ChronologyEntry entry) {
        Builder builder = new Builder();
        builder.from(entry);
        return builder;
    }

    /** Builds a {@link ChronologyEntry}. */
    public static final class Builder extends ImmutableChronologyEntry.Builder {
    }

    /**
     * An entry with no text: the identifier, date, kind and source only.
     *
     * @throws dev.safeguarding.model.InvalidValueException if the identifier is blank
     */
    public static ChronologyEntry of(String id, LocalDate date, ChronologyEntryKind kind, Agency source) {
        return builder().id(id).date(date).kind(kind).source(source).build();
    }

    /**
     * The order of a chronology: by date, then by the source agency's identifier, then by the entry's
     * identifier. Total on the entries of one chronology, whose (source, identifier) pairs are unique.
     */
    public static Comparator<ChronologyEntry> chronologicalOrder() {
        return ORDER;
    }

    private static int compareChronologically(ChronologyEntry a, ChronologyEntry b) {
        int byDate = a.date().compareTo(b.date());
        if (byDate != 0) {
            return byDate;
        }
        int bySource = a.source().id().compareTo(b.source().id());
        return bySource != 0 ? bySource : a.id().compareTo(b.id());
    }

    /** Whether {@code other} has the same source agency identifier and entry identifier as this entry. */
    public boolean isSameEntryAs(ChronologyEntry other) {
        return id().equals(other.id()) && source().id().equals(other.source().id());
    }

    /**
     * Whether the entry records {@code event} of the timescales: an event with the same {@linkplain
     * TimescaleEvent#id() identifier} (the label, which a vendor may word its own way, does not count).
     */
    public boolean records(TimescaleEvent event) {
        // no lambda or second Optional: called for every entry and timescale of a caseload's analysis
        Optional<TimescaleEvent> recorded = timescaleEvent();
        return recorded.isPresent() && recorded.get().id().equals(event.id());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "category", category(), "summary", summary(), "significance", significance(),
                "involvedAgencyIds", involvedAgencyIds());
        Checks.notBlank(id(), "id");
        category().ifPresent(c -> Checks.require(Checks.isCode(c), "category",
                "must be a code: lower-case letters and digits in words joined by '-' or '.'"));
        summary().ifPresent(s -> Checks.notBlank(s, "summary"));
        significance().ifPresent(s -> Checks.notBlank(s, "significance"));
        List<String> agencyIds = involvedAgencyIds();
        // Usually none or a few: comparing each with those before it costs less than filling a HashSet, which
        // only a long list (from a hostile document, say) needs to stay linear.
        Set<String> seen = agencyIds.size() > SMALL ? new HashSet<>() : null;
        for (int i = 0; i < agencyIds.size(); i++) {
            String agencyId = agencyIds.get(i);
            Checks.notBlank(agencyId, "involvedAgencyIds");
            boolean twice = seen != null ? !seen.add(agencyId) : occursBefore(agencyIds, i);
            Checks.require(!twice, "involvedAgencyIds", "must not name an agency twice");
        }
    }

    /** Whether the element {@code i} of {@code values} is also one of those before it (by index: no view made). */
    private static boolean occursBefore(List<String> values, int i) {
        String value = values.get(i);
        for (int j = 0; j < i; j++) {
            if (value.equals(values.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** The identifiers, date, kind and codes; never the summary, the significance or the child's view. */
    @Override
    public String toString() {
        return "ChronologyEntry{id=" + id() + ", source=" + source().id() + ", date=" + date() + ", kind=" + kind()
                + category().map(c -> ", category=" + c).orElse("")
                + timescaleEvent().map(e -> ", timescaleEvent=" + e.id()).orElse("")
                + (involvedAgencyIds().isEmpty() ? "" : ", involvedAgencyIds=" + involvedAgencyIds())
                + (summary().isPresent() ? ", summary recorded" : "")
                + (significance().isPresent() ? ", significance recorded" : "")
                + childsView().map(v -> ", child's view " + v.method()).orElse("") + "}";
    }
}
