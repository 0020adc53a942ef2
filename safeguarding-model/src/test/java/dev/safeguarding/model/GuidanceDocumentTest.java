package dev.safeguarding.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuidanceDocumentTest {

    @Test
    void eachDocumentIsFoundByItsOwnTitleAndNoTwoShareATitle() {
        Set<String> titles = new HashSet<>();
        for (GuidanceDocument document : GuidanceDocument.values()) {
            assertTrue(titles.add(document.title()), document + " repeats a title");
            assertEquals(Optional.of(document), GuidanceDocument.byTitle(document.title()));
        }
    }

    @Test
    void aPassageOfADocumentIsThePassageUnderItsTitle() {
        // the Norfolk guidance's section on the assessment triangle, as the seeds title it
        SourcePassage passage = GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("The Assessment Triangle");
        assertEquals(SourcePassage.of("NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)",
                "The Assessment Triangle"), passage);
        assertEquals(passage, SourcePassage.ofGuidance(GuidanceDocument.CONTINUUM_OF_NEEDS_2023, "The Assessment Triangle"));
        assertEquals(Optional.of(GuidanceDocument.CONTINUUM_OF_NEEDS_2023), passage.guidanceDocument());
    }

    @Test
    void aPassageOfAnotherDocumentIsStillAPassageButOfNoGuidanceDocument() {
        // a partnership's own protocol, or a document read from JSON, keeps its own title
        SourcePassage own = SourcePassage.of("Our LSCP escalation protocol (2025)", "Stage 1");
        assertEquals(Optional.empty(), own.guidanceDocument());
        assertEquals(Optional.empty(), GuidanceDocument.byTitle("NSCP, Norfolk Guidance"));
    }

    @Test
    void aBlankSectionIsRefusedNamingTheField() {
        assertEquals("section", assertThrows(InvalidValueException.class,
                () -> GuidanceDocument.WORKING_TOGETHER_2023.passage(" ")).field());
    }
}
