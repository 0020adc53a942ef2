package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.TimescaleGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invariants of validation over generated values of the model. */
class ValidationPropertiesTest {

    private static Set<String> codesAndPaths(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyBuiltValueOfTheModelSatisfiesTheDraftRules() {
        List<Gen<?>> generators = List.of(ModelGen.sourcePassages(), ModelGen.children(), ModelGen.findings(),
                ModelGen.agencies(), ModelGen.practitioners(), ModelGen.familyMembers(), ModelGen.contributors(),
                ModelGen.needIndicators(), ModelGen.thresholdQuestions(), ModelGen.guidanceStatements(),
                ModelGen.thresholdProfiles(), ModelGen.thresholdGuidance(), TimescaleGen.timescaleEvents(),
                TimescaleGen.timescales());
        for (Gen<?> generator : generators) {
            Property.forAll(200, generator, value -> assertEquals(List.of(), Findings.check(Validators.DEFAULT, value)));
        }
    }

    @Test
    void aQuestionsCompletenessFindingsAreExactlyThoseTheGuidanceAsksFor() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            Set<String> expected = new TreeSet<>();
            if (question.indicators().isEmpty() && question.section47Indicators().isEmpty()
                    && !question.immediateDanger()) {
                expected.add("ERROR need.concern-recorded at indicators");
            }
            for (int i = 0; i < question.indicators().size(); i++) {
                if (question.indicators().get(i).description().isEmpty()) {
                    expected.add("QUERY need.concern-described at indicators/" + i + "/description");
                }
            }
            if (question.consent() == ConsentStatus.NOT_SOUGHT && !question.immediateDanger()) {
                expected.add("QUERY sharing.consent-considered at consent");
            }
            if (!question.child().isUnborn() && question.child().name().isEmpty()) {
                expected.add("QUERY need.child-named at child/name");
            }
            assertEquals(expected, codesAndPaths(Findings.check(Validators.DEFAULT, question, Complete.class)));
        });
    }

    @Test
    void anyQuestionFilledInIsComplete() {
        Property.forAll(ModelGen.thresholdQuestions(), draft -> {
            Child child = draft.child();
            if (!child.isUnborn() && child.name().isEmpty()) {
                child = Child.builder().from(child).name("A name for the record").build();
            }
            List<NeedIndicator> indicators = new ArrayList<>();
            for (NeedIndicator indicator : draft.indicators()) {
                indicators.add(NeedIndicator.of(indicator.domain(), indicator.level(),
                        indicator.description().orElse("What the practitioner saw")));
            }
            ThresholdQuestion.Builder filledIn = ThresholdQuestion.builder(draft).child(child).indicators(indicators)
                    .consent(draft.consent() == ConsentStatus.NOT_SOUGHT ? ConsentStatus.GIVEN : draft.consent());
            if (indicators.isEmpty() && draft.section47Indicators().isEmpty()) {
                filledIn.immediateDanger(true);
            }
            assertEquals(List.of(), Findings.check(Validators.DEFAULT, filledIn.build(), Complete.class));
        });
    }

    @Test
    void noFindingEverHoldsTheChildsNameOrTheWordingOfAConcern() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            List<String> personal = new ArrayList<>();
            question.child().name().ifPresent(personal::add);
            question.indicators().forEach(i -> i.description().ifPresent(personal::add));
            for (Finding finding : Findings.check(Validators.DEFAULT, question, Complete.class)) {
                for (String data : personal) {
                    assertFalse(finding.message().contains(data) || finding.path().contains(data)
                            || finding.toString().contains(data), "personal data in " + finding.code());
                }
            }
        });
    }
}
