package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.rules.timescales.Timescales;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a chronology's entries lack before the chronology is shared or relied on: a chronology is "a
 * dynamic tool able to help practitioners understand history and context", and "recording of complex
 * information needs to be clear and unambiguous".
 *
 * <table>
 *   <caption>Findings (all queries: the guidance asks for these "where possible")</caption>
 *   <tr><th>code</th><th>at</th><th>when</th></tr>
 *   <tr><td>{@code chronology.summary-missing}</td><td>{@code entries/i/summary}</td><td>the entry does not
 *       say what happened</td></tr>
 *   <tr><td>{@code chronology.significance-missing}</td><td>{@code entries/i/significance}</td><td>the entry
 *       does not say why it matters for the child ("Recording needs to be clear, concise, explain the
 *       evidence, explain the analysis")</td></tr>
 *   <tr><td>{@code chronology.childs-view-missing}</td><td>{@code entries/i/childsView}</td><td>an incident,
 *       injury or visit with no child's words or observed behaviour ("Where possible, always capture the
 *       views or behaviour of the child or young person and reflect this in your recording")</td></tr>
 * </table>
 *
 * <p>Pure functions; the class has no state.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we do
 * and the decisions we take"; Somerset Safeguarding Children Board, practitioner forum (2017), "Managing
 * Risk - Core Skills".
 */
public final class Chronologies {

    private static final SourcePassage RECORDING = SourcePassage.of(Timescales.NORFOLK_CONTINUUM_OF_NEEDS_2023,
            "Recording what we do and the decisions we take");

    private static final Set<ChronologyEntryKind> CHILD_SEEN = EnumSet.of(ChronologyEntryKind.INCIDENT,
            ChronologyEntryKind.INJURY, ChronologyEntryKind.VISIT);

    private Chronologies() {
    }

    /**
     * The queries on {@code chronology}'s entries (see the class description), entry by entry; empty when
     * every entry is complete.
     *
     * @throws NullPointerException if {@code chronology} is null
     */
    public static List<Finding> check(Chronology chronology) {
        Objects.requireNonNull(chronology, "chronology");
        List<Finding> findings = new ArrayList<>();
        List<ChronologyEntry> entries = chronology.entries();
        for (int i = 0; i < entries.size(); i++) {
            ChronologyEntry entry = entries.get(i);
            String at = "entries/" + i + "/";
            if (entry.summary().isEmpty()) {
                findings.add(Finding.of(Severity.QUERY, "chronology.summary-missing", at + "summary",
                        "The entry does not say what happened.", RECORDING));
            }
            if (entry.significance().isEmpty()) {
                findings.add(Finding.of(Severity.QUERY, "chronology.significance-missing", at + "significance",
                        "The entry does not say why it matters for the child: recording should explain the"
                                + " evidence and the analysis.", RECORDING));
            }
            if (CHILD_SEEN.contains(entry.kind()) && entry.childsView().isEmpty()) {
                findings.add(Finding.of(Severity.QUERY, "chronology.childs-view-missing", at + "childsView",
                        "No child's words or observed behaviour recorded: where possible, always capture the views"
                                + " or behaviour of the child.", RECORDING));
            }
        }
        return List.copyOf(findings);
    }
}
