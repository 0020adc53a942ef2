package dev.safeguarding.model.assessment;

import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.signsofsafety.ObservationSubject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lists of the guidance, pinned to their wording: the twenty dimensions of the Assessment Triangle,
 * the items of the My World triangle and the prompts for observing a baby and a parent. Each list is
 * pinned twice: to the words written here (always), and to the seed documents themselves where they sit
 * beside the checkout (the guidance texts of {@code docs/sources.md}, as in CI; elsewhere those tests
 * are skipped).
 */
class SeedListsTest {

    /** NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023), "The Assessment Triangle". */
    private static final String NORFOLK = "001_d13a28f887039513.txt";

    /** Somerset SCB practitioner forum (2017), "Effective communication with young children/babies". */
    private static final String SOMERSET = "003_bc9be42821df7ebc.txt";

    @Test
    void theTwentyDimensionsAreTheGuidancesInItsOrderAndWords() {
        assertEquals(List.of("Health", "Education", "Emotional and Behavioural Development", "Identity",
                        "Family and Social Relationships", "Social Presentation", "Selfcare Skills"),
                labels(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS.dimensions()));
        assertEquals(List.of("Basic Care", "Ensuring Safety", "Emotional Warmth", "Stimulation",
                        "Guidance and Boundaries", "Stability"),
                labels(AssessmentDomain.PARENTING_CAPACITY.dimensions()));
        assertEquals(List.of("Family History and Functioning", "Wider Family", "Housing", "Employment", "Income",
                        "Families Social Integration", "Community Resources"),
                labels(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS.dimensions()));
        assertEquals(20, AssessmentDimension.values().length);
    }

    @Test
    void theMyWorldItemsAreTheGuidancesInItsOrderAndWords() {
        assertEquals(List.of("Support from family, friends and other people", "School", "Local resources",
                "Enough money", "Comfortable and safe housing", "Work opportunities for my family", "Belonging"),
                itemLabels(MyWorldSide.MY_WIDER_WORLD));
        assertEquals(List.of("Guidance, supporting me to make the right choices", "Everyday care and help",
                "Knowing what is going to happen and when",
                "Understanding my family's history, background and beliefs"),
                itemLabels(MyWorldSide.WHAT_I_NEED_FROM_PEOPLE_WHO_LOOK_AFTER_ME));
        assertEquals(List.of("Being healthy", "Learning and achieving", "Being able to communicate",
                "Confidence in who I am", "Learning to be responsible", "Becoming independent, looking after myself",
                "Enjoying family and friends"),
                itemLabels(MyWorldSide.HOW_I_GROW_AND_DEVELOP));
        assertEquals(18, MyWorldItem.values().length);
    }

    @Test
    void theObservationPromptsAreTheGuidancesInItsOrderAndWords() {
        assertEquals(List.of("appear alert", "respond to people", "show interest in the human face",
                "track with the eyes", "vocalise frequently", "exhibit expected motor development",
                "enjoy close physical contact", "signal discomfort", "appear to be easily comforted",
                "exhibit normal or excessive displeasure", "appear outgoing or seem passive and withdrawn",
                "have good muscle tone"), promptLabels(false));
        assertEquals(List.of("respond to the infant's vocalisations",
                "change voice tone when talking to or about the baby", "engage in face-to-face contact with the infant",
                "exhibit interest in and encourage age-appropriate development", "respond to the child's cues",
                "demonstrate the ability to comfort the infant", "enjoy close physical contact with the baby",
                "initiate positive interactions with the infant", "identify positive qualities in the child"),
                promptLabels(true));
        assertEquals("Does the child respond to people?", ObservationPrompt.CHILD_RESPONDS_TO_PEOPLE.question());
        assertEquals("Does the parent respond to the child's cues?",
                ObservationPrompt.PARENT_RESPONDS_TO_CUES.question());
    }

    /** "Assessment Framework": the bullets under each domain's heading are its dimensions, in order. */
    @Test
    void dimensionsAreQuotedFromTheSeed() {
        String seed = seed(NORFOLK);
        String framework = seed.substring(seed.indexOf("\nAssessment Framework\n"));
        for (AssessmentDomain domain : AssessmentDomain.values()) {
            assertEquals(labels(domain.dimensions()), bulletsUnder(framework, domain.label()), domain.label());
        }
    }

    /** The My World triangle's three headings and the bullets under them. */
    @Test
    void myWorldItemsAreQuotedFromTheSeed() {
        String seed = seed(NORFOLK);
        String myWorld = seed.substring(seed.indexOf("'My World' Assessment Triangle"));
        for (MyWorldSide side : MyWorldSide.values()) {
            assertEquals(itemLabels(side), bulletsUnder(myWorld, side.label()), side.label());
        }
    }

    /** "Does the child....?" and "Does the Parent...?": the bullets, without their question marks. */
    @Test
    void observationPromptsAreQuotedFromTheSeed() {
        String seed = seed(SOMERSET);
        assertEquals(promptLabels(false), withoutQuestionMarks(bulletsUnder(seed, "## Does the child....?")));
        assertEquals(promptLabels(true), withoutQuestionMarks(bulletsUnder(seed, "## Does the Parent...?")));
    }

    @Test
    void voiceMethodDescriptionsAreQuotedFromTheSeeds() {
        String seeds = seed(NORFOLK) + seed(SOMERSET);
        for (VoiceMethod method : VoiceMethod.values()) {
            assertTrue(seeds.contains(method.description()), method::name);
        }
    }

    private static List<String> labels(List<AssessmentDimension> dimensions) {
        return dimensions.stream().map(AssessmentDimension::label).toList();
    }

    private static List<String> itemLabels(MyWorldSide side) {
        return Arrays.stream(MyWorldItem.values()).filter(i -> i.side() == side).map(MyWorldItem::label).toList();
    }

    private static List<String> promptLabels(boolean aboutTheParent) {
        return ObservationPrompt.about(aboutTheParent ? ObservationSubject.PARENT : ObservationSubject.CHILD).stream()
                .map(ObservationPrompt::label).toList();
    }

    private static List<String> withoutQuestionMarks(List<String> bullets) {
        return bullets.stream().map(b -> b.endsWith("?") ? b.substring(0, b.length() - 1) : b).toList();
    }

    /** The "- " bullets that follow the first line equal to {@code heading} in {@code text}, blank lines skipped. */
    static List<String> bulletsUnder(String text, String heading) {
        List<String> lines = text.lines().map(String::strip).toList();
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, () -> "heading not in the seed: " + heading);
        List<String> bullets = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("- ")) {
                bullets.add(line.substring(2));
            } else if (!line.isEmpty() || !bullets.isEmpty()) {
                break;
            }
        }
        return bullets;
    }

    /** The seed, with curly apostrophes made straight; the test is skipped where the seeds are not beside the checkout. */
    static String seed(String name) {
        Optional<Path> file = findSeed(Path.of("").toAbsolutePath(), name);
        assumeTrue(file.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        try {
            return Files.readString(file.get()).replace('\u2019', '\'').replace('\u2018', '\'');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<Path> findSeed(Path from, String name) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seeds/" + name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
