package dev.safeguarding.json;

import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.signsofsafety.BabyCue;
import dev.safeguarding.model.signsofsafety.ByWhen;
import dev.safeguarding.model.signsofsafety.House;
import dev.safeguarding.model.signsofsafety.MapCategory;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.Observation;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.signsofsafety.ObservationSubject;
import dev.safeguarding.model.signsofsafety.PromptAudience;
import dev.safeguarding.model.signsofsafety.QuestionPrompt;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.signsofsafety.ScalingExample;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyQuestion;
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import dev.safeguarding.model.timescales.Timescale;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON format of Signs of Safety: maps, scaling, the three houses, observations and safety plans (Norfolk
 * Continuum of Needs (2023), 'Signs of Safety'; Somerset safety-plan format): each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class SignsOfSafetyFormat {

    private SignsOfSafetyFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(SignsOfSafetyQuestion.class),
                EnumCodec.byName(MapCategory.class),
                EnumCodec.byName(PromptAudience.class),
                EnumCodec.byName(QuestionPrompt.class),
                EnumCodec.byName(ScalingExample.class),
                EnumCodec.byName(House.class),
                EnumCodec.byName(ObservationSubject.class),
                EnumCodec.byName(ObservationPrompt.class),
                EnumCodec.byName(BabyCue.class),
                // {@code {"id": "d-1", "category": "DANGER_STATEMENT", "text": "...", "contributor": {...}, "agency":
                // {...}, "recordedOn": "2017-05-02", "dangerStatementIds": ["d-1"]}}; {@code agency} is left out when
                // empty, {@code dangerStatementIds} is always written and may be absent when reading (empty).
                ObjectFormat.of(MapStatement.class, MapStatement::builder, MapStatement.Builder::build)
                        .required("id", String.class, MapStatement::id, MapStatement.Builder::id)
                        .required("category", MapCategory.class, MapStatement::category, MapStatement.Builder::category)
                        .required("text", String.class, MapStatement::text, MapStatement.Builder::text)
                        .required("contributor", Contributor.class, MapStatement::contributor,
                                MapStatement.Builder::contributor)
                        .optional("agency", Agency.class, MapStatement::agency, MapStatement.Builder::agency)
                        .required("recordedOn", LocalDate.class, MapStatement::recordedOn,
                                MapStatement.Builder::recordedOn)
                        .textSet("dangerStatementIds", MapStatement::dangerStatementIds,
                                MapStatement.Builder::dangerStatementIds)
                        .build(),
                // {@code {"id": "q-1", "wording": "...", "zeroMeans": "...", "tenMeans": "..."}}; {@code wording} is
                // optional.
                ObjectFormat.of(ScalingQuestion.class, ScalingQuestion::builder, ScalingQuestion.Builder::build)
                        .required("id", String.class, ScalingQuestion::id, ScalingQuestion.Builder::id)
                        .optional("wording", String.class, ScalingQuestion::wording, ScalingQuestion.Builder::wording)
                        .required("zeroMeans", String.class, ScalingQuestion::zeroMeans,
                                ScalingQuestion.Builder::zeroMeans)
                        .required("tenMeans", String.class, ScalingQuestion::tenMeans,
                                ScalingQuestion.Builder::tenMeans)
                        .build(),
                // {@code {"questionId": "q-1", "score": 6, "perspective": {...}, "agency": {...}, "judgedOn":
                // "2017-05-02", "rationale": "...", "whatWouldMakeItHigher": "..."}}; {@code agency} and {@code
                // whatWouldMakeItHigher} are optional. A score outside 0 to 10 is an error at {@code /score}.
                ObjectFormat.of(ScalingJudgement.class, ScalingJudgement::builder, ScalingJudgement.Builder::build)
                        .required("questionId", String.class, ScalingJudgement::questionId,
                                ScalingJudgement.Builder::questionId)
                        .required("score", Integer.class, ScalingJudgement::score, ScalingJudgement.Builder::score)
                        .required("perspective", Contributor.class, ScalingJudgement::perspective,
                                ScalingJudgement.Builder::perspective)
                        .optional("agency", Agency.class, ScalingJudgement::agency, ScalingJudgement.Builder::agency)
                        .required("judgedOn", LocalDate.class, ScalingJudgement::judgedOn,
                                ScalingJudgement.Builder::judgedOn)
                        .required("rationale", String.class, ScalingJudgement::rationale,
                                ScalingJudgement.Builder::rationale)
                        .optional("whatWouldMakeItHigher", String.class, ScalingJudgement::whatWouldMakeItHigher,
                                ScalingJudgement.Builder::whatWouldMakeItHigher)
                        .build(),
                // {@code {"childId": "c-1", "recordedOn": "2017-05-02", "worries": ["..."], "goodThings": ["..."],
                // "dreams": ["..."]}}; the houses are always written and may be absent when reading (empty).
                ObjectFormat.of(ThreeHouses.class, ThreeHouses::builder, ThreeHouses.Builder::build)
                        .required("childId", String.class, ThreeHouses::childId, ThreeHouses.Builder::childId)
                        .required("recordedOn", LocalDate.class, ThreeHouses::recordedOn,
                                ThreeHouses.Builder::recordedOn)
                        .list("worries", String.class, ThreeHouses::worries, ThreeHouses.Builder::worries)
                        .list("goodThings", String.class, ThreeHouses::goodThings, ThreeHouses.Builder::goodThings)
                        .list("dreams", String.class, ThreeHouses::dreams, ThreeHouses.Builder::dreams)
                        .build(),
                // {@code {"observer": {...}, "observedOn": "2017-05-02", "subject": "CHILD", "parentId": "m-1",
                // "prompt": "CHILD_TRACKS_WITH_THE_EYES", "cues": ["MOVING_EYES"], "note": "..."}}; {@code parentId},
                // {@code prompt} and {@code note} are optional, {@code cues} is always written (in enum order) and may
                // be absent when reading.
                ObjectFormat.of(Observation.class, Observation::builder, Observation.Builder::build)
                        .required("observer", Contributor.class, Observation::observer, Observation.Builder::observer)
                        .required("observedOn", LocalDate.class, Observation::observedOn,
                                Observation.Builder::observedOn)
                        .required("subject", ObservationSubject.class, Observation::subject,
                                Observation.Builder::subject)
                        .optional("parentId", String.class, Observation::parentId, Observation.Builder::parentId)
                        .optional("prompt", ObservationPrompt.class, Observation::prompt, Observation.Builder::prompt)
                        .enumSet("cues", BabyCue.class, Observation::cues, Observation.Builder::cues)
                        .optional("note", String.class, Observation::note, Observation.Builder::note)
                        .build(),
                // {@code {"childId": "c-1", "statements": [...], "scalingQuestions": [...], "judgements": [...],
                // "threeHouses": [...], "observations": [...]}}; the lists are always written and may be absent when
                // reading (empty). A broken link (a goal naming an id that is not a danger statement, a judgement of a
                // question not on the map) is an error at the list that holds it.
                ObjectFormat.of(SignsOfSafetyMap.class, SignsOfSafetyMap::builder, SignsOfSafetyMap.Builder::build)
                        .required("childId", String.class, SignsOfSafetyMap::childId, SignsOfSafetyMap.Builder::childId)
                        .list("statements", MapStatement.class, SignsOfSafetyMap::statements,
                                SignsOfSafetyMap.Builder::statements)
                        .list("scalingQuestions", ScalingQuestion.class, SignsOfSafetyMap::scalingQuestions,
                                SignsOfSafetyMap.Builder::scalingQuestions)
                        .list("judgements", ScalingJudgement.class, SignsOfSafetyMap::judgements,
                                SignsOfSafetyMap.Builder::judgements)
                        .list("threeHouses", ThreeHouses.class, SignsOfSafetyMap::threeHouses,
                                SignsOfSafetyMap.Builder::threeHouses)
                        .list("observations", Observation.class, SignsOfSafetyMap::observations,
                                SignsOfSafetyMap.Builder::observations)
                        .build(),
                // {@code {"date": "2017-06-13", "note": "..."}} or {@code {"timescale": {...}, "trigger":
                // "2017-05-02", "note": "..."}}: every property is optional, and the model checks that exactly one of
                // a date and a timescale (with its trigger) is given.
                ObjectFormat.of(ByWhen.class, ByWhen::builder, ByWhen.Builder::build)
                        .optional("date", LocalDate.class, ByWhen::date, ByWhen.Builder::date)
                        .optional("timescale", Timescale.class, ByWhen::timescale, ByWhen.Builder::timescale)
                        .optional("trigger", LocalDate.class, ByWhen::trigger, ByWhen.Builder::trigger)
                        .optional("note", String.class, ByWhen::note, ByWhen.Builder::note)
                        .build(),
                // {@code {"safetyGoal": "...", "whatNeedsToHappen": "...", "owners": [{...}], "byWhen": {...},
                // "achievedOn": "2017-06-13"}}; {@code achievedOn} is optional. A row with no owner (an empty or
                // absent {@code owners}) is an error at {@code /owners}.
                ObjectFormat.of(SafetyPlanRow.class, SafetyPlanRow::builder, SafetyPlanRow.Builder::build)
                        .required("safetyGoal", String.class, SafetyPlanRow::safetyGoal,
                                SafetyPlanRow.Builder::safetyGoal)
                        .required("whatNeedsToHappen", String.class, SafetyPlanRow::whatNeedsToHappen,
                                SafetyPlanRow.Builder::whatNeedsToHappen)
                        .list("owners", Contributor.class, SafetyPlanRow::owners, SafetyPlanRow.Builder::owners)
                        .required("byWhen", ByWhen.class, SafetyPlanRow::byWhen, SafetyPlanRow.Builder::byWhen)
                        .optional("achievedOn", LocalDate.class, SafetyPlanRow::achievedOn,
                                SafetyPlanRow.Builder::achievedOn)
                        .build(),
                // {@code {"childId": "c-1", "rows": [...]}}; {@code rows} is always written and may be absent when
                // reading (empty).
                ObjectFormat.ofValues(SafetyPlan.class, v -> SafetyPlan.of(v.next(), v.nextList()))
                        .required("childId", String.class, SafetyPlan::childId)
                        .list("rows", SafetyPlanRow.class, SafetyPlan::rows)
                        .build());
    }
}
