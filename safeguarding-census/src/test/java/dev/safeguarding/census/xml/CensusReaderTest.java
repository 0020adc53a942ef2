package dev.safeguarding.census.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.ReferralSource;
import dev.safeguarding.census.Sex;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading census XML: the census structure (S2 {@code cin_census/cin-2022.xsd}, S1
 * {@code ingress.py}), tolerant and strict, with paths, lines and columns, and never a value.
 */
class CensusReaderTest {

    /** Three children; the third's second assessment has a bad start date and its plan an unknown code. */
    static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Message>
              <Header>
                <CollectionDetails>
                  <Collection>CIN</Collection>
                  <Year>2025</Year>
                  <ReferenceDate>2026-03-31</ReferenceDate>
                </CollectionDetails>
                <Source>
                  <SourceLevel>L</SourceLevel>
                  <LEA>926</LEA>
                  <SoftwareCode>Vendor</SoftwareCode>
                  <Release>1.0</Release>
                  <SerialNo>001</SerialNo>
                  <DateTime>2026-04-20T10:15:00</DateTime>
                </Source>
              </Header>
              <Children>
                <Child>
                  <ChildIdentifiers>
                    <LAchildID>A1</LAchildID>
                    <UPN>A926123456789</UPN>
                    <PersonBirthDate>2015-03-27</PersonBirthDate>
                    <Sex>F</Sex>
                  </ChildIdentifiers>
                  <ChildCharacteristics>
                    <Ethnicity>WBRI</Ethnicity>
                    <Disabilities>
                      <Disability>HAND</Disability>
                      <Disability>HEAR</Disability>
                    </Disabilities>
                  </ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2025-05-06</CINreferralDate>
                    <ReferralSource>5D</ReferralSource>
                    <PrimaryNeedCode>N4</PrimaryNeedCode>
                    <ReferralNFA>false</ReferralNFA>
                  </CINdetails>
                </Child>
                <Child>
                  <ChildIdentifiers>
                    <LAchildID>A2</LAchildID>
                    <UPNunknown>UN1</UPNunknown>
                    <ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>
                    <Sex>U</Sex>
                  </ChildIdentifiers>
                  <ChildCharacteristics>
                    <Ethnicity>NOBT</Ethnicity>
                  </ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2026-01-10</CINreferralDate>
                    <ReferralSource>3B</ReferralSource>
                    <ReferralNFA>0</ReferralNFA>
                  </CINdetails>
                </Child>
                <Child>
                  <ChildIdentifiers>
                    <LAchildID>A3</LAchildID>
                    <PersonBirthDate>2012-11-02</PersonBirthDate>
                    <Sex>M</Sex>
                  </ChildIdentifiers>
                  <ChildCharacteristics>
                    <Ethnicity>AIND</Ethnicity>
                  </ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2025-06-02</CINreferralDate>
                    <ReferralSource>2A</ReferralSource>
                    <Assessments>
                      <AssessmentActualStartDate>2025-06-03</AssessmentActualStartDate>
                      <AssessmentAuthorisationDate>2025-07-01</AssessmentAuthorisationDate>
                      <FactorsIdentifiedAtAssessment>
                        <AssessmentFactors>1C</AssessmentFactors>
                        <AssessmentFactors>18A</AssessmentFactors>
                      </FactorsIdentifiedAtAssessment>
                    </Assessments>
                    <Assessments>
                      <AssessmentActualStartDate>2025-13-45</AssessmentActualStartDate>
                      <AssessmentAuthorisationDate>2025-09-01</AssessmentAuthorisationDate>
                    </Assessments>
                    <Section47>
                      <S47ActualStartDate>2025-07-02</S47ActualStartDate>
                      <InitialCPCtarget>2025-07-23</InitialCPCtarget>
                      <DateOfInitialCPC>2025-07-17</DateOfInitialCPC>
                      <ICPCnotRequired>FALSE</ICPCnotRequired>
                    </Section47>
                    <ReferralNFA>1</ReferralNFA>
                    <ChildProtectionPlans>
                      <CPPstartDate>2025-07-17</CPPstartDate>
                      <InitialCategoryOfAbuse>XYZ</InitialCategoryOfAbuse>
                      <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                      <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                      <Reviews>
                        <CPPreviewDate>2025-08-10</CPPreviewDate>
                        <CPPreviewDate>2026-01-12</CPPreviewDate>
                      </Reviews>
                    </ChildProtectionPlans>
                  </CINdetails>
                </Child>
              </Children>
            </Message>
            """;

    static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    static CensusMessage readAll(String xml, List<ReadFinding> findings) {
        try (CensusFile file = CensusReader.tolerant().open(bytes(xml))) {
            CensusMessage message = file.readAll();
            findings.addAll(file.findings());
            return message;
        }
    }

    @Test
    void theHeaderIsReadBeforeAnyChild() {
        try (CensusFile file = CensusReader.tolerant().open(bytes(SAMPLE))) {
            assertEquals(0, file.childrenRead());
            assertEquals(Optional.of(CollectionYear.CIN_2025_26), file.header().flatMap(h -> h.collectionYear()));
            assertEquals(Optional.of("926"), file.header().get().sources().get(0).lea());
            assertEquals(Optional.of("2026-04-20T10:15:00"), file.header().get().sources().get(0).dateTime());
        }
    }

    @Test
    void childrenComeOneAtATimeSoABrokenTailDoesNotStopTheFirstChild() {
        int cut = SAMPLE.indexOf("<Child>", SAMPLE.indexOf("<Child>") + 1);
        String truncated = SAMPLE.substring(0, cut) + "<Child><ChildIdentifiers><LAchildID>B</Child>";
        try (CensusFile file = CensusReader.tolerant().open(bytes(truncated))) {
            Iterator<CensusChild> children = file.iterator();
            assertEquals(Optional.of("A1"), children.next().laChildId());
            CensusReadException e = assertThrows(CensusReadException.class, children::hasNext);
            assertEquals(ReadProblem.MALFORMED_XML, e.problem());
            assertTrue(e.finding().line() > 1);
        }
    }

    @Test
    void everyItemOfTheSampleIsRead() {
        List<ReadFinding> findings = new java.util.ArrayList<>();
        CensusMessage message = readAll(SAMPLE, findings);
        assertEquals(3, message.children().size());
        CensusChild first = message.children().get(0);
        assertEquals(Optional.of("A926123456789"), first.identifiers().get().upn());
        assertEquals(Optional.of(LocalDate.of(2015, 3, 27)), first.identifiers().get().personBirthDate());
        assertEquals(Optional.of(Sex.FEMALE), first.identifiers().get().sex());
        assertEquals(List.of(Disability.HAND_FUNCTION, Disability.HEARING), first.characteristics().get().disabilities());
        assertEquals(Optional.of(ReferralSource.LA_EARLY_HELP), first.cinDetails().get(0).referralSource());
        CinDetails third = message.children().get(2).cinDetails().get(0);
        assertEquals(List.of(AssessmentFactor.ALCOHOL_MISUSE_OTHER, AssessmentFactor.PHYSICAL_ABUSE),
                third.assessments().get(0).factors());
        assertEquals(Optional.of(Boolean.FALSE), third.section47s().get(0).icpcNotRequired());
        assertEquals(Optional.of(Boolean.TRUE), third.referralNfa());
        assertEquals(Optional.of(0), third.childProtectionPlans().get(0).numberOfPreviousCpp());
    }

    @Test
    void everyReviewDateIsReadNotOnlyTheFirst() {
        // Domain notes §1.2: "its get_values uses find(), so of several CPPreviewDate inside one Reviews
        // element only the first is read; a Java reader should read all (the XSD allows 1..*)".
        CensusMessage message = readAll(SAMPLE, new java.util.ArrayList<>());
        assertEquals(List.of(LocalDate.of(2025, 8, 10), LocalDate.of(2026, 1, 12)),
                message.children().get(2).cinDetails().get(0).childProtectionPlans().get(0).reviewDates());
    }

    @Test
    void aBadDateIsAFindingAtItsPlaceAndTheRestOfTheChildIsRead() {
        List<ReadFinding> findings = new java.util.ArrayList<>();
        CensusMessage message = readAll(SAMPLE, findings);
        ReadFinding badDate = findings.stream().filter(f -> f.problem() == ReadProblem.BAD_DATE).findFirst()
                .orElseThrow();
        assertEquals("Message/Children/Child[3]/CINdetails[1]/Assessments[2]/AssessmentActualStartDate",
                badDate.path());
        assertEquals(lineOf("2025-13-45"), badDate.line());
        assertTrue(badDate.column() > 0);
        assertEquals(Optional.of("A3"), badDate.laChildId());
        CinDetails episode = message.children().get(2).cinDetails().get(0);
        assertEquals(Optional.empty(), episode.assessments().get(1).actualStartDate());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), episode.assessments().get(1).authorisationDate());
        assertEquals(1, episode.section47s().size());
    }

    @Test
    void anUnknownCodeIsAFindingAndTheOtherItemsAreRead() {
        List<ReadFinding> findings = new java.util.ArrayList<>();
        CensusMessage message = readAll(SAMPLE, findings);
        ReadFinding unknown = findings.stream().filter(f -> f.problem() == ReadProblem.UNKNOWN_CODE).findFirst()
                .orElseThrow();
        assertEquals("Message/Children/Child[3]/CINdetails[1]/ChildProtectionPlans[1]/InitialCategoryOfAbuse",
                unknown.path());
        assertEquals(lineOf("XYZ"), unknown.line());
        var plan = message.children().get(2).cinDetails().get(0).childProtectionPlans().get(0);
        assertEquals(Optional.empty(), plan.initialCategoryOfAbuse());
        assertTrue(plan.latestCategoryOfAbuse().isPresent());
        assertEquals(2, findings.size());
    }

    @Test
    void findingsNeverHoldTheValueRead() {
        List<ReadFinding> findings = new java.util.ArrayList<>();
        readAll(SAMPLE, findings);
        for (ReadFinding finding : findings) {
            assertFalse(finding.toString().contains("2025-13-45"), finding.toString());
            assertFalse(finding.toString().contains("XYZ"), finding.toString());
            assertFalse(finding.asFinding().toString().contains("XYZ"));
        }
    }

    @Test
    void aChildsProblemsCanBeTakenAsTheChildIsDelivered() {
        try (CensusFile file = CensusReader.tolerant().open(bytes(SAMPLE))) {
            Iterator<CensusChild> children = file.iterator();
            children.next();
            children.next();
            assertEquals(List.of(), file.takeFindings());
            assertEquals(Optional.of("A3"), children.next().laChildId());
            List<ReadFinding> third = file.takeFindings();
            assertEquals(2, third.size());
            assertTrue(third.stream().allMatch(f -> f.laChildId().equals(Optional.of("A3"))));
            assertEquals(List.of(), file.findings());
            assertFalse(children.hasNext());
        }
    }

    @Test
    void strictReadingThrowsAtTheFirstProblem() {
        try (CensusFile file = CensusReader.strict().open(bytes(SAMPLE))) {
            CensusReadException e = assertThrows(CensusReadException.class, () -> file.children().count());
            assertEquals(ReadProblem.BAD_DATE, e.problem());
            assertEquals("Message/Children/Child[3]/CINdetails[1]/Assessments[2]/AssessmentActualStartDate",
                    e.finding().path());
            assertFalse(e.getMessage().contains("2025-13-45"));
            assertEquals(2, file.childrenRead());
        }
    }

    @Test
    void datesAreXsDatesWithOrWithoutATimeZone() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), Parser.parseDate("2026-03-31"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), Parser.parseDate("2026-03-31Z"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), Parser.parseDate("2026-03-31+01:00"));
        for (String bad : List.of("2025-02-30", "2025-13-01", "31/03/2026", "2026-3-31", "2026-03-3x", "")) {
            assertEquals(Optional.empty(), Parser.parseDate(bad), bad);
        }
    }

    @Test
    void yesNoAcceptsTheSixSpellingsOfTheSchema() {
        // S2 yesnotype: "true", "false", "TRUE", "FALSE", "0", "1".
        for (String spelling : List.of("true", "TRUE", "1", "false", "FALSE", "0")) {
            CensusMessage message = readAll(withReferralNfa(spelling), new java.util.ArrayList<>());
            boolean expected = spelling.equalsIgnoreCase("true") || spelling.equals("1");
            assertEquals(Optional.of(expected), message.children().get(0).cinDetails().get(0).referralNfa(), spelling);
        }
        List<ReadFinding> findings = new java.util.ArrayList<>();
        readAll(withReferralNfa("yes"), findings);
        assertEquals(ReadProblem.BAD_YES_NO, findings.get(0).problem());
        assertEquals("Message/Children/Child[1]/CINdetails[1]/ReferralNFA", findings.get(0).path());
    }

    @Test
    void anUnexpectedElementIsSkippedWholeAndReported() {
        String xml = SAMPLE.replace("<PrimaryNeedCode>N4</PrimaryNeedCode>",
                "<Notes><Text>free text</Text></Notes><PrimaryNeedCode>N4</PrimaryNeedCode>");
        List<ReadFinding> findings = new java.util.ArrayList<>();
        CensusMessage message = readAll(xml, findings);
        assertEquals(ReadProblem.UNEXPECTED_ELEMENT, findings.get(0).problem());
        assertEquals("Message/Children/Child[1]/CINdetails[1]/Notes", findings.get(0).path());
        assertTrue(message.children().get(0).cinDetails().get(0).primaryNeed().isPresent());
    }

    @Test
    void anItemThatMayAppearOnceIsReportedWhenRepeatedAndTheLastIsKept() {
        String xml = SAMPLE.replace("<CINreferralDate>2025-05-06</CINreferralDate>",
                "<CINreferralDate>2025-05-06</CINreferralDate><CINreferralDate>2025-05-07</CINreferralDate>");
        List<ReadFinding> findings = new java.util.ArrayList<>();
        CensusMessage message = readAll(xml, findings);
        assertEquals(ReadProblem.REPEATED_ELEMENT, findings.get(0).problem());
        assertEquals("Message/Children/Child[1]/CINdetails[1]/CINreferralDate", findings.get(0).path());
        assertEquals(Optional.of(LocalDate.of(2025, 5, 7)), message.children().get(0).cinDetails().get(0).referralDate());
    }

    @Test
    void strayTextBetweenElementsIsReportedAndIgnored() {
        // S1's own 2026 sample has "<UPNunknown>UN3</UPNunknown>PersonBirthDate" inside ChildIdentifiers.
        String xml = SAMPLE.replace("<LAchildID>A2</LAchildID>", "<LAchildID>A2</LAchildID>PersonBirthDate");
        List<ReadFinding> findings = new java.util.ArrayList<>();
        CensusMessage message = readAll(xml, findings);
        assertEquals(ReadProblem.UNEXPECTED_TEXT, findings.get(0).problem());
        assertEquals("Message/Children/Child[2]/ChildIdentifiers", findings.get(0).path());
        assertEquals(Optional.of("A2"), findings.get(0).laChildId());
        assertTrue(message.children().get(1).identifiers().get().expectedPersonBirthDate().isPresent());
    }

    @Test
    void aReaderOfCharactersReadsAsAReaderOfBytes() {
        try (CensusFile file = CensusReader.strict().open(new java.io.StringReader(
                SAMPLE.replace("2025-13-45", "2025-10-10").replace("XYZ", "PHY")))) {
            assertEquals(3, file.children().count());
            assertTrue(file.findings().isEmpty());
        }
    }

    @Test
    void anEmptyItemIsReadAsAbsent() {
        String xml = SAMPLE.replace("<PrimaryNeedCode>N4</PrimaryNeedCode>", "<PrimaryNeedCode> </PrimaryNeedCode>");
        List<ReadFinding> findings = new java.util.ArrayList<>();
        CensusMessage message = readAll(xml, findings);
        assertEquals(Optional.empty(), message.children().get(0).cinDetails().get(0).primaryNeed());
        assertEquals(2, findings.size());
    }

    @Test
    void aDocumentThatIsNotACensusMessageIsRefused() {
        CensusReadException e = assertThrows(CensusReadException.class,
                () -> CensusReader.tolerant().open(bytes("<Return><Children/></Return>")));
        assertEquals(ReadProblem.NOT_A_CENSUS, e.problem());
    }

    private static String withReferralNfa(String value) {
        return SAMPLE.replace("<ReferralNFA>false</ReferralNFA>", "<ReferralNFA>" + value + "</ReferralNFA>");
    }

    private static int lineOf(String text) {
        String before = SAMPLE.substring(0, SAMPLE.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
