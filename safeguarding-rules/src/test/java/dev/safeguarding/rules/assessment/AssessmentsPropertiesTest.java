package dev.safeguarding.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.rules.need.ThresholdGuide;
import dev.safeguarding.testing.AssessmentGen;
import dev.safeguarding.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of the assessment rules over assessments at every stage. */
class AssessmentsPropertiesTest {

    private static final Set<String> CODES = Set.of(Assessments.DIMENSION_NOT_ASSESSED,
            Assessments.NO_PARENT_OR_CARER, Assessments.PARENTING_CAPACITY_NOT_ASSESSED,
            Assessments.CARING_ADULT_CAPACITY_NOT_ASSESSED,
            Assessments.NO_FATHER_RECORDED, Assessments.CHILD_VOICE_NOT_RECORDED, Assessments.OPINION_WITHOUT_FACT);

    @Test
    void everyAssessmentCanBeCheckedAndTheFindingsUseTheDocumentedCodes() {
        Property.forAll(AssessmentGen.assessments(), assessment -> {
            List<Finding> findings = Assessments.check(assessment);
            assertEquals(findings, Assessments.check(assessment), "a pure function");
            findings.forEach(f -> assertTrue(CODES.contains(f.code()), f::code));
        });
    }

    @Test
    void eachDimensionNotAssessedIsReportedExactlyOnce() {
        Property.forAll(AssessmentGen.assessments(), assessment -> {
            List<String> expected = new ArrayList<>();
            for (AssessmentDimension dimension : AssessmentDimension.values()) {
                if (!dimension.isParentingCapacity()
                        && assessment.finding(dimension).filter(DimensionFinding::isAssessed).isEmpty()) {
                    expected.add("dimensions/" + dimension.name());
                }
            }
            List<String> reported = Assessments.check(assessment).stream()
                    .filter(f -> f.code().equals(Assessments.DIMENSION_NOT_ASSESSED))
                    .map(Finding::path).filter(p -> p.startsWith("dimensions/")).toList();
            assertEquals(expected, reported);
        });
    }

    @Test
    void everyParentOrCarerIsAssessedOrReported() {
        Property.forAll(AssessmentGen.assessments(), assessment -> {
            List<Finding> findings = Assessments.check(assessment);
            assessment.parentsAndCarers().forEach(parent -> {
                boolean fullyAssessed = assessment.parentingCapacityOf(parent.id())
                        .map(c -> c.dimensions().stream().filter(DimensionFinding::isAssessed).count() == 6)
                        .orElse(false);
                boolean reported = findings.stream()
                        .anyMatch(f -> f.path().startsWith("parentingCapacity/" + parent.id()) && f.isError());
                boolean queried = findings.stream().anyMatch(f -> f.path().equals("parentingCapacity/" + parent.id())
                        && f.code().equals(Assessments.CARING_ADULT_CAPACITY_NOT_ASSESSED));
                boolean noneAssessed = assessment.parentingCapacityOf(parent.id())
                        .map(c -> c.dimensions().stream().noneMatch(DimensionFinding::isAssessed)).orElse(true);
                // a parent is assessed or reported as an error; another adult in a caring role with nothing
                // assessed is queried (the library's reading of "Whole Family Working")
                boolean caringAdultNotStarted = !parent.relationship().isParent() && noneAssessed;
                assertEquals(!fullyAssessed && !caringAdultNotStarted, reported, parent::toString);
                assertEquals(caringAdultNotStarted, queried, parent::toString);
            });
        });
    }

    @Test
    void findingsNeverHoldNamesOrRecordedText() {
        Property.forAll(AssessmentGen.assessments(), assessment -> {
            String all = Assessments.check(assessment).toString();
            assessment.child().name().ifPresent(n -> assertFalse(all.contains(n)));
            assessment.familyMembers().forEach(m -> m.name().ifPresent(n -> assertFalse(all.contains(n))));
            assessment.allFindings().forEach(f -> f.statements().forEach(s -> assertFalse(all.contains(s.text()))));
            assessment.childsVoice().forEach(v -> assertFalse(all.contains(v.text())));
        });
    }

    /**
     * The question keeps every recorded indicator, in order; the level the guide suggests is the highest
     * judged or indicated anywhere in the assessment (nothing else of the question raises it).
     */
    @Test
    void theGuidesLevelIsTheHighestJudgedOrIndicatedInTheAssessment() {
        ThresholdGuide guide = ThresholdGuide.norfolk2023();
        Property.forAll(AssessmentGen.assessments(), assessment -> {
            ThresholdQuestion question = Assessments.thresholdQuestion(assessment);
            List<NeedIndicator> recorded = assessment.allFindings().stream()
                    .flatMap(f -> f.indicators().stream()).toList();
            assertTrue(isSubsequence(recorded, question.indicators()), "every recorded indicator, in order");
            long judgedOnly = assessment.allFindings().stream()
                    .filter(f -> f.level().filter(l -> l != LevelOfNeed.UNIVERSAL)
                            .filter(l -> f.indicators().stream().noneMatch(i -> i.level().compareTo(l) >= 0))
                            .isPresent())
                    .count();
            assertEquals(recorded.size() + judgedOnly, question.indicators().size(),
                    "one indicator more for each judged level no recorded indicator reaches");
            assertEquals(assessment.neglectKnownOrSuspected(), question.neglectKnownOrSuspected());

            LevelOfNeed highest = LevelOfNeed.UNIVERSAL;
            for (DimensionFinding finding : assessment.allFindings()) {
                highest = finding.level().map(highest::max).orElse(highest);
                for (NeedIndicator indicator : finding.indicators()) {
                    highest = highest.max(indicator.level());
                }
            }
            ThresholdGuidance guidance = guide.assess(question);
            assertEquals(highest, guidance.level());
        });
    }

    private static <T> boolean isSubsequence(List<T> part, List<T> whole) {
        int at = 0;
        for (T element : whole) {
            if (at < part.size() && part.get(at).equals(element)) {
                at++;
            }
        }
        return at == part.size();
    }

    @Test
    void onlyFindingsMarkedAsNeglectSetTheNeglectFlag() {
        Property.forAll(AssessmentGen.assessments(), (Assessment assessment) -> assertEquals(
                assessment.neglectKnownOrSuspected(),
                Assessments.thresholdQuestion(assessment).neglectKnownOrSuspected()));
    }
}
