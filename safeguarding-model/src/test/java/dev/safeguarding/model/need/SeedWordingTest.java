package dev.safeguarding.model.need;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.safeguarding.model.need.AssessmentDomain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The enums carry the guidance's own wording: each label the library presents as a quotation is found
 * verbatim in the seed document. Runs where the seeds sit beside the checkout (the guidance texts
 * of {@code docs/sources.md}, as in CI); elsewhere it is skipped.
 */
class SeedWordingTest {

    private static String seed;

    @BeforeAll
    static void readSeed() throws IOException {
        Optional<Path> file = findSeed(Path.of("").toAbsolutePath());
        assumeTrue(file.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        seed = normalise(Files.readString(file.get()));
    }

    @Test
    void section47IndicatorsAreWordedAsTheGuidanceWordsThem() {
        for (Section47Indicator indicator : Section47Indicator.values()) {
            assertQuoted("- " + indicator.label());
        }
    }

    @Test
    void sharedLanguageTermsAreTheTablesTerms() {
        for (SharedLanguageTerm term : SharedLanguageTerm.values()) {
            assertQuoted("\t" + term.term() + "\t");
        }
    }

    @Test
    void triangleDomainsAndEarlyHelpStepsAreQuoted() {
        for (AssessmentDomain domain : AssessmentDomain.values()) {
            assertQuoted("\n" + domain.label() + "\n");
        }
        for (EarlyHelpStep step : EarlyHelpStep.values()) {
            assertQuoted("Step " + step.number() + ": " + step.label() + ". " + step.description());
        }
        for (ResponseBand band : ResponseBand.values()) {
            for (String resource : band.resources()) {
                assertQuoted(resource);
            }
        }
    }

    @Test
    void theSection47PathwayIsDescribedInTheGuidancesWordsAlone() {
        // "For cases that are of high concern, as agreed by the social worker and caller, the Children's Advice
        //  and Duty Service will undertake further information gathering ... for a social work assessment."
        //  (Section 47 Duty to Investigate): nothing added, such as "under section 47"
        assertQuoted(Pathway.SECTION_47_ENQUIRY.description());
    }

    private static void assertQuoted(String text) {
        assertTrue(seed.contains(normalise(text)), () -> "not in the seed: " + text);
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static Optional<Path> findSeed(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seeds/001_d13a28f887039513.txt");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
