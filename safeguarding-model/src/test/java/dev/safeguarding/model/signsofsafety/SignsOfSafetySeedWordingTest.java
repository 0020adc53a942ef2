package dev.safeguarding.model.signsofsafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Signs of Safety data carries the guidance's own wording, in its order and complete: the four
 * questions, every prompt the Norfolk guidance lists (for practitioners and for the family), the scaling
 * examples, and the Somerset slides' prompts for observing a baby and a parent and the cues a skilled
 * observer may notice. Each list is read out of the seed and compared with the enum, so a prompt left
 * out, added or reworded fails here. The map's parts and the houses are pinned to the library's domain
 * notes, where they come from.
 *
 * <p>The seeds write scores in bold ({@code **0-10**}) and use curly quotes; both are normalised away.
 * Runs where the seeds sit beside the checkout ({@code docs/sources.md}, as in CI); elsewhere it is skipped.
 */
class SignsOfSafetySeedWordingTest {

    private static String norfolk;
    private static String somerset;
    private static String domainNotes;

    @BeforeAll
    static void readSeeds() throws IOException {
        Optional<Path> shared = findShared(Path.of("").toAbsolutePath());
        assumeTrue(shared.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        norfolk = normalise(Files.readString(shared.get().resolve("seeds/001_d13a28f887039513.txt")));
        somerset = normalise(Files.readString(shared.get().resolve("seeds/003_bc9be42821df7ebc.txt")));
        domainNotes = normalise(Files.readString(shared.get().resolve("domain/practice-frameworks.md")));
    }

    @Test
    void theFourQuestionsAreTheGuidancesNumberedList() {
        for (SignsOfSafetyQuestion question : SignsOfSafetyQuestion.values()) {
            assertQuoted(norfolk, "\n" + question.number() + ". " + question.label());
        }
        assertEquals(List.of(1, 2, 3, 4),
                Arrays.stream(SignsOfSafetyQuestion.values()).map(SignsOfSafetyQuestion::number).toList());
    }

    @Test
    void thePractitionersPromptsAreTheGuidancesListsUnderEachQuestion() {
        String section = between(norfolk, "Questions you might ask when concerns arise", "AND... The Scaling Question");
        assertEquals(bullets(between(section, "What are we worried about?", "What is working well?")),
                texts(SignsOfSafetyQuestion.WORRIED_ABOUT.prompts()));
        assertEquals(bullets(between(section, "What is working well?", "What needs to happen?")),
                texts(SignsOfSafetyQuestion.WORKING_WELL.prompts()));
        assertEquals(bullets(between(section, "What needs to happen?", "\u0000")),
                texts(SignsOfSafetyQuestion.NEEDS_TO_HAPPEN.prompts()));
        assertQuoted(norfolk, PromptAudience.PRACTITIONERS.label() + ":");
    }

    @Test
    void theScalingRationaleQuestionsAreTheGuidancesOwn() {
        String scaling = between(norfolk, "AND... The Scaling Question", "Questions you might ask the family");
        for (QuestionPrompt prompt : SignsOfSafetyQuestion.SCALING.prompts()) {
            assertQuoted(scaling, "\"" + prompt.text() + "\"");
        }
        assertEquals(2, SignsOfSafetyQuestion.SCALING.prompts().size());
    }

    @Test
    void theQuestionsForTheFamilyAreTheGuidancesList() {
        String section = between(norfolk, PromptAudience.FAMILY.label() + ":", "Think about the type of issues");
        assertEquals(bullets(section), texts(QuestionPrompt.forAudience(PromptAudience.FAMILY)));
    }

    @Test
    void theScalingExamplesAreTheGuidancesTwoPairsAndTheFamilysScale() {
        assertQuoted(norfolk, "0 might be " + ScalingExample.CONCERN_HAPPENING_AGAIN.zeroMeans() + " and 10 might be that "
                + ScalingExample.CONCERN_HAPPENING_AGAIN.tenMeans() + ".");
        assertQuoted(norfolk, "0 might mean that " + ScalingExample.CHILD_PROTECTION_OR_EARLY_HELP.zeroMeans()
                + " and 10 is that " + ScalingExample.CHILD_PROTECTION_OR_EARLY_HELP.tenMeans() + ".");
        assertQuoted(norfolk, "where 0 is that " + ScalingExample.STRUGGLE_EVERY_DAY.zeroMeans() + ", and 10 is that "
                + ScalingExample.STRUGGLE_EVERY_DAY.tenMeans() + ", where are you?");
        assertQuoted(norfolk, "It is always on a scale of 0-10.");
    }

    @Test
    void theObservationPromptsAreTheSlidesListsForTheChildAndTheParent() {
        assertEquals(bullets(between(somerset, ObservationSubject.CHILD.label(), "# Effective communication")),
                texts(ObservationPrompt.about(ObservationSubject.CHILD)));
        assertEquals(bullets(between(somerset, ObservationSubject.PARENT.label(), "## Pen Pictures")),
                texts(ObservationPrompt.about(ObservationSubject.PARENT)));
    }

    @Test
    void theBabysCuesAreTheSlidesList() {
        List<String> cues = bullets(between(somerset, "A skilled observer may notice the baby's:", "# Effective"))
                .stream().map(c -> c.endsWith(".") ? c.substring(0, c.length() - 1) : c).toList();
        assertEquals(cues, Arrays.stream(BabyCue.values()).map(BabyCue::label).toList());
    }

    @Test
    void theMapsPartsAndTheHousesAreThoseOfTheDomainNotes() {
        String notes = domainNotes.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "); // the notes wrap their lines
        for (MapCategory category : MapCategory.values()) {
            assertTrue(notes.contains("*" + category.label().toLowerCase(Locale.ROOT) + "*"), category::label);
            String description = category.description().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            assertTrue(notes.contains(description.substring(0, Math.min(30, description.length()))),
                    category::description);
        }
        for (House house : House.values()) {
            assertTrue(notes.contains(house.label().toLowerCase(Locale.ROOT)), house::label);
        }
        for (SignsOfSafetyQuestion question : List.of(SignsOfSafetyQuestion.WORRIED_ABOUT,
                SignsOfSafetyQuestion.WORKING_WELL, SignsOfSafetyQuestion.NEEDS_TO_HAPPEN)) {
            assertQuoted(domainNotes, "**" + question.label() + "**");
        }
    }

    private static List<String> texts(List<? extends Enum<?>> prompts) {
        return prompts.stream().map(p -> p instanceof QuestionPrompt ? ((QuestionPrompt) p).text()
                : ((ObservationPrompt) p).text()).toList();
    }

    /** The bullet points ("- ...") of {@code text}, in order, without the dash. */
    private static List<String> bullets(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("- ")).map(l -> l.substring(2).strip())
                .collect(Collectors.toList());
    }

    /** The text after the first {@code from} up to the next {@code to} (or to the end). */
    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, () -> "not in the seed: " + from);
        start += from.length();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static void assertQuoted(String seed, String text) {
        assertTrue(seed.contains(normalise(text)), () -> "not in the seed: " + text);
    }

    private static String normalise(String text) {
        return text.replace("**", "").replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                .replace('\u201d', '"');
    }

    private static Optional<Path> findShared(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("seeds/001_d13a28f887039513.txt"))
                    && Files.isRegularFile(candidate.resolve("seeds/003_bc9be42821df7ebc.txt"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
