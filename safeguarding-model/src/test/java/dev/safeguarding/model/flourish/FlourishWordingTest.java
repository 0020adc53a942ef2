package dev.safeguarding.model.flourish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The eight Flourish domains and their outcome statements, pinned to the words of NSCP, Norfolk Guidance
 * to Understanding Continuum of Needs (2023), "Norfolk's Vision": here, and in the seed itself where it
 * sits beside the repository.
 */
class FlourishWordingTest {

    @Test
    void theEightDomainsAreTheFrameworksInItsOrder() {
        assertEquals(List.of("family and friends", "learning", "opportunity", "understood", "resilience",
                "individual", "safe and secure", "healthy"),
                Arrays.stream(FlourishDomain.values()).map(FlourishDomain::label).toList());
    }

    @Test
    void outcomeStatementsAreTheFrameworksWords() {
        assertEquals("Children and young people are safe, connected and supported through positive relationships"
                + " and networks", FlourishDomain.FAMILY_AND_FRIENDS.outcome());
        assertEquals("Children and young people feel listened to, understood and part of decision-making processes",
                FlourishDomain.UNDERSTOOD.outcome());
        assertEquals("Children and young people have the support, knowledge and opportunity to lead their happiest"
                + " and healthiest lives", FlourishDomain.HEALTHY.outcome());
    }

    /**
     * Each heading is followed by its outcome statement, in the framework's order. The seed misspells one
     * heading, "oppportunity"; the library writes "opportunity".
     */
    @Test
    void everyDomainAndOutcomeIsQuotedFromTheSeedInOrder() {
        String seed = seed();
        int previous = seed.indexOf("\nNorfolk's Vision\n");
        assertTrue(previous >= 0);
        for (FlourishDomain domain : FlourishDomain.values()) {
            String heading = domain == FlourishDomain.OPPORTUNITY ? "oppportunity" : domain.label();
            int at = seed.indexOf("\n" + heading + "\n\n" + domain.outcome() + "\n", previous);
            assertTrue(at > previous, () -> "not in the seed, in order: " + domain);
            previous = at;
        }
    }

    private static String seed() {
        Optional<Path> file = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && file.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seeds/001_d13a28f887039513.txt");
            if (Files.isRegularFile(candidate)) {
                file = Optional.of(candidate);
            }
        }
        assumeTrue(file.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        try {
            return Files.readString(file.get()).replace('\u2019', '\'').replace('\u2018', '\'');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
