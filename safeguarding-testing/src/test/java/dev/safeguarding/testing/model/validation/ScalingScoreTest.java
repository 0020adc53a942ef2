package dev.safeguarding.testing.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingScore;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Findings;
import dev.safeguarding.model.validation.Query;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A scaling score is from 0 to 10, "always on a scale of 0-10" (NSCP, Norfolk Guidance to Understanding
 * Continuum of Needs (2023), "Using the Signs of Safety Framework"), on a judgement of the model and on a
 * vendor's own form alike: Hibernate Validator in its default configuration, on a field, a getter, a
 * parameter and the elements of a list.
 */
class ScalingScoreTest {

    private static final SourcePassage SOURCE = SourcePassage.of(
            "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)", "Using the Signs of Safety Framework");

    /** A vendor's own form for one person's answer to a scaling question. */
    static final class ScalingForm {

        @NotNull
        @ScalingScore
        Integer score;

        @ScalingScore
        int scoreBeforeTheMeeting;

        List<@ScalingScore Integer> earlierScores = new ArrayList<>();

        private final int agreedScore;

        ScalingForm(Integer score, int scoreBeforeTheMeeting, int agreedScore) {
            this.score = score;
            this.scoreBeforeTheMeeting = scoreBeforeTheMeeting;
            this.agreedScore = agreedScore;
        }

        @ScalingScore
        public int getAgreedScore() {
            return agreedScore;
        }
    }

    /** A vendor's own service that records a score. */
    static final class ScalingService {

        /** Records {@code score}. */
        public void record(@ScalingScore int score) {
        }
    }

    /** "SEVERITY code at path" of each finding. */
    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList();
    }

    @Test
    void aFormWithScoresOnTheScaleHasNoFindings() {
        ScalingForm form = new ScalingForm(6, 0, 10);
        form.earlierScores.addAll(List.of(0, 4, 10));
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, form));
    }

    @Test
    void eachScoreOffTheScaleOnAFormIsAnErrorAtItsOwnPathWithTheGuidancesCodeAndSource() {
        ScalingForm form = new ScalingForm(11, -1, 12);
        form.earlierScores.addAll(List.of(4, 10, 15));

        List<Finding> findings = Findings.check(Validators.DEFAULT, form);

        assertEquals(List.of("ERROR signsofsafety.scaling-score at agreedScore",
                "ERROR signsofsafety.scaling-score at earlierScores/2",
                "ERROR signsofsafety.scaling-score at score",
                "ERROR signsofsafety.scaling-score at scoreBeforeTheMeeting"), described(findings));
        for (Finding finding : findings) {
            assertEquals(SOURCE, finding.source().orElseThrow());
            assertEquals("A scaling score is from 0 to 10: the scaling question is always on a scale of 0-10."
                    + " Source: NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023),"
                    + " 'Using the Signs of Safety Framework'.", finding.message());
        }
    }

    @Test
    void aMissingScoreIsNotOffTheScaleWhetherItMustBeThereIsNotNullsToSay() {
        ScalingForm form = new ScalingForm(null, 3, 3);
        form.earlierScores.add(null);
        assertEquals(List.of("ERROR jakarta.validation.constraints.NotNull at score"),
                described(Findings.check(Validators.DEFAULT, form)));
    }

    /** A form whose vendor queries a score off the scale only when the form is submitted. */
    static final class QueriedWhenSubmittedForm {

        @ScalingScore(groups = Complete.class, payload = Query.class)
        int score = 11;
    }

    @Test
    void theFormsRuleIsInTheGroupsTheVendorGivesIt() {
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, new QueriedWhenSubmittedForm()));
        List<Finding> findings = Findings.check(Validators.DEFAULT, new QueriedWhenSubmittedForm(), Complete.class);
        assertEquals(List.of("QUERY signsofsafety.scaling-score at score"), described(findings));
    }

    @Test
    void aParameterOffTheScaleIsCaughtByExecutableValidation() throws NoSuchMethodException {
        Method record = ScalingService.class.getMethod("record", int.class);
        ScalingService service = new ScalingService();

        List<Finding> off = Findings.from(Validators.DEFAULT.forExecutables()
                .validateParameters(service, record, new Object[] {-3}));
        List<Finding> on = Findings.from(Validators.DEFAULT.forExecutables()
                .validateParameters(service, record, new Object[] {7}));

        assertEquals(1, off.size());
        assertEquals("signsofsafety.scaling-score", off.get(0).code());
        // the method, then the parameter's name as the provider sees it (arg0 unless compiled with -parameters)
        assertTrue(off.get(0).path().startsWith("record/"), off.get(0).path());
        assertEquals(List.of(), on);
    }

    @Test
    void theFormsRuleIsTheBuildersRuleForEveryScore() {
        // the field's constraint accepts exactly the scores the builder of a judgement accepts
        Property.forAll(Gen.ints(-1000, 1000), score -> {
            boolean built;
            try {
                ScalingJudgement.builder().questionId("q-1").score(score)
                        .perspective(Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1"))
                        .judgedOn(LocalDate.of(2017, 5, 2)).rationale("A reason given").build();
                built = true;
            } catch (InvalidValueException e) {
                built = false;
            }
            ScalingForm form = new ScalingForm(score, 5, 5);
            assertEquals(built, Findings.check(Validators.DEFAULT, form).isEmpty(), "score " + score);
        });
    }

    /** A judgement that skips the builder's check, as a vendor's own implementation of the type would. */
    private static ScalingJudgement unchecked(int score) {
        return new ScalingJudgement() {
            @Override
            public String questionId() {
                return "q-1";
            }

            @Override
            public int score() {
                return score;
            }

            @Override
            public Contributor perspective() {
                return Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
            }

            @Override
            public Optional<Agency> agency() {
                return Optional.empty();
            }

            @Override
            public LocalDate judgedOn() {
                return LocalDate.of(2017, 5, 2);
            }

            @Override
            public String rationale() {
                return "A reason given";
            }

            @Override
            public Optional<String> whatWouldMakeItHigher() {
                return Optional.empty();
            }
        };
    }

    @Test
    void aJudgementOffTheScaleBreaksTheDraftRuleAtScoreAndABuiltOneNever() {
        for (int score : List.of(-1, 11, Integer.MAX_VALUE)) {
            List<Finding> findings = Findings.check(Validators.DEFAULT, unchecked(score));
            assertEquals(List.of("ERROR signsofsafety.scaling-score at score"), described(findings));
            assertEquals(Severity.ERROR, findings.get(0).severity());
            assertEquals(SOURCE, findings.get(0).source().orElseThrow());
        }
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, unchecked(0), Complete.class));
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, unchecked(10), Complete.class));
        assertThrows(InvalidValueException.class, () -> ScalingJudgement.builder().questionId("q-1").score(11)
                .perspective(Contributor.of(ContributorKind.CHILD, "c-1")).judgedOn(LocalDate.of(2017, 5, 2))
                .rationale("A reason given").build());
    }
}
