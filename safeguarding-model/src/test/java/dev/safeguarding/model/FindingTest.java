package dev.safeguarding.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void anErrorAndAQueryReadAsTheirSeverityCodePathAndMessage() {
        Finding error = Finding.error("assessment.dimension-not-assessed", "findings/HEALTH", "Health is not assessed");
        assertTrue(error.isError());
        assertEquals("ERROR assessment.dimension-not-assessed at findings/HEALTH: Health is not assessed",
                error.toString());
        Finding query = Finding.query("x.y", "", "Worth a look");
        assertFalse(query.isError());
        assertEquals("QUERY x.y: Worth a look", query.toString());
        assertTrue(query.source().isEmpty());
        SourcePassage source = SourcePassage.of("Doc", "Section");
        assertEquals(source, Finding.of(Severity.QUERY, "x.y", "", "m", source).source().orElseThrow());
    }

    @Test
    void aBlankCodeOrMessageIsRejected() {
        assertEquals("code", assertThrows(InvalidValueException.class, () -> Finding.error(" ", "", "m")).field());
        assertEquals("message", assertThrows(InvalidValueException.class, () -> Finding.query("c", "", "")).field());
    }
}
