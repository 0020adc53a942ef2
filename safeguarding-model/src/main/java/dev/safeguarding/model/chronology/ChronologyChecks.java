package dev.safeguarding.model.chronology;

import dev.safeguarding.model.GuidanceDocument;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.validation.Breach;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a chronology's entries and a case note lack: the one implementation behind the rules module's
 * {@code Chronologies.check} and {@code CaseNotes.check} and the Bean Validation constraints of
 * {@link Chronology} and {@link CaseNote} (group {@code Complete}). Every breach is a query: the guidance asks
 * for these "where possible", and gives a case note's headings without saying which are required.
 *
 * <p>What needs a date "as of" or a calendar (the patterns found in a chronology as of a date, the deadlines of
 * the timescales followed through it) stays in the rules module ({@code ChronologyPatterns},
 * {@code ChronologyDeadline}).
 */
final class ChronologyChecks {

    /** An entry of a chronology that does not say what happened. */
    static final String SUMMARY_MISSING = "chronology.summary-missing";

    /** An entry of a chronology that does not say why it matters for the child. */
    static final String SIGNIFICANCE_MISSING = "chronology.significance-missing";

    /** An incident, injury or visit with no child's words or observed behaviour. */
    static final String CHILDS_VIEW_MISSING = "chronology.childs-view-missing";

    /** "Purpose of visit" empty. */
    static final String PURPOSE_OF_VISIT_MISSING = "case-note.purpose-of-visit-missing";

    /** "Observations of the child (including the child's voice)" empty. */
    static final String OBSERVATIONS_OF_THE_CHILD_MISSING = "case-note.observations-of-the-child-missing";

    /** "Assess Progress on Child's Plan" empty. */
    static final String PROGRESS_ON_PLAN_MISSING = "case-note.progress-on-plan-missing";

    /** "Direct work undertaken on visit" empty. */
    static final String DIRECT_WORK_MISSING = "case-note.direct-work-missing";

    /** A case note with no child's words or observed behaviour. */
    static final String CASE_NOTE_CHILDS_VOICE_MISSING = "case-note.childs-voice-missing";

    /** The kinds of entry at which the child is seen, so the child's view is asked for. */
    private static final Set<ChronologyEntryKind> CHILD_SEEN = EnumSet.of(ChronologyEntryKind.INCIDENT,
            ChronologyEntryKind.INJURY, ChronologyEntryKind.VISIT);

    /** The Somerset slides, "Case Note Recordings" (the four headings of a case note). */
    private static final SourcePassage CASE_NOTE_RECORDINGS =
            GuidanceDocument.SOMERSET_PRACTITIONER_FORUM_2017.passage("Case Note Recordings");

    /** "Recording what we do and the decisions we take". */
    private static final SourcePassage RECORDING =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Recording what we do and the decisions we take");

    private ChronologyChecks() {
    }

    /**
     * The queries on {@code chronology}'s entries, entry by entry, in the rules module's order (for each entry:
     * summary, significance, the child's view); empty when every entry is complete.
     *
     * @throws NullPointerException if {@code chronology} is null
     */
    static List<Breach> chronology(Chronology chronology) {
        Objects.requireNonNull(chronology, "chronology");
        List<Breach> breaches = new ArrayList<>();
        List<ChronologyEntry> entries = chronology.entries();
        for (int i = 0; i < entries.size(); i++) {
            ChronologyEntry entry = entries.get(i);
            if (entry.summary().isEmpty()) {
                breaches.add(Breach.of(Severity.QUERY, SUMMARY_MISSING, "The entry does not say what happened.",
                        RECORDING, "entries", i, "summary"));
            }
            if (entry.significance().isEmpty()) {
                breaches.add(Breach.of(Severity.QUERY, SIGNIFICANCE_MISSING,
                        "The entry does not say why it matters for the child: recording should explain the"
                                + " evidence and the analysis.", RECORDING, "entries", i, "significance"));
            }
            if (CHILD_SEEN.contains(entry.kind()) && entry.childsView().isEmpty()) {
                breaches.add(Breach.of(Severity.QUERY, CHILDS_VIEW_MISSING,
                        "No child's words or observed behaviour recorded: where possible, always capture the views"
                                + " or behaviour of the child.", RECORDING, "entries", i, "childsView"));
            }
        }
        return List.copyOf(breaches);
    }

    /**
     * The queries on {@code note}, in the rules module's order: each empty heading in the order of
     * {@link CaseNoteHeading}, then no child's voice; empty when every heading is written and the child's voice
     * is recorded.
     *
     * @throws NullPointerException if {@code note} is null
     */
    static List<Breach> caseNote(CaseNote note) {
        Objects.requireNonNull(note, "note");
        List<Breach> breaches = new ArrayList<>();
        for (CaseNoteHeading heading : CaseNoteHeading.values()) {
            if (note.heading(heading).isEmpty()) {
                breaches.add(Breach.of(Severity.QUERY, missing(heading),
                        "Nothing written under '" + heading.label() + "'.", CASE_NOTE_RECORDINGS,
                        property(heading)));
            }
        }
        if (note.childsVoice().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, CASE_NOTE_CHILDS_VOICE_MISSING,
                    "No child's words or observed behaviour recorded: observations of the child include the"
                            + " child's voice.", CASE_NOTE_RECORDINGS, "childsVoice"));
        }
        return List.copyOf(breaches);
    }

    /** The code of the query that {@code heading} is empty. */
    static String missing(CaseNoteHeading heading) {
        return switch (heading) {
            case PURPOSE_OF_VISIT -> PURPOSE_OF_VISIT_MISSING;
            case OBSERVATIONS_OF_THE_CHILD -> OBSERVATIONS_OF_THE_CHILD_MISSING;
            case PROGRESS_ON_PLAN -> PROGRESS_ON_PLAN_MISSING;
            case DIRECT_WORK -> DIRECT_WORK_MISSING;
        };
    }

    /** The property of {@link CaseNote} that holds {@code heading}: a query's path. */
    static String property(CaseNoteHeading heading) {
        return switch (heading) {
            case PURPOSE_OF_VISIT -> "purposeOfVisit";
            case OBSERVATIONS_OF_THE_CHILD -> "observationsOfTheChild";
            case PROGRESS_ON_PLAN -> "progressOnPlan";
            case DIRECT_WORK -> "directWork";
        };
    }
}
