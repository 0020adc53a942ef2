package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.signsofsafety.MapCategory;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The completeness of a Signs of Safety map, as {@link Finding}s: what a map still lacks before it
 * answers the four questions. A map may be saved while it is built; these say what is missing.
 *
 * <pre>{@code
 * List<Finding> findings = SignsOfSafetyMaps.findings(map);
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
 * </ol>
 * The guidance lists the four questions and asks that recording "explain the evidence, explain the
 * analysis, and record the decisions"; that a map lacking one of these is incomplete is the library's
 * reading of it. Messages never quote the map.
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

    private SignsOfSafetyMaps() {
    }

    /**
     * What {@code map} lacks, as findings in the order listed above; empty for a complete map.
     *
     * @throws NullPointerException if {@code map} is null
     */
    public static List<Finding> findings(SignsOfSafetyMap map) {
        Objects.requireNonNull(map, "map");
        List<Finding> findings = new ArrayList<>();
        List<MapStatement> statements = map.statements();
        if (map.statements(MapCategory.DANGER_STATEMENT).isEmpty()) {
            findings.add(Finding.of(Severity.ERROR, NO_DANGER_STATEMENT, "statements",
                    "The map has no danger statement: say who is worried, what they are worried will happen to"
                            + " the child if nothing changes, and how it would affect the child.",
                    Sources.USING_SIGNS_OF_SAFETY));
        }
        if (map.statements(MapCategory.SAFETY_GOAL).isEmpty()) {
            findings.add(Finding.of(Severity.ERROR, NO_SAFETY_GOAL, "statements",
                    "The map has no safety goal: say what needs to happen, as what the caregivers will be seen"
                            + " doing, for the child to be safe enough.",
                    Sources.USING_SIGNS_OF_SAFETY));
        }
        Set<String> answered = new HashSet<>();
        map.statements(MapCategory.SAFETY_GOAL).forEach(goal -> answered.addAll(goal.dangerStatementIds()));
        for (int i = 0; i < statements.size(); i++) {
            MapStatement statement = statements.get(i);
            if (statement.category() == MapCategory.DANGER_STATEMENT && !answered.contains(statement.id())) {
                findings.add(Finding.of(Severity.ERROR, WORRY_WITHOUT_GOAL, "statements/" + i,
                        "No safety goal answers this danger statement: add a goal that names it, saying what"
                                + " needs to happen for this worry.",
                        Sources.USING_SIGNS_OF_SAFETY));
            }
        }
        if (map.judgements().isEmpty()) {
            findings.add(Finding.of(Severity.ERROR, NO_JUDGEMENT, "judgements",
                    "No scaling judgement is recorded: ask each family member and professional the scaling"
                            + " question, with the rationale for their score.",
                    Sources.USING_SIGNS_OF_SAFETY));
        } else {
            List<ScalingQuestion> questions = map.scalingQuestions();
            for (int i = 0; i < questions.size(); i++) {
                if (map.judgements(questions.get(i).id()).isEmpty()) {
                    findings.add(Finding.of(Severity.ERROR, NO_JUDGEMENT, "scalingQuestions/" + i,
                            "No one has answered this scaling question: record each person's score and its"
                                    + " rationale.",
                            Sources.USING_SIGNS_OF_SAFETY));
                }
            }
        }
        boolean childSpoke = statements.stream().anyMatch(s -> s.contributor().kind() == ContributorKind.CHILD)
                || map.judgements().stream().anyMatch(j -> j.perspective().kind() == ContributorKind.CHILD);
        if (!childSpoke && map.threeHouses().isEmpty() && map.observations().isEmpty()) {
            findings.add(Finding.of(Severity.QUERY, NO_CHILD_VOICE, "",
                    "Nothing on the map comes from the child: where possible, capture the child's views or"
                            + " behaviour (the three houses, or observation of a baby).",
                    Sources.RECORDING));
        }
        return List.copyOf(findings);
    }
}
