package dev.safeguarding.model.multiagency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every list of the multi-agency guidance the library carries as data is the guidance's own, word for
 * word and in its order: the four framework levels and the four escalation stages (NSCP 3.15), who may
 * ask for joint supervision (NSCP 3.16), the seven CADS script steps and the outcomes, the Community of
 * Practice questions, the Family Networking principles and activities, the Think Family prompts and the
 * escalation prompts (Norfolk Continuum of Needs 2023).
 *
 * <p>Reads the guidance texts ({@code docs/sources.md}) where they sit beside the checkout, as in CI;
 * elsewhere it is skipped.
 * Curly quotes and dashes are compared as straight ones, runs of white space as one space, and the
 * seed's bold markers ({@code **}) and link targets ({@code [text](#)}) are ignored.
 */
class MultiagencySeedWordingTest {

    private static String framework;
    private static String continuum;
    private static String procedure;

    @BeforeAll
    static void readSeeds() throws IOException {
        Optional<Path> seeds = findSeeds(Path.of("").toAbsolutePath());
        assumeTrue(seeds.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        framework = normalise(Files.readString(seeds.get().resolve("000_8c02fb770f369b6e.txt")));
        continuum = normalise(Files.readString(seeds.get().resolve("001_d13a28f887039513.txt")));
        procedure = normalise(Files.readString(seeds.get().resolve("002_4a28603cb4acc45e.txt")));
    }

    @Test
    void theFourFrameworkLevelsAreTheFrameworksSectionsWithTheirWords() {
        assertEquals(4, FrameworkLevel.values().length);
        assertInOrder(framework, List.of(FrameworkLevel.values()), l -> (l.number() + 1) + ". " + l.label());
        for (FrameworkLevel level : FrameworkLevel.values()) {
            assertQuoted(framework, level.description());
            assertEquals(Optional.of(level), FrameworkLevel.ofNumber(level.number()));
        }
        assertQuoted(procedure, "Level " + FrameworkLevel.JOINT_AGENCY_GROUP_SUPERVISION.number()
                + " of the framework- " + FrameworkLevel.JOINT_AGENCY_GROUP_SUPERVISION.label());
    }

    @Test
    void theFourEscalationStagesAreTheFrameworksStages() {
        assertEquals(4, EscalationStage.values().length);
        assertInOrder(framework, List.of(EscalationStage.values()), s -> s.stageName() + ": " + s.label());
    }

    @Test
    void whoMayAskForJointSupervisionIsWordedAsTheProcedureWordsIt() {
        assertInOrder(procedure, List.of(RequesterRole.values()), RequesterRole::label);
    }

    @Test
    void theSevenCadsScriptStepsAreTheGuidancesSteps() {
        assertEquals(7, CadsScriptStep.values().length);
        assertInOrder(continuum, List.of(CadsScriptStep.values()), s -> "- " + s.label());
        for (CadsOutcome outcome : CadsOutcome.values()) {
            assertQuoted(continuum, outcome.description());
        }
    }

    @Test
    void theCommunityOfPracticeQuestionsAreTheGuidancesSix() {
        assertEquals(6, CommunityOfPracticeQuestion.values().length);
        assertInOrder(continuum, List.of(CommunityOfPracticeQuestion.values()), q -> q.number() + ". " + q.text());
    }

    @Test
    void theFamilyNetworkingPrinciplesAndActivitiesAreTheGuidances() {
        assertEquals(4, FamilyNetworkingPrinciple.values().length);
        assertInOrder(continuum, List.of(FamilyNetworkingPrinciple.values()), p -> p.number() + ". " + p.text());
        assertEquals(3, FamilyNetworkingActivity.values().length);
        assertInOrder(continuum, List.of(FamilyNetworkingActivity.values()),
                a -> "- " + a.label() + " - " + a.description());
    }

    @Test
    void theThinkFamilyPromptsAreTheGuidancesTips() {
        assertEquals(5, ThinkFamilyPrompt.values().length);
        assertInOrder(continuum, List.of(ThinkFamilyPrompt.values()), p -> "- " + p.label() + " " + p.description());
    }

    @Test
    void theEscalationPromptsQuoteTheirSources() {
        for (EscalationPrompt prompt : EscalationPrompt.values()) {
            String seed = prompt.source().document().equals(Sources.FRAMEWORK) ? framework : continuum;
            assertQuoted(seed, prompt.text());
            assertQuoted(seed, prompt.source().section());
        }
    }

    private static <T> void assertInOrder(String seed, List<T> values, Function<T, String> quote) {
        int from = 0;
        for (T value : values) {
            String text = normalise(quote.apply(value));
            int at = seed.indexOf(text, from);
            assertTrue(at >= 0, () -> "not in the seed" + (seed.contains(text) ? " in this order" : "") + ": " + text);
            from = at + text.length();
        }
    }

    private static void assertQuoted(String seed, String text) {
        assertTrue(seed.contains(normalise(text)), () -> "not in the seed: " + text);
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replace("**", "").replace('\u00a0', ' ').replaceAll("\\s+", " ")
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    }

    private static Optional<Path> findSeeds(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seeds");
            if (Files.isRegularFile(candidate.resolve("000_8c02fb770f369b6e.txt"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
