package dev.safeguarding.census.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReadException;
import dev.safeguarding.census.xml.CensusReader;
import dev.safeguarding.census.xml.CensusWriter;
import dev.safeguarding.census.xml.ReadFinding;
import dev.safeguarding.census.xml.ReadProblem;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.Severity;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rule 8842Q, from its own text and example (S1 {@code cin2022_23/rule_8842Q.py}): "Where a {@code <Reviews>}
 * group is present, a valid {@code <CPPreviewdate>} (N00116) should be present within the group", message
 * "Please check: Review Record has a missing date". Its {@code test_validate} has three review groups, dated
 * {@code 26/05/2000}, missing, and {@code not a date}, and expects the second and third to be queried.
 */
class ReviewWithoutDateTest {

    private static final CollectionYear YEAR = CollectionYear.CIN_2025_26;
    private static final String DATED = "<CPPreviewDate>2025-08-12</CPPreviewDate>";
    private static final String REVIEWS = "CINdetails[1]/ChildProtectionPlans[1]/Reviews";

    /** Three children of a valid return whose plans' review groups hold: a date; an empty date; not a date. */
    @Test
    void aReviewGroupWithAMissingDateOrOneThatIsNotADateIsQueried() {
        String xml = threeChildren();
        xml = replaceNth(xml, DATED, "<CPPreviewDate/>", 2);
        xml = replaceNth(xml, DATED, "<CPPreviewDate>not a date</CPPreviewDate>", 2);
        Read read = read(xml);
        assertEquals(List.of("Message/Children/Child[2]/" + REVIEWS, "Message/Children/Child[3]/" + REVIEWS),
                paths(read.findings, "8842Q"));
        Finding query = read.findings.stream().filter(f -> f.code().equals("8842Q")).findFirst().orElseThrow();
        assertEquals(Severity.QUERY, query.severity());
        assertEquals("Please check: Review Record has a missing date", query.message());
        assertEquals(List.of("Message/Children/Child[3]/" + REVIEWS + "/CPPreviewDate[1]"),
                paths(read.findings, ReadProblem.BAD_DATE.code()), "the date that is not one is also a reading problem");
    }

    @Test
    void aReviewGroupWithNoReviewDateElementIsQueried() {
        Read read = read(replaceNth(threeChildren(), DATED, "", 1));
        assertEquals(List.of("Message/Children/Child[1]/" + REVIEWS), paths(read.findings, "8842Q"));
    }

    /**
     * "A valid CPPreviewdate should be present within the group": a group with an empty date and a dated one is
     * not queried (the reference, which reads only a group's first date, would query it).
     */
    @Test
    void aReviewGroupHoldingADateBesideAnEmptyOneIsNotQueried() {
        Read read = read(replaceNth(threeChildren(), DATED, "<CPPreviewDate/>" + DATED, 1));
        assertEquals(List.of(), paths(read.findings, "8842Q"));
    }

    @Test
    void aPlanWithNoReviewGroupIsNotQueried() {
        ChildProtectionPlan plan = ChildProtectionPlan.builder().from(new RuleExamplesTest.Kid().plan.build())
                .reviewDates(List.of()).build();
        assertFalse(plan.reviewsWithoutDate());
        assertFalse(CensusWriter.toXml(CensusMessage.builder().addChild(childWith(plan)).build()).contains("Reviews"));
        assertEquals(List.of(), paths(WorkingDayRulesTest.validator(YEAR).validate(childWith(plan)), "8842Q"));
    }

    @Test
    void anEmptyReviewDateIsNoProblemForStrictReadingButOneThatIsNotADateIs() {
        String empty = replaceNth(threeChildren(), DATED, "<CPPreviewDate/>", 1);
        try (CensusFile file = CensusReader.strict().open(new StringReader(empty))) {
            List<CensusChild> children = file.readAll().children();
            assertTrue(children.get(0).cinDetails().get(0).childProtectionPlans().get(0).reviewsWithoutDate());
        }
        String bad = replaceNth(threeChildren(), DATED, "<CPPreviewDate>not a date</CPPreviewDate>", 1);
        try (CensusFile file = CensusReader.strict().open(new StringReader(bad))) {
            CensusReadException e = assertThrows(CensusReadException.class, file::readAll);
            assertEquals(ReadProblem.BAD_DATE, e.problem());
        }
    }

    @Test
    void reviewsWithoutDateAreWrittenAsAnEmptyGroupAndReadBack() {
        ChildProtectionPlan plan = ChildProtectionPlan.builder().from(new RuleExamplesTest.Kid().plan.build())
                .reviewDates(List.of()).reviewsWithoutDate(true).build();
        CensusMessage message = CensusMessage.builder().addChild(childWith(plan)).build();
        try (CensusFile file = CensusReader.strict().open(new StringReader(CensusWriter.toXml(message)))) {
            assertEquals(message.children(), file.readAll().children());
        }
    }

    @Test
    void reviewsWithoutDateBesideReviewDatesAreRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ChildProtectionPlan.builder().from(new RuleExamplesTest.Kid().plan.build())
                        .reviewsWithoutDate(true).build());
        assertTrue(e.getMessage().contains("reviewsWithoutDate"), e.getMessage());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static CensusChild childWith(ChildProtectionPlan plan) {
        RuleExamplesTest.Kid kid = new RuleExamplesTest.Kid();
        kid.plan = ChildProtectionPlan.builder();
        kid.plan.from(plan);
        return kid.build();
    }

    private static String threeChildren() {
        CensusChild child = new RuleExamplesTest.Kid().build();
        String xml = CensusWriter.toXml(CensusMessage.builder().addChild(child).addChild(child).addChild(child).build());
        assertEquals(3, xml.split(DATED, -1).length - 1, "one review date per child");
        return xml;
    }

    /** {@code xml} with the {@code n}-th (from 1) occurrence of {@code from} replaced by {@code to}. */
    private static String replaceNth(String xml, String from, String to, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = xml.indexOf(from, at + 1);
        }
        return xml.substring(0, at) + to + xml.substring(at + from.length());
    }

    /** The findings of reading and validating a whole file. */
    private record Read(List<Finding> findings) {
    }

    private static Read read(String xml) {
        List<Finding> findings = new ArrayList<>();
        try (CensusFile file = CensusReader.tolerant().open(new StringReader(xml))) {
            CensusValidator.Pass pass = WorkingDayRulesTest.validator(YEAR).start(Optional.empty());
            file.forEachChild(child -> {
                file.takeFindings().stream().map(ReadFinding::asFinding).forEach(findings::add);
                findings.addAll(pass.accept(child));
            });
            findings.addAll(pass.finish());
        }
        return new Read(findings);
    }

    private static List<String> paths(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).map(Finding::path).toList();
    }
}
