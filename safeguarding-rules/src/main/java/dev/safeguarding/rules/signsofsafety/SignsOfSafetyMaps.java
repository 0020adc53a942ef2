package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import java.util.List;
import java.util.Objects;

/**
 * The completeness of a Signs of Safety map, as {@link Finding}s: what a map still lacks before it
 * answers the four questions. A map may be saved while it is built; these say what is missing.
 *
 * <pre>{@code
 * List<Finding> findings = SignsOfSafetyMaps.check(map);
 * findings.stream().filter(Finding::isError) ...
 * }</pre>
 *
 * <p>The findings, in this order, each with a stable code (paths are into the map's properties):
 * <ol>
 *   <li>{@value #NO_DANGER_STATEMENT} (error, at {@code statements}): no danger statement, so the map
 *       does not say what the worry is ("If nothing changes what are you worried will happen to the
 *       child?");</li>
 *   <li>{@value #NO_SAFETY_GOAL} (error, at {@code statements}): no safety goal ("be clear about what
 *       needs to happen");</li>
 *   <li>{@value #WORRY_WITHOUT_GOAL} (error, at {@code statements/i}, one for each): a danger statement
 *       that no safety goal names in its {@link MapStatement#dangerStatementIds()};</li>
 *   <li>{@value #NO_JUDGEMENT} (error): no scaling judgement at all (at {@code judgements}), or a scaling
 *       question no one has answered (at {@code scalingQuestions/i}, one for each);</li>
 *   <li>{@value #NO_CHILD_VOICE} (query, at the map as a whole): nothing from the child: no three houses, no
 *       observation, no statement the child contributed. "Where possible, always capture the views or
 *       behaviour of the child or young person and reflect this in your recording."</li>
 *   <li>{@value #NOTHING_WORKING_WELL} (query, at {@code statements}): nothing under "What's working well?",
 *       no existing strength and no existing safety. The framework encourages practitioners to "recognise
 *       existing strengths and safety", and "to balance the picture, it is vital to obtain information
 *       regarding any past, existing, and potential safety and strengths"; a query rather than an error is the
 *       library's reading (a family may have little working well, but the map should be looked at);</li>
 *   <li>{@value #SCALING_RATIONALE_NOT_EXPLORED} (query, at {@code judgements/j/whatWouldMakeItHigher}, one for
 *       each): a judgement below 10 with nothing recorded of what would make it higher. The rationale of each
 *       score should be "fully explored: ... 'What else would need to happen for it to be 10?'"; that the
 *       answer belongs on the record is the library's reading.</li>
 * </ol>
 * The guidance lists the four questions and asks that recording "explain the evidence, explain the
 * analysis, and record the decisions"; that a map lacking one of these is incomplete is the library's
 * reading of it. Messages never quote the map.
 *
 * <p>The same rules are the Bean Validation constraints of {@code SignsOfSafetyMap} (group {@code Complete},
 * in {@code dev.safeguarding.model.validation}), with the same codes, severities, paths and sources: one
 * check, in the model, serves both, so every finding here is a violation there and nothing else is.
 *
 * <p>A pure function; the class holds no state.
 */
public final class SignsOfSafetyMaps {

    /** The code of the finding that a map has no danger statement. */
    public static final String NO_DANGER_STATEMENT = "signsofsafety.no-danger-statement";

    /** The code of the finding that a map has no safety goal. */
    public static final String NO_SAFETY_GOAL = "signsofsafety.no-safety-goal";

    /** The code of the finding that a danger statement has no safety goal that answers it. */
    public static final String WORRY_WITHOUT_GOAL = "signsofsafety.worry-without-goal";

    /** The code of the finding that a map, or one of its scaling questions, has no judgement. */
    public static final String NO_JUDGEMENT = "signsofsafety.no-judgement";

    /** The code of the finding that nothing on the map comes from the child. */
    public static final String NO_CHILD_VOICE = "signsofsafety.no-child-voice";

    /** The code of the finding that nothing is recorded under "What's working well?". */
    public static final String NOTHING_WORKING_WELL = "signsofsafety.nothing-working-well";

    /** The code of the finding that a judgement below 10 has nothing recorded of what would make it higher. */
    public static final String SCALING_RATIONALE_NOT_EXPLORED = "signsofsafety.scaling-rationale-not-explored";

    private SignsOfSafetyMaps() {
    }

    /**
     * What {@code map} lacks, as findings in the order listed above; empty for a complete map. The same rules
     * are the map's Bean Validation constraints (group {@code Complete}, package
     * {@code dev.safeguarding.model.validation}), with the same codes, severities, paths and sources: one
     * implementation, in the model, serves both.
     *
     * @throws NullPointerException if {@code map} is null
     */
    public static List<Finding> check(SignsOfSafetyMap map) {
        return Objects.requireNonNull(map, "map").check();
    }
}
