package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Signs of Safety assessment and planning map for a child: the statements that answer the first three
 * {@linkplain SignsOfSafetyQuestion questions} (what are we worried about: past harm, complicating
 * factors, danger statements; what's working well: existing strengths, existing safety; what needs to
 * happen: safety goals, next steps), the scaling questions of the case with each person's judgements
 * over time, and the child's voice (the {@linkplain ThreeHouses three houses} and {@linkplain Observation
 * observations}).
 *
 * <p>"Recording needs to be clear, concise, explain the evidence, explain the analysis, and record the
 * decisions, the people responsible for actions and the timescales. The Signs of Safety mapping tool
 * provides a useful framework to do this." Write each statement as specific, observable behaviour in
 * plain language (see {@link MapStatement}).
 *
 * <p>A map may be saved while it is being built: one with no danger statement, no goal or no judgement
 * is a valid value, and the rules module's completeness check ({@code SignsOfSafetyMaps.check(map)})
 * says what it lacks. What makes no sense is rejected at construction, naming the field: a blank child
 * id; two statements with one id (field {@code statements}); a goal naming an id that is not a danger
 * statement of this map ({@code statements}); two scaling questions with one id
 * ({@code scalingQuestions}); a judgement of a question that is not on this map ({@code judgements});
 * three houses of another child ({@code threeHouses}).
 *
 * <p>{@link #toString()} shows the child's identifier and the map's shape, never a statement.
 *
 * <p>Bean Validation: a draft map satisfies the default group at any stage. Before it is complete (the
 * {@link Complete} group) it has the rules module's completeness rules as constraints, with the same codes,
 * severities, paths and sources, run by the same check: errors {@link DangerStatementRecorded},
 * {@link SafetyGoalRecorded}, {@link GoalForEachWorry} and {@link ScalingJudgementRecorded}, and the queries
 * {@link ChildsVoiceCaptured}, {@link StrengthsAndSafetyRecorded} (nothing under "What's working well?": the
 * framework asks practitioners to "recognise existing strengths and safety") and
 * {@link ScalingRationaleExplored} (the guidance asks that the rationale of each score be "fully explored":
 * "What else would need to happen for it to be 10?"). The constraints are declared here and look into the
 * statements, judgements and the child's voice the map holds: a rule belongs to the record it is checked on.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework" and "Recording what we do and the decisions we take"; the map's structure as in
 * the library's notes ({@code docs/practice-frameworks.md}).
 */
@Value.Immutable
@DangerStatementRecorded(groups = Complete.class)
@SafetyGoalRecorded(groups = Complete.class)
@GoalForEachWorry(groups = Complete.class)
@ScalingJudgementRecorded(groups = Complete.class)
@ChildsVoiceCaptured(groups = Complete.class, payload = Query.class)
@ScalingRationaleExplored(groups = Complete.class, payload = Query.class)
@StrengthsAndSafetyRecorded(groups = Complete.class, payload = Query.class)
public abstract class SignsOfSafetyMap {

    /** The identifier of the child the map is about; not blank. */
    public abstract String childId();

    /** The statements, in the order recorded. */
    public abstract List<MapStatement> statements();

    /** The scaling questions of the case, in the order recorded. */
    public abstract List<ScalingQuestion> scalingQuestions();

    /** Every judgement of every scaling question, by everyone, over time, in the order recorded. */
    public abstract List<ScalingJudgement> judgements();

    /** The child's three houses, if done (more than once, over time, perhaps). */
    public abstract List<ThreeHouses> threeHouses();

    /** Observations of the child, and of a parent with the child. */
    public abstract List<Observation> observations();

    /** A builder; only the child's identifier is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SignsOfSafetyMap}; {@code build()} checks identifiers and links. */
    public static final class Builder extends ImmutableSignsOfSafetyMap.Builder {
    }

    /**
     * The statements in {@code category}, in the order recorded.
     *
     * @throws NullPointerException if {@code category} is null
     */
    public List<MapStatement> statements(MapCategory category) {
        Objects.requireNonNull(category, "category");
        return statements().stream().filter(s -> s.category() == category).toList();
    }

    /**
     * The statements that answer {@code question}, in the order recorded; none for the scaling question.
     *
     * @throws NullPointerException if {@code question} is null
     */
    public List<MapStatement> statements(SignsOfSafetyQuestion question) {
        Objects.requireNonNull(question, "question");
        return statements().stream().filter(s -> s.question() == question).toList();
    }

    /** The statement with the identifier {@code id}, if the map has one. */
    public Optional<MapStatement> statement(String id) {
        return statements().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The safety goals that name the danger statement {@code dangerStatementId}, in the order recorded. */
    public List<MapStatement> goalsAnswering(String dangerStatementId) {
        return statements(MapCategory.SAFETY_GOAL).stream()
                .filter(g -> g.dangerStatementIds().contains(dangerStatementId)).toList();
    }

    /** The scaling question with the identifier {@code id}, if the map has one. */
    public Optional<ScalingQuestion> scalingQuestion(String id) {
        return scalingQuestions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The judgements of the question {@code questionId}, in the order recorded. */
    public List<ScalingJudgement> judgements(String questionId) {
        return judgements().stream().filter(j -> j.questionId().equals(questionId)).toList();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("childId", childId());
        Checks.notBlank(childId(), "childId");
        Set<String> ids = new HashSet<>();
        Set<String> dangers = new HashSet<>();
        for (MapStatement statement : statements()) {
            Checks.require(ids.add(statement.id()), "statements", "two statements must not share an id");
            if (statement.category() == MapCategory.DANGER_STATEMENT) {
                dangers.add(statement.id());
            }
        }
        for (MapStatement statement : statements()) {
            Checks.require(dangers.containsAll(statement.dangerStatementIds()), "statements",
                    "a safety goal must name only danger statements of this map");
        }
        Set<String> questions = new HashSet<>();
        for (ScalingQuestion question : scalingQuestions()) {
            Checks.require(questions.add(question.id()), "scalingQuestions", "two scaling questions must not share an id");
        }
        for (ScalingJudgement judgement : judgements()) {
            Checks.require(questions.contains(judgement.questionId()), "judgements",
                    "each judgement must answer a scaling question of this map");
        }
        for (ThreeHouses houses : threeHouses()) {
            Checks.require(houses.childId().equals(childId()), "threeHouses", "must be the three houses of the map's child");
        }
    }

    /** The child's identifier and how many of each part the map holds; never a statement. */
    @Override
    public String toString() {
        StringBuilder shape = new StringBuilder("SignsOfSafetyMap{child=").append(childId());
        for (MapCategory category : MapCategory.values()) {
            shape.append(", ").append(category).append('=').append(statements(category).size());
        }
        return shape.append(", scalingQuestions=").append(scalingQuestions().size())
                .append(", judgements=").append(judgements().size())
                .append(", threeHouses=").append(threeHouses().size())
                .append(", observations=").append(observations().size()).append('}').toString();
    }

    /**
     * What the guidance would query in this map: the completeness of the map: its danger statements and safety
     * goals, a judgement, the child's voice, what is working well and the rationale of a score. The findings are
     * those of the completeness rules that its Bean Validation constraints (group {@code Complete}) report,
     * with the
     * same codes, severities, paths and sources, each with a message that may name the part of the record it is
     * about; the rules module's {@code SignsOfSafetyMaps.check} reports them too, beside the rules that need
     * a date
     * or a profile. Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(SignsOfSafetyChecks.map(this));
    }
}
