package dev.safeguarding.model.chronology;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.safeguarding.model.prebirth.BirthPlanRecipient;
import dev.safeguarding.model.prebirth.PreBirthTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chronology and pre-birth wording the library presents as the guidance's is the guidance's own: the
 * Somerset case-note headings and the pre-birth protocol's tasks, in order; the passages each pattern kind
 * quotes; the seed's words in the descriptions of the entry kinds that quote it; the recipients of a birth
 * plan.
 *
 * <p>Reads the guidance texts ({@code docs/sources.md}) where they sit beside the checkout; elsewhere it is
 * skipped. Curly quotes
 * are compared as straight ones, runs of white space as one, and bold and italic markers are ignored.
 */
class ChronologySeedWordingTest {

    /** The kinds whose description quotes a seed; the others' descriptions are the library's. */
    private static final Set<ChronologyEntryKind> QUOTED = EnumSet.of(ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT,
            ChronologyEntryKind.REFUSED_SERVICE, ChronologyEntryKind.ASSESSMENT, ChronologyEntryKind.PLAN_START,
            ChronologyEntryKind.PLAN_REVIEW, ChronologyEntryKind.STEP_UP, ChronologyEntryKind.STEP_DOWN,
            ChronologyEntryKind.LEGAL_STEP);

    private static String somerset;
    private static String continuum;

    @BeforeAll
    static void readSeeds() throws IOException {
        Optional<Path> seeds = findSeeds(Path.of("").toAbsolutePath());
        assumeTrue(seeds.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        somerset = normalise(Files.readString(seeds.get().resolve("003_bc9be42821df7ebc.txt")));
        continuum = normalise(Files.readString(seeds.get().resolve("001_d13a28f887039513.txt")));
    }

    @Test
    void caseNoteHeadingsAreTheForumsInOrder() {
        StringBuilder list = new StringBuilder("## Case Note Recordings ");
        for (CaseNoteHeading heading : CaseNoteHeading.values()) {
            list.append("- ").append(heading.label()).append(' ');
        }
        assertQuoted(somerset, list.toString().trim());
    }

    @Test
    void preBirthTasksAreTheProtocolsInOrder() {
        String previous = null;
        for (PreBirthTask task : PreBirthTask.values()) {
            String item = "- " + task.label();
            assertQuoted(somerset, item);
            if (previous != null) {
                assertTrue(somerset.indexOf(normalise(previous)) < somerset.indexOf(normalise(item)),
                        () -> "out of order: " + task);
            }
            previous = item;
        }
    }

    @Test
    void patternKindsQuoteTheirPassages() {
        for (PatternKind kind : PatternKind.values()) {
            String seed = kind.source().document().startsWith("NSCP") ? continuum : somerset;
            assertQuoted(seed, kind.description());
            assertQuoted(seed, kind.source().section());
        }
    }

    @Test
    void entryKindsQuoteTheSeedsWhereTheySayTheyDo() {
        for (ChronologyEntryKind kind : QUOTED) {
            assertTrue(somerset.contains(normalise(kind.description()))
                    || continuum.contains(normalise(kind.description())), () -> "not in the seeds: " + kind);
        }
    }

    @Test
    void birthPlanRecipientsAreNamedInTheProtocol() {
        assertQuoted(somerset, "Disseminated to relevant professionals including "
                + BirthPlanRecipient.EMERGENCY_DUTY_TEAM.label());
        assertQuoted(somerset, "disseminated to the agreed partners and birthing units");
    }

    private static void assertQuoted(String seed, String text) {
        assertTrue(seed.contains(normalise(text)), () -> "not in the seed: " + text);
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replace("**", "").replace("*", "").replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static Optional<Path> findSeeds(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seeds");
            if (Files.isRegularFile(candidate.resolve("003_bc9be42821df7ebc.txt"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
