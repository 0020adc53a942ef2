package dev.safeguarding.testing;

import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.signsofsafety.BabyCue;
import dev.safeguarding.model.signsofsafety.ByWhen;
import dev.safeguarding.model.signsofsafety.MapCategory;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.Observation;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.signsofsafety.ObservationSubject;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generators for the Signs of Safety types ({@code dev.safeguarding.model.signsofsafety}): statements,
 * scaling questions and judgements, the child's voice, coherent maps (unique ids, goals that name danger
 * statements of the map, judgements of the map's questions by a few people over time), and safety plans
 * whose dates stay well inside the UK calendars' coverage. Free text is at least eight characters, so
 * that a test can tell it apart from the rest of a {@code toString()}.
 *
 * <p>Every value is synthetic (never real data) and a valid draft: built through the model's builders, so
 * every invariant holds, and with no finding from the model's draft rules (Bean Validation's default
 * group). Completeness is not promised: like real drafts, a value may lack what a complete record needs,
 * so its {@code check()} door (the {@code Complete} group) may report ERROR or QUERY findings.
 */
public final class SignsOfSafetyGen {

    /** The earliest date of a statement, judgement or plan row. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** The latest date of a statement, judgement or plan row (before any timescale is added). */
    public static final LocalDate LATEST = LocalDate.of(2080, 12, 31);

    private SignsOfSafetyGen() {
    }

    /** A date of a record: 2000 to 2080. */
    public static Gen<LocalDate> dates() {
        return Gen.dates(EARLIEST, LATEST);
    }

    /** Free text about a family: 8 to 80 characters. */
    public static Gen<String> freeText() {
        return Gen.text(8, 80);
    }

    /** The child, a family or network member, or a practitioner; practitioners half the time. */
    public static Gen<Contributor> contributors() {
        return random -> Contributor.of(random.nextBoolean() ? ContributorKind.PRACTITIONER
                : random.nextBoolean() ? ContributorKind.FAMILY_MEMBER : ContributorKind.CHILD,
                Gen.identifiers().generate(random));
    }

    /** A statement of {@code category} with the identifier {@code id}, naming none of the danger statements. */
    public static Gen<MapStatement> mapStatements(String id, MapCategory category) {
        return random -> {
            Contributor contributor = contributors().generate(random);
            MapStatement.Builder statement = MapStatement.builder().id(id).category(category)
                    .text(freeText().generate(random)).contributor(contributor)
                    .recordedOn(dates().generate(random));
            if (contributor.isProfessional() && random.nextBoolean()) {
                statement.agency(ModelGen.agencies().generate(random));
            }
            return statement.build();
        };
    }

    /**
     * A statement of any category on its own; a safety goal names up to three (made-up) danger statement
     * ids.
     */
    public static Gen<MapStatement> mapStatements() {
        return random -> {
            MapCategory category = Gen.enumValues(MapCategory.class).generate(random);
            MapStatement statement = mapStatements(Gen.identifiers().generate(random), category).generate(random);
            if (category != MapCategory.SAFETY_GOAL) {
                return statement;
            }
            return MapStatement.builder().from(statement)
                    .dangerStatementIds(Gen.lists(Gen.identifiers(), 0, 3).generate(random)).build();
        };
    }

    /** A scaling question with the identifier {@code id}, its wording recorded three times in four. */
    public static Gen<ScalingQuestion> scalingQuestions(String id) {
        return random -> ScalingQuestion.builder().id(id)
                .wording(Gen.optionals(freeText()).generate(random))
                .zeroMeans(freeText().generate(random))
                .tenMeans(freeText().generate(random))
                .build();
    }

    /** A scaling question with a generated identifier. */
    public static Gen<ScalingQuestion> scalingQuestions() {
        return Gen.identifiers().flatMap(SignsOfSafetyGen::scalingQuestions);
    }

    /** Any score, 0 to 10. */
    public static Gen<Integer> scores() {
        return Gen.ints(ScalingJudgement.MIN_SCORE, ScalingJudgement.MAX_SCORE);
    }

    /** A judgement of {@code questionId} from {@code perspective} on {@code judgedOn}, of any score. */
    public static Gen<ScalingJudgement> scalingJudgements(String questionId, Contributor perspective, LocalDate judgedOn) {
        return random -> {
            int score = scores().generate(random);
            ScalingJudgement.Builder judgement = ScalingJudgement.builder().questionId(questionId).score(score)
                    .perspective(perspective).judgedOn(judgedOn).rationale(freeText().generate(random));
            if (score < ScalingJudgement.MAX_SCORE && random.nextBoolean()) {
                judgement.whatWouldMakeItHigher(freeText().generate(random));
            }
            if (perspective.isProfessional() && random.nextBoolean()) {
                judgement.agency(ModelGen.agencies().generate(random));
            }
            return judgement.build();
        };
    }

    /** A judgement of any question from anyone on any date. */
    public static Gen<ScalingJudgement> scalingJudgements() {
        return random -> scalingJudgements(Gen.identifiers().generate(random), contributors().generate(random),
                dates().generate(random)).generate(random);
    }

    /** The three houses of the child {@code childId}, each with up to four entries. */
    public static Gen<ThreeHouses> threeHouses(String childId) {
        Gen<List<String>> entries = Gen.lists(freeText(), 0, 4);
        return random -> ThreeHouses.builder().childId(childId).recordedOn(dates().generate(random))
                .worries(entries.generate(random)).goodThings(entries.generate(random))
                .dreams(entries.generate(random)).build();
    }

    /** The three houses of some child. */
    public static Gen<ThreeHouses> threeHouses() {
        return Gen.identifiers().flatMap(SignsOfSafetyGen::threeHouses);
    }

    /** An observation of the child or a parent, with a prompt, cues and a note in any valid combination. */
    public static Gen<Observation> observations() {
        return random -> {
            ObservationSubject subject = Gen.enumValues(ObservationSubject.class).generate(random);
            Observation.Builder observation = Observation.builder().observer(contributors().generate(random))
                    .observedOn(dates().generate(random)).subject(subject);
            boolean prompt = random.nextBoolean();
            boolean cues = subject == ObservationSubject.CHILD && random.nextBoolean();
            if (prompt) {
                observation.prompt(Gen.elements(ObservationPrompt.about(subject)).generate(random));
            }
            if (cues) {
                observation.cues(Gen.enumSets(BabyCue.class).filter(s -> !s.isEmpty()).generate(random));
            }
            if (!(prompt || cues) || random.nextBoolean()) {
                observation.note(freeText().generate(random));
            }
            if (subject == ObservationSubject.PARENT && random.nextBoolean()) {
                observation.parentId(Gen.identifiers().generate(random));
            }
            return observation.build();
        };
    }

    /**
     * A coherent map: 0 to 12 statements of any category with unique ids, each goal naming some of the
     * map's danger statements; 0 to 3 scaling questions; 0 to 5 perspectives who each judge some of the
     * questions 1 to 5 times on increasing dates; three houses and observations now and then.
     */
    public static Gen<SignsOfSafetyMap> maps() {
        return random -> {
            String childId = Gen.identifiers().generate(random);
            SignsOfSafetyMap.Builder map = SignsOfSafetyMap.builder().childId(childId);
            int statements = random.nextInt(0, 13);
            List<String> dangers = new ArrayList<>();
            for (int i = 0; i < statements; i++) {
                MapCategory category = Gen.enumValues(MapCategory.class).generate(random);
                MapStatement statement = mapStatements("s-" + i, category).generate(random);
                if (category == MapCategory.DANGER_STATEMENT) {
                    dangers.add(statement.id());
                } else if (category == MapCategory.SAFETY_GOAL && !dangers.isEmpty()) {
                    statement = MapStatement.builder().from(statement)
                            .dangerStatementIds(subset(dangers, random)).build();
                }
                map.addStatement(statement);
            }
            List<String> questions = new ArrayList<>();
            for (int q = random.nextInt(0, 4); q > 0; q--) {
                String id = "q-" + q;
                questions.add(id);
                map.addScalingQuestion(scalingQuestions(id).generate(random));
            }
            if (!questions.isEmpty()) {
                map.judgements(judgementHistories(questions).generate(random));
            }
            if (random.nextInt(3) == 0) {
                map.addThreeHouses(threeHouses(childId).generate(random));
            }
            map.observations(Gen.lists(observations(), 0, random.nextInt(3) == 0 ? 3 : 0).generate(random));
            return map.build();
        };
    }

    /**
     * Judgements of {@code questionIds} by 0 to 5 perspectives (families and professionals), each judging
     * a question 1 to 5 times on strictly increasing dates, 1 to 200 days apart; scores often repeat, so
     * that static runs are common.
     */
    public static Gen<List<ScalingJudgement>> judgementHistories(List<String> questionIds) {
        return random -> {
            List<ScalingJudgement> judgements = new ArrayList<>();
            int perspectives = random.nextInt(0, 6);
            for (int p = 0; p < perspectives; p++) {
                Contributor perspective = Contributor.of(random.nextBoolean() ? ContributorKind.PRACTITIONER
                        : random.nextInt(4) == 0 ? ContributorKind.CHILD : ContributorKind.FAMILY_MEMBER, "p-" + p);
                for (String questionId : questionIds) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    LocalDate on = Gen.dates(EARLIEST, LocalDate.of(2070, 12, 31)).generate(random);
                    int score = scores().generate(random);
                    for (int n = random.nextInt(1, 6); n > 0; n--) {
                        ScalingJudgement judgement = scalingJudgements(questionId, perspective, on).generate(random);
                        judgements.add(ScalingJudgement.builder().from(judgement).score(score)
                                .whatWouldMakeItHigher(score == ScalingJudgement.MAX_SCORE
                                        ? Optional.empty() : judgement.whatWouldMakeItHigher())
                                .build());
                        on = on.plusDays(random.nextInt(1, 201));
                        if (random.nextInt(3) == 0) {
                            score = scores().generate(random);
                        }
                    }
                }
            }
            shuffle(judgements, random);
            return judgements;
        };
    }

    /** By a date (with a note half the time), or within a timescale of any unit from a trigger. */
    public static Gen<ByWhen> byWhens() {
        return random -> {
            ByWhen.Builder byWhen = ByWhen.builder();
            if (random.nextBoolean()) {
                byWhen.date(dates().generate(random));
            } else {
                byWhen.timescale(TimescaleGen.timescales().generate(random)).trigger(dates().generate(random));
            }
            if (random.nextBoolean()) {
                byWhen.note(freeText().generate(random));
            }
            return byWhen.build();
        };
    }

    /** A row with one to three distinct owners, achieved (on some date) half the time. */
    public static Gen<SafetyPlanRow> safetyPlanRows() {
        return random -> {
            Set<Contributor> owners = new LinkedHashSet<>(Gen.lists(contributors(), 1, 3).generate(random));
            SafetyPlanRow.Builder row = SafetyPlanRow.builder()
                    .safetyGoal(freeText().generate(random))
                    .whatNeedsToHappen(freeText().generate(random))
                    .owners(owners)
                    .byWhen(byWhens().generate(random));
            if (random.nextBoolean()) {
                row.achievedOn(dates().generate(random));
            }
            return row.build();
        };
    }

    /** A plan of 0 to 8 rows. */
    public static Gen<SafetyPlan> safetyPlans() {
        return random -> SafetyPlan.of(Gen.identifiers().generate(random),
                Gen.lists(safetyPlanRows(), 0, 8).generate(random));
    }

    private static List<String> subset(List<String> ids, SplittableRandom random) {
        List<String> subset = new ArrayList<>();
        for (String id : ids) {
            if (random.nextBoolean()) {
                subset.add(id);
            }
        }
        return subset;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
