package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.GuidanceDocument;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.validation.Breach;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The completeness of a Signs of Safety map: the one implementation behind the rules module's
 * {@code SignsOfSafetyMaps.check} and the map's Bean Validation constraints (group {@code Complete}).
 * The rules module documents the findings, in this order: no danger statement, no safety goal, a worry
 * with no matching goal, no judgement, no child's voice, nothing working well, a score's rationale not
 * explored.
 */
final class SignsOfSafetyChecks {

    /** A map with no danger statement. */
    static final String NO_DANGER_STATEMENT = "signsofsafety.no-danger-statement";

    /** A map with no safety goal. */
    static final String NO_SAFETY_GOAL = "signsofsafety.no-safety-goal";

    /** A danger statement that no safety goal answers. */
    static final String WORRY_WITHOUT_GOAL = "signsofsafety.worry-without-goal";

    /** A map, or one of its scaling questions, with no judgement. */
    static final String NO_JUDGEMENT = "signsofsafety.no-judgement";

    /** Nothing on the map from the child. */
    static final String NO_CHILD_VOICE = "signsofsafety.no-child-voice";

    /** Nothing under "What's working well?": no existing strength and no existing safety. */
    static final String NOTHING_WORKING_WELL = "signsofsafety.nothing-working-well";

    /** A judgement below 10 with nothing recorded of what would make it higher. */
    static final String SCALING_RATIONALE_NOT_EXPLORED = "signsofsafety.scaling-rationale-not-explored";

    /** "Recording what we do and the decisions we take". */
    private static final SourcePassage RECORDING =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Recording what we do and the decisions we take");

    /** "Using the Signs of Safety Framework" (the four questions, the scaling question). */
    private static final SourcePassage USING_SIGNS_OF_SAFETY =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Using the Signs of Safety Framework");

    private SignsOfSafetyChecks() {
    }

    /**
     * The completeness breaches of {@code map}, in the order the rules module documents; empty when it is
     * complete.
     *
     * @throws NullPointerException if {@code map} is null
     */
    static List<Breach> map(SignsOfSafetyMap map) {
        Objects.requireNonNull(map, "map");
        List<Breach> breaches = new ArrayList<>();
        List<MapStatement> statements = map.statements();
        if (map.statements(MapCategory.DANGER_STATEMENT).isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, NO_DANGER_STATEMENT,
                    "The map has no danger statement: say who is worried, what they are worried will happen to"
                            + " the child if nothing changes, and how it would affect the child.",
                    USING_SIGNS_OF_SAFETY, "statements"));
        }
        if (map.statements(MapCategory.SAFETY_GOAL).isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, NO_SAFETY_GOAL,
                    "The map has no safety goal: say what needs to happen, as what the caregivers will be seen"
                            + " doing, for the child to be safe enough.",
                    USING_SIGNS_OF_SAFETY, "statements"));
        }
        Set<String> answered = new HashSet<>();
        map.statements(MapCategory.SAFETY_GOAL).forEach(goal -> answered.addAll(goal.dangerStatementIds()));
        for (int i = 0; i < statements.size(); i++) {
            MapStatement statement = statements.get(i);
            if (statement.category() == MapCategory.DANGER_STATEMENT && !answered.contains(statement.id())) {
                breaches.add(Breach.of(Severity.ERROR, WORRY_WITHOUT_GOAL,
                        "No safety goal answers this danger statement: add a goal that names it, saying what"
                                + " needs to happen for this worry.",
                        USING_SIGNS_OF_SAFETY, "statements", i));
            }
        }
        if (map.judgements().isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, NO_JUDGEMENT,
                    "No scaling judgement is recorded: ask each family member and professional the scaling"
                            + " question, with the rationale for their score.",
                    USING_SIGNS_OF_SAFETY, "judgements"));
        } else {
            List<ScalingQuestion> questions = map.scalingQuestions();
            for (int i = 0; i < questions.size(); i++) {
                if (map.judgements(questions.get(i).id()).isEmpty()) {
                    breaches.add(Breach.of(Severity.ERROR, NO_JUDGEMENT,
                            "No one has answered this scaling question: record each person's score and its"
                                    + " rationale.",
                            USING_SIGNS_OF_SAFETY, "scalingQuestions", i));
                }
            }
        }
        boolean childSpoke = statements.stream().anyMatch(s -> s.contributor().kind() == ContributorKind.CHILD)
                || map.judgements().stream().anyMatch(j -> j.perspective().kind() == ContributorKind.CHILD);
        if (!childSpoke && map.threeHouses().isEmpty() && map.observations().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, NO_CHILD_VOICE,
                    "Nothing on the map comes from the child: where possible, capture the child's views or"
                            + " behaviour (the three houses, or observation of a baby).",
                    RECORDING));
        }
        if (map.statements(SignsOfSafetyQuestion.WORKING_WELL).isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, NOTHING_WORKING_WELL,
                    "Nothing is recorded under 'What's working well?': recognise existing strengths and safety,"
                            + " so that the worries are balanced by what the family and child already do that"
                            + " makes things even a little better.",
                    USING_SIGNS_OF_SAFETY, "statements"));
        }
        List<ScalingJudgement> judgements = map.judgements();
        for (int j = 0; j < judgements.size(); j++) {
            ScalingJudgement judgement = judgements.get(j);
            if (judgement.score() < ScalingJudgement.MAX_SCORE && judgement.whatWouldMakeItHigher().isEmpty()) {
                breaches.add(Breach.of(Severity.QUERY, SCALING_RATIONALE_NOT_EXPLORED,
                        "Nothing is recorded of what would make this score higher: explore the rationale of each"
                                + " score fully, asking what else would need to happen for it to be 10.",
                        USING_SIGNS_OF_SAFETY, "judgements", j, "whatWouldMakeItHigher"));
            }
        }
        return List.copyOf(breaches);
    }

    /**
     * Whether {@code score} is on the scale: {@value ScalingJudgement#MIN_SCORE} to
     * {@value ScalingJudgement#MAX_SCORE}, "always on a scale of 0-10". The rule of the builder of
     * {@link ScalingJudgement} and of the constraint {@code ScalingScore}, on a judgement and on a vendor's own
     * form field alike.
     */
    static boolean isScalingScore(int score) {
        return score >= ScalingJudgement.MIN_SCORE && score <= ScalingJudgement.MAX_SCORE;
    }
}
