package dev.safeguarding.census.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "A validator must show a council all its problems at once, so reading is tolerant: a bad date or an
 * unknown code becomes a finding at its place, the rest of the child is still read" (issue 15, part 2):
 * every value spoiled in a synthetic return is found, once, at its element, and nothing else is.
 */
class TolerantReadingPropertiesTest {

    /** Items whose value is free text: any text is read, so spoiling them is not a reading problem. */
    private static final Set<String> TEXT_ITEMS = Set.of("LAchildID", "UPN", "FormerUPN", "Collection", "SourceLevel",
            "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime", "FGDMMeetingOffer", "FGDMMeetingFac", "PPOutcome");

    private static final Pattern LEAF = Pattern.compile("<(\\w+)>([^<]+)</\\1>");

    @Test
    void everySpoiledValueIsOneFindingAtItsElementAndTheRestIsRead() {
        Gen<long[]> cases = random -> new long[] {random.nextLong(), 1 + random.nextInt(6)};
        Property.forAll(60, cases, c -> {
            String xml = CensusWriter.toXml(SyntheticCensus.of(c[0], CollectionYear.CIN_2026_27).message(12));
            List<int[]> leaves = new ArrayList<>();
            Matcher matcher = LEAF.matcher(xml);
            while (matcher.find()) {
                if (!TEXT_ITEMS.contains(matcher.group(1))) {
                    leaves.add(new int[] {matcher.start(2), matcher.end(2)});
                }
            }
            java.util.SplittableRandom random = new java.util.SplittableRandom(c[0]);
            TreeSet<Integer> spoiled = new TreeSet<>();
            while (spoiled.size() < c[1]) {
                spoiled.add(random.nextInt(leaves.size()));
            }
            StringBuilder text = new StringBuilder(xml);
            List<String> elements = new ArrayList<>();
            for (int index : spoiled.descendingSet()) {
                int[] leaf = leaves.get(index);
                text.replace(leaf[0], leaf[1], "Q!9x");
            }
            for (int index : spoiled) {
                int start = leaves.get(index)[0];
                elements.add(xml.substring(xml.lastIndexOf('<', start) + 1, start - 1));
            }
            try (CensusFile file = CensusReader.tolerant().open(new StringReader(text.toString()))) {
                assertEquals(12, file.children().count());
                List<ReadFinding> findings = file.findings();
                assertEquals(elements.size(), findings.size(), findings::toString);
                for (int i = 0; i < findings.size(); i++) {
                    assertTrue(findings.get(i).path().replaceAll("\\[\\d+]$", "").endsWith("/" + elements.get(i)),
                            findings.get(i).path());
                    assertEquals(findings.get(i).path().contains("/Child["), findings.get(i).laChildId().isPresent());
                    assertFalse(findings.get(i).toString().contains("Q!9x"));
                }
            }
        });
    }
}
