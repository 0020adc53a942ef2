package dev.safeguarding.rules.optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.rules.assessment.Assessments;
import dev.safeguarding.rules.need.ThresholdGuide;
import dev.safeguarding.rules.signsofsafety.SignsOfSafetyMaps;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta Bean Validation API is an optional dependency of the model, so this module's tests run
 * without it, as a vendor without Bean Validation does: the model's annotated types load, build, show
 * their annotations to reflection and are assessed, and nothing asks for {@code jakarta.validation}.
 */
class WithoutBeanValidationTest {

    @Test
    void theBeanValidationApiIsNotOnThisModulesClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.validation.Constraint"));
    }

    @Test
    void theModelsConstrainedTypesLoadBuildAndAreAssessedWithoutIt() {
        ThresholdQuestion question = ThresholdQuestion.builder().child(Child.born("c-1", LocalDate.of(2020, 1, 1)))
                .build();
        ThresholdGuidance guidance = ThresholdGuide.norfolk2023().assess(question);
        assertEquals(question.child(), ThresholdQuestion.builder(question).build().child());
        assertEquals(false, guidance.reasons().isEmpty());
    }

    @Test
    void reflectionReadsTheConstraintAnnotationsWithoutTheApi() {
        // the annotations are the library's own types; only their meta-annotation @Constraint is missing,
        // and the JVM leaves out an annotation whose type it cannot load without failing
        List<String> onQuestion = Arrays.stream(ThresholdQuestion.class.getAnnotations())
                .map(Annotation::annotationType).map(Class::getSimpleName).sorted().toList();
        assertEquals(List.of("ChildNamed", "ConcernRecorded", "ConcernsDescribed", "ConsentConsidered"), onQuestion);
        assertEquals(List.of("BornOrUnborn"), Arrays.stream(Child.class.getAnnotations())
                .map(Annotation::annotationType).map(Class::getSimpleName).toList());
    }

    @Test
    void theRulesWhoseChecksTheConstraintsShareRunWithoutIt() {
        // the checks live once, in the model, beside the constraints that run them; neither needs the API here
        Assessment draft = Assessment.builder().id("a-1").child(Child.born("c-1", LocalDate.of(2020, 1, 1)))
                .startedOn(LocalDate.of(2026, 1, 5)).build();
        assertEquals(17, Assessments.check(draft).size());
        List<String> onAssessment = Arrays.stream(Assessment.class.getAnnotations())
                .map(Annotation::annotationType).map(Class::getSimpleName).sorted().toList();
        assertEquals(List.of("CaringAdultsCapacityAssessed", "ChildsVoiceRecorded", "DimensionsAssessed",
                "FactBesideOpinion", "FathersIdentified", "ParentOrCarerRecorded", "ParentingCapacityAssessed",
                "UnbornBabysVoiceConsidered"), onAssessment);
        assertEquals(14, JointSupervisionRequest.class.getAnnotations().length);

        SignsOfSafetyMap map = SignsOfSafetyMap.builder().childId("c-1").build();
        assertEquals(5, SignsOfSafetyMaps.check(map).size());
        List<String> onMap = Arrays.stream(SignsOfSafetyMap.class.getAnnotations())
                .map(Annotation::annotationType).map(Class::getSimpleName).sorted().toList();
        assertEquals(List.of("ChildsVoiceCaptured", "DangerStatementRecorded", "GoalForEachWorry", "SafetyGoalRecorded",
                "ScalingJudgementRecorded", "ScalingRationaleExplored", "StrengthsAndSafetyRecorded"), onMap);
        // the constraint for forms too: its value validator implements the API's interface, but is never loaded
        assertEquals(List.of("ScalingScore"), Arrays.stream(ScalingJudgement.class.getAnnotations())
                .map(Annotation::annotationType).map(Class::getSimpleName).toList());
    }
}
