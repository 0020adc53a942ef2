package dev.safeguarding.census.xml;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads census XML with the JDK's StAX, one child at a time, so that a national-size return (700,000
 * children) is read in bounded memory.
 *
 * <pre>{@code
 * try (CensusFile file = CensusReader.tolerant().open(in)) {
 *     Optional<CensusHeader> header = file.header();          // read before any child
 *     file.children().forEach(child -> ...);                   // one at a time
 *     file.findings().forEach(System.out::println);            // path, line, column; never a value
 * }
 * }</pre>
 *
 * <p>{@linkplain #tolerant() Tolerant} reading (the default for validation, which must show a council
 * all its problems at once) turns a bad date, a bad yes/no, an unknown code or an unexpected element into a
 * {@link ReadFinding} at its place and reads the rest of the child; {@linkplain #strict() strict} reading
 * throws {@link CensusReadException} at the first. Either way a file that is not well-formed, is not a
 * census message, or declares a DTD ends the read with {@link CensusReadException}.
 *
 * <p>Secure by default: the JDK's own StAX implementation ({@link XMLInputFactory#newDefaultFactory()},
 * whatever else is on the class path) with DTDs and external entities switched off
 * ({@link XMLInputFactory#SUPPORT_DTD} and {@link XMLInputFactory#IS_SUPPORTING_EXTERNAL_ENTITIES} false),
 * and any document type declaration refused ({@link ReadProblem#DTD_REFUSED}).
 *
 * <p>Immutable and thread-safe; each {@link CensusFile} it opens is for one thread.
 *
 * <p>Source: the census's structure (S2 {@code cin_census/cin-2022.xsd}; S1 {@code ingress.py}); the
 * OWASP XML External Entity Prevention advice for StAX (the two properties above).
 */
public final class CensusReader {

    private static final CensusReader TOLERANT = new CensusReader(false);
    private static final CensusReader STRICT = new CensusReader(true);

    private final boolean strict;

    private CensusReader(boolean strict) {
        this.strict = strict;
    }

    /** A reader that reports item problems as findings and reads on. */
    public static CensusReader tolerant() {
        return TOLERANT;
    }

    /** A reader that throws {@link CensusReadException} at the first problem. */
    public static CensusReader strict() {
        return STRICT;
    }

    /** Whether this reader fails at the first problem. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Opens a census file from bytes (its encoding from its XML declaration, UTF-8 by default) and reads
     * its header. The stream is closed with the {@link CensusFile}.
     *
     * @throws CensusReadException if the file is not well-formed up to its children, declares a DTD, is
     *                             not a census message or (strict) has a problem in its header
     */
    public CensusFile open(InputStream in) {
        Objects.requireNonNull(in, "in");
        return open(factory -> factory.createXMLStreamReader(in), in);
    }

    /** Opens a census file from characters: as {@link #open(InputStream)}. */
    public CensusFile open(Reader in) {
        Objects.requireNonNull(in, "in");
        return open(factory -> factory.createXMLStreamReader(in), in);
    }

    private CensusFile open(StreamOpener opener, Closeable source) {
        try {
            return CensusFile.open(opener.open(factory()), source, strict);
        } catch (XMLStreamException e) {
            closeQuietly(source);
            throw new CensusReadException(ReadFinding.of(ReadProblem.MALFORMED_XML, "", -1, -1));
        } catch (RuntimeException e) {
            // no CensusFile will close the source: it is closed here, as the caller was promised
            closeQuietly(source);
            throw e;
        }
    }

    private static void closeQuietly(Closeable source) {
        try {
            source.close();
        } catch (IOException ignored) {
            // the reading problem being thrown is the one to report
        }
    }

    /** Creates the stream reader over a source. */
    @FunctionalInterface
    private interface StreamOpener {
        XMLStreamReader open(XMLInputFactory factory) throws XMLStreamException;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    @Override
    public String toString() {
        return strict ? "CensusReader.strict()" : "CensusReader.tolerant()";
    }
}
