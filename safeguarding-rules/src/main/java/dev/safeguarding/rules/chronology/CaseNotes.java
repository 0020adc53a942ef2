package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.chronology.CaseNote;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import java.util.List;
import java.util.Objects;

/**
 * Case notes as rules: which of the Somerset headings a note leaves empty, and the note as an entry of
 * the child's chronology.
 *
 * <table>
 *   <caption>Findings (all queries: the seed gives the headings, not which are required)</caption>
 *   <tr><th>code</th><th>at</th><th>when</th></tr>
 *   <tr><td>{@code case-note.purpose-of-visit-missing}</td><td>{@code purposeOfVisit}</td><td>"Purpose of
 *       visit" is empty</td></tr>
 *   <tr><td>{@code case-note.observations-of-the-child-missing}</td><td>{@code observationsOfTheChild}</td>
 *       <td>"Observations of the child (including the child's voice)" is empty</td></tr>
 *   <tr><td>{@code case-note.progress-on-plan-missing}</td><td>{@code progressOnPlan}</td><td>"Assess
 *       Progress on Child's Plan" is empty</td></tr>
 *   <tr><td>{@code case-note.direct-work-missing}</td><td>{@code directWork}</td><td>"Direct work undertaken
 *       on visit" is empty</td></tr>
 *   <tr><td>{@code case-note.childs-voice-missing}</td><td>{@code childsVoice}</td><td>no child's words or
 *       observed behaviour recorded</td></tr>
 * </table>
 *
 * <p>Bean Validation reports the same queries, with the same codes, severities, paths and sources, as the
 * {@code Complete} constraints of {@code CaseNote}: both run one check, in the model.
 *
 * <p>Pure functions; the class has no state.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Case Note Recordings" and
 * "Capturing a baby's perspective"; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023),
 * "Recording what we do and the decisions we take".
 */
public final class CaseNotes {

    private CaseNotes() {
    }

    /**
     * The queries on {@code note} (see the class description); empty when every heading is written and the
     * child's voice is recorded.
     *
     * @throws NullPointerException if {@code note} is null
     */
    public static List<Finding> check(CaseNote note) {
        return Objects.requireNonNull(note, "note").check();
    }

    /**
     * The visit as an entry of the child's chronology: a {@link ChronologyEntryKind#VISIT} with the note's
     * identifier, date and author's agency, the purpose of the visit as its summary and the first record of
     * the child's voice, if any. Its significance is left for the practitioner to write.
     *
     * @throws NullPointerException if {@code note} is null
     */
    public static ChronologyEntry chronologyEntry(CaseNote note) {
        Objects.requireNonNull(note, "note");
        return ChronologyEntry.builder()
                .id(note.id())
                .date(note.visitedOn())
                .kind(ChronologyEntryKind.VISIT)
                .source(note.author().agency())
                .summary(note.purposeOfVisit())
                .childsView(note.childsVoice().stream().findFirst())
                .build();
    }
}
