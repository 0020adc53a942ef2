package dev.safeguarding.census.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The reader is secure by default: "secure by default (no DTDs, no external entities)" (issue 15, part
 * 2). An external entity (XXE) and nested entities ("billion laughs") are refused with a typed error
 * before any entity is expanded.
 */
class SecureReadingTest {

    private static CensusReadException refused(String xml) {
        return assertThrows(CensusReadException.class, () -> {
            try (CensusFile file = CensusReader.tolerant().open(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
                file.children().count();
            }
        });
    }

    @Test
    void anExternalEntityIsRefused() {
        CensusReadException e = refused("""
                <?xml version="1.0"?>
                <!DOCTYPE Message [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers>
                </Child></Children></Message>
                """);
        assertEquals(ReadProblem.DTD_REFUSED, e.problem());
        assertFalse(e.getMessage().contains("root:"));
    }

    @Test
    void anExternalDtdIsRefused() {
        CensusReadException e = refused("""
                <?xml version="1.0"?>
                <!DOCTYPE Message SYSTEM "http://example.invalid/census.dtd">
                <Message><Children/></Message>
                """);
        assertEquals(ReadProblem.DTD_REFUSED, e.problem());
    }

    @Test
    void theBillionLaughsAreRefused() {
        CensusReadException e = refused("""
                <?xml version="1.0"?>
                <!DOCTYPE Message [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <Message><Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID></ChildIdentifiers>
                </Child></Children></Message>
                """);
        assertEquals(ReadProblem.DTD_REFUSED, e.problem());
        assertEquals("census.read.dtd-refused", e.finding().code());
    }

    @Test
    void anUndeclaredEntityIsMalformedXml() {
        CensusReadException e = refused("""
                <Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers>
                </Child></Children></Message>
                """);
        assertEquals(ReadProblem.MALFORMED_XML, e.problem());
        assertEquals(1, e.finding().line());
    }

    @Test
    void aFileRefusedWhenOpenedHasItsStreamClosed() {
        for (String refused : new String[] {"not XML at all", "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY a \"b\">]>"
                + "<Message>&a;</Message>", "<NotACensus/>"}) {
            boolean[] closed = {false};
            ByteArrayInputStream in = new ByteArrayInputStream(refused.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            assertThrows(CensusReadException.class, () -> CensusReader.tolerant().open(in));
            assertTrue(closed[0], "the stream of a refused file is closed: " + refused);
        }
    }
}
