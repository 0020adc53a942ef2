package dev.safeguarding.testing.model.signsofsafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
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
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.timescales.TimescaleUnit;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SignsOfSafetyGen;
import dev.safeguarding.testing.SimpleWorkingDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The Signs of Safety value types: what they hold, what they reject, and what they never print. */
class SignsOfSafetyModelTest {

    private static final LocalDate MAY = LocalDate.of(2017, 5, 2);
    private static final Contributor MOTHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
    private static final Contributor HEALTH_VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final Agency HEALTH = Agency.of("nchc", "Norfolk Community Health and Care", AgencyType.HEALTH);

    private static String rejected(Supplier<?> construction) {
        return assertThrows(InvalidValueException.class, construction::get).field();
    }

    private static ScalingJudgement.Builder judgement(int score) {
        return ScalingJudgement.builder().questionId("q-1").score(score).perspective(HEALTH_VISITOR).judgedOn(MAY)
                .rationale("Mum has kept every appointment since the birth");
    }

    private static MapStatement statement(String id, MapCategory category) {
        return MapStatement.builder().id(id).category(category).text("Some words about the family")
                .contributor(HEALTH_VISITOR).recordedOn(MAY).build();
    }

    private static SafetyPlanRow.Builder row() {
        return SafetyPlanRow.builder()
                .safetyGoal("Monitoring of Baby's growth, development and well-being")
                .whatNeedsToHappen("Mother to have contact with the HV on a regular basis")
                .byWhen(ByWhen.on(LocalDate.of(2017, 6, 13)));
    }

    /** "It is always on a scale of 0-10": a score outside 0-10 cannot be constructed. */
    @Test
    void aScoreOutsideZeroToTenCannotBeConstructed() {
        assertEquals(0, judgement(0).build().score());
        assertEquals(10, judgement(10).build().score());
        for (int score : new int[] {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> judgement(score).build());
            assertEquals("score", e.field());
            assertEquals("score: must be between 0 and 10", e.getMessage());
        }
    }

    /** "What else would need to happen for it to be 10?" has no answer for a 10. */
    @Test
    void aJudgementNeedsARationaleAndATenCannotBeHigher() {
        assertEquals("rationale", rejected(() -> judgement(6).rationale(" ").build()));
        assertEquals("whatWouldMakeItHigher", rejected(() -> judgement(10).whatWouldMakeItHigher("More").build()));
        assertEquals("whatWouldMakeItHigher", rejected(() -> judgement(6).whatWouldMakeItHigher("").build()));
        assertEquals("questionId", rejected(() -> judgement(6).questionId("").build()));
        assertTrue(judgement(9).whatWouldMakeItHigher("Dad joins the visits").build().whatWouldMakeItHigher().isPresent());
    }

    @Test
    void onlyAPractitionersJudgementOrStatementHasAnAgency() {
        assertEquals(HEALTH, judgement(6).agency(HEALTH).build().agency().orElseThrow());
        assertEquals("agency", rejected(() -> judgement(6).perspective(MOTHER).agency(HEALTH).build()));
        assertEquals("agency", rejected(() -> MapStatement.builder().from(statement("s-1", MapCategory.PAST_HARM))
                .contributor(MOTHER).agency(HEALTH).build()));
        assertTrue(judgement(6).perspective(MOTHER).build().isFamilyView());
        assertTrue(judgement(6).perspective(Contributor.of(ContributorKind.CHILD, "c-1")).build().isFamilyView());
        assertFalse(judgement(6).build().isFamilyView());
    }

    /** "Who will do this": a row with no owner cannot be constructed. */
    @Test
    void aSafetyPlanRowWithNoOwnerCannotBeConstructed() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> row().build());
        assertEquals("owners", e.field());
        assertEquals("owners", rejected(() -> row().addOwners(MOTHER, MOTHER).build()));
        assertEquals("safetyGoal", rejected(() -> row().addOwner(MOTHER).safetyGoal(" ").build()));
        assertEquals("whatNeedsToHappen", rejected(() -> row().addOwner(MOTHER).whatNeedsToHappen("").build()));
        SafetyPlanRow shared = row().addOwners(MOTHER, HEALTH_VISITOR).build();
        assertTrue(shared.hasNetworkOwner() && shared.hasProfessionalOwner());
        SafetyPlanRow network = row().addOwner(MOTHER).build();
        assertTrue(network.hasNetworkOwner() && !network.hasProfessionalOwner());
        assertEquals("childId", rejected(() -> SafetyPlan.of(" ", List.of(shared))));
    }

    /** "By when (enter timescales)": a date, or a timescale from a trigger; never both, never neither. */
    @Test
    void byWhenIsADateOrATimescaleFromATrigger() {
        Timescale fifteen = Timescale.builder().id("vendor.fifteen").label("Fifteen working days")
                .description("within 15 working days").amount(15).unit(TimescaleUnit.WORKING_DAYS)
                .triggerEvent(TimescaleEvent.of("decision", "Decision")).boundedEvent(TimescaleEvent.of("done", "Done"))
                .source(SourcePassage.of("A vendor's procedures", "Plans")).build();
        SimpleWorkingDays weekdays = SimpleWorkingDays.mondayToFriday(Set.of());
        assertEquals(LocalDate.of(2017, 6, 13), ByWhen.on(LocalDate.of(2017, 6, 13)).dueDate(weekdays));
        // Friday 2 June 2017 + 15 working days = Friday 23 June
        ByWhen within = ByWhen.within(fifteen, LocalDate.of(2017, 6, 2));
        assertTrue(within.isTimescale());
        assertEquals(LocalDate.of(2017, 6, 23), within.dueDate(weekdays));
        assertEquals("date", rejected(() -> ByWhen.builder().build()));
        assertEquals("date", rejected(() -> ByWhen.builder().date(MAY).timescale(fifteen).trigger(MAY).build()));
        assertEquals("trigger", rejected(() -> ByWhen.builder().timescale(fifteen).build()));
        assertEquals("trigger", rejected(() -> ByWhen.builder().date(MAY).trigger(MAY).build()));
        assertEquals("note", rejected(() -> ByWhen.on(MAY, " ")));
    }

    @Test
    void onlyASafetyGoalNamesTheDangerStatementsItAnswers() {
        assertEquals("dangerStatementIds", rejected(() -> MapStatement.builder()
                .from(statement("s-1", MapCategory.NEXT_STEP)).addDangerStatementId("d-1").build()));
        assertEquals("dangerStatementIds", rejected(() -> MapStatement.builder()
                .from(statement("g-1", MapCategory.SAFETY_GOAL)).addDangerStatementId(" ").build()));
        assertEquals("text", rejected(() -> MapStatement.builder().from(statement("s-1", MapCategory.PAST_HARM))
                .text("").build()));
        assertEquals(SignsOfSafetyQuestion.WORKING_WELL, statement("s-1", MapCategory.EXISTING_SAFETY).question());
    }

    @Test
    void aMapChecksItsIdentifiersAndLinks() {
        MapStatement danger = statement("d-1", MapCategory.DANGER_STATEMENT);
        MapStatement goal = MapStatement.builder().from(statement("g-1", MapCategory.SAFETY_GOAL))
                .addDangerStatementId("d-1").build();
        ScalingQuestion question = ScalingExample.CONCERN_HAPPENING_AGAIN.question("q-1");
        SignsOfSafetyMap map = SignsOfSafetyMap.builder().childId("baby-1").addStatements(danger, goal)
                .addScalingQuestion(question).addJudgement(judgement(6).build()).build();
        assertEquals(List.of(goal), map.goalsAnswering("d-1"));
        assertEquals(List.of(danger), map.statements(MapCategory.DANGER_STATEMENT));
        assertEquals(List.of(danger), map.statements(SignsOfSafetyQuestion.WORRIED_ABOUT));
        assertEquals(List.of(), map.statements(SignsOfSafetyQuestion.SCALING));
        assertEquals(question, map.scalingQuestion("q-1").orElseThrow());
        assertEquals(1, map.judgements("q-1").size());

        assertEquals("statements", rejected(() -> SignsOfSafetyMap.builder().childId("baby-1")
                .addStatements(danger, statement("d-1", MapCategory.PAST_HARM)).build()));
        assertEquals("statements", rejected(() -> SignsOfSafetyMap.builder().childId("baby-1")
                .addStatement(goal).build()));
        assertEquals("statements", rejected(() -> SignsOfSafetyMap.builder().childId("baby-1")
                .addStatements(statement("d-1", MapCategory.PAST_HARM), goal).build()));
        assertEquals("scalingQuestions", rejected(() -> SignsOfSafetyMap.builder().childId("baby-1")
                .addScalingQuestions(question, ScalingExample.STRUGGLE_EVERY_DAY.question("q-1")).build()));
        assertEquals("judgements", rejected(() -> SignsOfSafetyMap.builder().childId("baby-1")
                .addJudgement(judgement(6).build()).build()));
        assertEquals("threeHouses", rejected(() -> SignsOfSafetyMap.builder().childId("baby-1")
                .addThreeHouses(ThreeHouses.builder().childId("sibling-1").recordedOn(MAY).build()).build()));
        assertEquals("childId", rejected(() -> SignsOfSafetyMap.builder().childId(" ").build()));
    }

    @Test
    void aScalingQuestionStatesWhatZeroAndTenMean() {
        ScalingQuestion question = ScalingExample.CHILD_PROTECTION_OR_EARLY_HELP.question("q-1");
        assertEquals("a child protection meeting is needed to coordinate a plan that will keep the child safe",
                question.zeroMeans());
        assertEquals("support for the child and family can safely be coordinated within early help services",
                question.tenMeans());
        assertEquals("zeroMeans", rejected(() -> ScalingQuestion.of("q-1", " ", "safe")));
        assertEquals("tenMeans", rejected(() -> ScalingQuestion.of("q-1", "unsafe", "")));
        assertEquals("wording", rejected(() -> ScalingQuestion.builder().id("q").wording("").zeroMeans("a")
                .tenMeans("b").build()));
        assertEquals("ScalingQuestion{id=q-1}", question.toString());
    }

    @Test
    void theQuestionsKnowTheirPartsOfTheMapAndTheirPrompts() {
        assertEquals(List.of(MapCategory.PAST_HARM, MapCategory.COMPLICATING_FACTOR, MapCategory.DANGER_STATEMENT),
                SignsOfSafetyQuestion.WORRIED_ABOUT.categories());
        assertEquals(List.of(MapCategory.EXISTING_STRENGTH, MapCategory.EXISTING_SAFETY),
                SignsOfSafetyQuestion.WORKING_WELL.categories());
        assertEquals(List.of(MapCategory.SAFETY_GOAL, MapCategory.NEXT_STEP),
                SignsOfSafetyQuestion.NEEDS_TO_HAPPEN.categories());
        assertEquals(List.of(), SignsOfSafetyQuestion.SCALING.categories());
        assertEquals(8, SignsOfSafetyQuestion.WORRIED_ABOUT.prompts().size());
        assertEquals(4, SignsOfSafetyQuestion.WORKING_WELL.prompts().size());
        assertEquals(4, SignsOfSafetyQuestion.NEEDS_TO_HAPPEN.prompts().size());
        assertEquals(List.of(QuestionPrompt.WHAT_MAKES_IT_THIS_SCORE, QuestionPrompt.WHAT_WOULD_MAKE_IT_TEN),
                SignsOfSafetyQuestion.SCALING.prompts());
        assertEquals(9, QuestionPrompt.forAudience(PromptAudience.FAMILY).size());
        assertEquals(SignsOfSafetyQuestion.SCALING, QuestionPrompt.FAMILY_SCALING_QUESTION.question().orElseThrow());
        assertTrue(QuestionPrompt.HAPPENED_BEFORE.question().isEmpty());
        assertEquals(12, ObservationPrompt.about(ObservationSubject.CHILD).size());
        assertEquals(9, ObservationPrompt.about(ObservationSubject.PARENT).size());
    }

    @Test
    void theThreeHousesHoldTheChildsWordsHouseByHouse() {
        ThreeHouses houses = ThreeHouses.builder().childId("c-1").recordedOn(MAY).addWorry("Daddy shouting")
                .addGoodThings("Swimming", "Nana").addDream("A dog").build();
        assertEquals(List.of("Daddy shouting"), houses.house(House.WORRIES));
        assertEquals(List.of("Swimming", "Nana"), houses.house(House.GOOD_THINGS));
        assertEquals(List.of("A dog"), houses.house(House.DREAMS));
        assertEquals("ThreeHouses{child=c-1, worries=1, goodThings=2, dreams=1}", houses.toString());
        assertEquals("worries", rejected(() -> ThreeHouses.builder().childId("c-1").recordedOn(MAY).addWorry(" ").build()));
    }

    @Test
    void anObservationAnswersAPromptAboutItsSubjectNotesCuesOrSaysWhatWasSeen() {
        Observation.Builder child = Observation.builder().observer(HEALTH_VISITOR).observedOn(MAY)
                .subject(ObservationSubject.CHILD);
        assertTrue(child.prompt(ObservationPrompt.CHILD_TRACKS_WITH_THE_EYES).build().prompt().isPresent());
        assertEquals("prompt", rejected(() -> Observation.builder().observer(HEALTH_VISITOR).observedOn(MAY)
                .subject(ObservationSubject.CHILD).prompt(ObservationPrompt.PARENT_RESPONDS_TO_CUES).build()));
        assertEquals("note", rejected(() -> Observation.builder().observer(HEALTH_VISITOR).observedOn(MAY)
                .subject(ObservationSubject.CHILD).build()));
        assertEquals("cues", rejected(() -> Observation.builder().observer(HEALTH_VISITOR).observedOn(MAY)
                .subject(ObservationSubject.PARENT).addCue(BabyCue.WRIGGLING).build()));
        assertEquals("parentId", rejected(() -> Observation.builder().observer(HEALTH_VISITOR).observedOn(MAY)
                .subject(ObservationSubject.CHILD).parentId("m-1").note("Alert").build()));
        Observation parent = Observation.builder().observer(HEALTH_VISITOR).observedOn(MAY)
                .subject(ObservationSubject.PARENT).parentId("f-1")
                .prompt(ObservationPrompt.PARENT_RESPONDS_TO_VOCALISATIONS).note("Dad copied her babble").build();
        assertEquals("Observation{by PRACTITIONER hv-1, PARENT f-1, PARENT_RESPONDS_TO_VOCALISATIONS, noted}",
                parent.toString());
    }

    @Test
    void noToStringShowsFreeText() {
        Property.forAll(SignsOfSafetyGen.mapStatements(), s -> assertFalse(s.toString().contains(s.text())));
        Property.forAll(SignsOfSafetyGen.scalingQuestions(), q -> {
            assertFalse(q.toString().contains(q.zeroMeans()));
            assertFalse(q.toString().contains(q.tenMeans()));
            q.wording().ifPresent(w -> assertFalse(q.toString().contains(w)));
        });
        Property.forAll(SignsOfSafetyGen.scalingJudgements(), j -> {
            assertFalse(j.toString().contains(j.rationale()));
            j.whatWouldMakeItHigher().ifPresent(w -> assertFalse(j.toString().contains(w)));
        });
        Property.forAll(SignsOfSafetyGen.threeHouses(), h -> List.of(House.values()).forEach(
                house -> h.house(house).forEach(words -> assertFalse(h.toString().contains(words)))));
        Property.forAll(SignsOfSafetyGen.observations(),
                o -> o.note().ifPresent(n -> assertFalse(o.toString().contains(n))));
        Property.forAll(SignsOfSafetyGen.safetyPlans(), plan -> {
            String text = plan.toString();
            for (SafetyPlanRow row : plan.rows()) {
                assertFalse(text.contains(row.safetyGoal()));
                assertFalse(text.contains(row.whatNeedsToHappen()));
                row.byWhen().note().ifPresent(n -> assertFalse(text.contains(n)));
            }
        });
        Property.forAll(SignsOfSafetyGen.maps(), map -> {
            String text = map.toString();
            map.statements().forEach(s -> assertFalse(text.contains(s.text())));
            map.judgements().forEach(j -> assertFalse(text.contains(j.rationale())));
        });
    }

    @Test
    void theGeneratorsMakeOnlyValidValuesAndMapsWithLinks() {
        Property.forAll(SignsOfSafetyGen.maps(), map -> {
            for (MapStatement goal : map.statements(MapCategory.SAFETY_GOAL)) {
                for (String id : goal.dangerStatementIds()) {
                    assertEquals(MapCategory.DANGER_STATEMENT, map.statement(id).orElseThrow().category());
                }
            }
            map.judgements().forEach(j -> assertTrue(map.scalingQuestion(j.questionId()).isPresent()));
        });
    }
}
