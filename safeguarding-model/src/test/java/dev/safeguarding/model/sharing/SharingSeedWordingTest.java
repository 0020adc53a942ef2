package dev.safeguarding.model.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden rules, rule 6's qualities, the people at risk and the Fraser criteria carry the wording of
 * their sources: the seed ({@code 001_d13a28f887039513.txt}, "Information Sharing") and the domain facts
 * ({@code docs/practice-frameworks.md}, "Consent of a child under 16"). Runs where the seeds sit beside
 * the checkout ({@code docs/sources.md}, as in CI); elsewhere it is skipped.
 */
class SharingSeedWordingTest {

    private static String seed;
    private static String domain;

    @BeforeAll
    static void read() throws IOException {
        Optional<Path> shared = findShared(Path.of("").toAbsolutePath());
        assumeTrue(shared.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        seed = normalise(Files.readString(shared.get().resolve("seeds/001_d13a28f887039513.txt")));
        domain = normalise(Files.readString(shared.get().resolve("domain/practice-frameworks.md")));
    }

    /** "Seven golden rules of information sharing": "- 1.** Remember that the General Data Protection ...". */
    @Test
    void everyGoldenRuleIsQuotedWithItsNumber() {
        assertEquals(7, GoldenRule.values().length);
        for (GoldenRule rule : GoldenRule.values()) {
            assertQuoted(seed, "- " + rule.number() + ".** " + rule.text() + "\n");
            assertEquals(rule, GoldenRule.ofNumber(rule.number()));
        }
    }

    /** Rules 5 and 6 have headings of their own in the seed; the labels are those headings. */
    @Test
    void rulesFiveAndSixAreLabelledWithTheirOwnHeadings() {
        assertTrue(GoldenRule.CONSIDER_SAFETY_AND_WELL_BEING.text()
                .startsWith(GoldenRule.CONSIDER_SAFETY_AND_WELL_BEING.label() + ": "));
        GoldenRule six = GoldenRule.NECESSARY_PROPORTIONATE_RELEVANT_ADEQUATE_ACCURATE_TIMELY_AND_SECURE;
        assertTrue(six.text().startsWith(six.label() + ": "));
    }

    /** "Necessary, proportionate, relevant, adequate, accurate, timely and secure", in that order. */
    @Test
    void rule6QualitiesAreItsWordsInItsOrderWithItsExplanations() {
        String heading = GoldenRule.NECESSARY_PROPORTIONATE_RELEVANT_ADEQUATE_ACCURATE_TIMELY_AND_SECURE.label()
                .toLowerCase(Locale.ROOT);
        int from = 0;
        for (SharingQuality quality : SharingQuality.values()) {
            int at = heading.indexOf(quality.label().toLowerCase(Locale.ROOT), from);
            assertTrue(at >= from, () -> quality + " out of order in: " + heading);
            from = at;
            quality.description().ifPresent(d -> assertQuoted(
                    GoldenRule.NECESSARY_PROPORTIONATE_RELEVANT_ADEQUATE_ACCURATE_TIMELY_AND_SECURE.text(), d));
        }
    }

    /** "would place the child, or another child, or someone else, or you the referrer, at increased risk". */
    @Test
    void peopleAtRiskAreTheGuidancesWords() {
        StringBuilder sentence = new StringBuilder("would place ");
        PersonAtRisk[] people = PersonAtRisk.values();
        for (int i = 0; i < people.length; i++) {
            sentence.append(i == 0 ? "" : ", or ").append(people[i].label());
        }
        assertQuoted(seed, sentence.append(", at increased risk of suffering harm").toString());
    }

    /** The five Fraser guidelines, as the domain facts list them. */
    @Test
    void fraserCriteriaAreTheDomainFactsWords() {
        String facts = domain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (FraserCriterion criterion : FraserCriterion.values()) {
            assertTrue(facts.contains(criterion.label().toLowerCase(Locale.ROOT)), criterion::label);
        }
    }

    private static void assertQuoted(String in, String text) {
        assertTrue(in.contains(normalise(text)), () -> "not quoted: " + text);
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static Optional<Path> findShared(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isRegularFile(candidate.resolve("seeds/001_d13a28f887039513.txt"))
                    && Files.isRegularFile(candidate.resolve("domain/practice-frameworks.md"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
