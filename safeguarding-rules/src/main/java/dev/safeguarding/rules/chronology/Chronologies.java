package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.chronology.Chronology;
import java.util.List;
import java.util.Objects;

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
 * <p>Bean Validation reports the same queries, with the same codes, severities, paths and sources, as the
 * {@code Complete} constraints of {@code Chronology}: both run one check, in the model. The patterns found in a
 * chronology ({@link ChronologyPatterns}) and the deadlines followed through it ({@link ChronologyDeadline})
 * need a date "as of" and a calendar, and are the rules module's alone.
 *
 * <p>Pure functions; the class has no state.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we do
 * and the decisions we take"; Somerset Safeguarding Children Board, practitioner forum (2017), "Managing
 * Risk - Core Skills".
 */
public final class Chronologies {

    private Chronologies() {
    }

    /**
     * The queries on {@code chronology}'s entries (see the class description), entry by entry; empty when
     * every entry is complete.
     *
     * @throws NullPointerException if {@code chronology} is null
     */
    public static List<Finding> check(Chronology chronology) {
        return Objects.requireNonNull(chronology, "chronology").check();
    }
}
