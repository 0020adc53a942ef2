package dev.safeguarding.census.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.CensusGen;
import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.testing.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Writing produces the census format exactly; write-then-read is the identity (property over
 * generated values)" (issue 15, part 2).
 */
class CensusRoundTripTest {

    static CensusMessage roundTrip(CensusMessage message, List<ReadFinding> findings) {
        String xml = CensusWriter.toXml(message);
        try (CensusFile file = CensusReader.strict().open(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            CensusMessage read = file.readAll();
            findings.addAll(file.findings());
            return read;
        }
    }

    @Test
    void writingThenReadingAnyMessageGivesItBack() {
        Property.forAll(300, CensusGen.messages(), message -> {
            List<ReadFinding> findings = new java.util.ArrayList<>();
            assertEquals(message, roundTrip(message, findings));
            assertTrue(findings.isEmpty(), findings::toString);
        });
    }

    @Test
    void writingThenReadingASyntheticReturnOfEachYearGivesItBack() {
        for (CollectionYear year : CollectionYear.values()) {
            CensusMessage message = SyntheticCensus.of(year.startYear(), year).message(300);
            assertEquals(message, roundTrip(message, new java.util.ArrayList<>()), year.label());
        }
    }

    @Test
    void theWriterWritesTheCensusElementsInTheSchemasOrder() {
        // Domain notes §1.2 (S2 cindetailstype): CINreferralDate, ReferralSource, PrimaryNeedCode,
        // CINclosureDate, ReasonForClosure, DateOfInitialCPC, Assessments, CINPlanDates, Section47,
        // ReferralNFA, ChildProtectionPlans (+ PreProceedingsandFGDM, S1's 2026 sample).
        String xml = CensusWriter.toXml(SyntheticCensus.of(7, CollectionYear.CIN_2026_27).message(400));
        List<String> order = List.of("<CINreferralDate>", "<ReferralSource>", "<PrimaryNeedCode>",
                "<CINclosureDate>", "<ReasonForClosure>", "<DateOfInitialCPC>", "<Assessments>", "<CINPlanDates>",
                "<Section47>", "<ReferralNFA>", "<ChildProtectionPlans>", "<PreProceedingsandFGDM>");
        int checked = 0;
        for (String episode : xml.split("\n      <CINdetails>")) {
            if (!episode.contains("</CINdetails>")) {
                continue;
            }
            int last = -1;
            for (String line : episode.substring(0, episode.indexOf("</CINdetails>")).split("\n")) {
                if (line.startsWith("        <") && !line.startsWith("        </")) { // the episode's own items, not those of its blocks
                    int position = order.indexOf(line.strip().replaceAll(">.*", ">"));
                    assertTrue(position >= last, line.strip() + " out of order");
                    last = position;
                    checked++;
                }
            }
        }
        assertTrue(checked > 2000, "episodes' items checked: " + checked);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n  <Header>"), xml.substring(0, 80));
    }

    @Test
    void aStreamedWriteOfManyChildrenReadsBackChildByChild() {
        SyntheticCensus census = SyntheticCensus.of(11, CollectionYear.CIN_2025_26);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        census.write(5_000, out);
        try (CensusFile file = CensusReader.strict().open(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(census.header(), file.header().orElseThrow());
            int[] index = {0};
            file.forEachChild(child -> assertEquals(census.child(++index[0]), child));
            assertEquals(5_000, index[0]);
        }
    }
}
