package dev.safeguarding.census.xml;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusHeader;
import dev.safeguarding.census.CensusMessage;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A census file being read, opened by {@link CensusReader}: its header (read on opening), then its
 * children one at a time, and the problems met so far. Holds one child in memory at a time; close it
 * (try-with-resources) to release the underlying stream.
 *
 * <p>Not thread-safe: one reader, one thread. The children can be read once.
 *
 * <p>Source: the "streaming, so a national-size file (700,000 children) is read in bounded
 * memory"; the census's structure (S2 {@code cin_census/cin-2022.xsd}).
 */
public final class CensusFile implements AutoCloseable {

    private final XMLStreamReader xml;
    private final Closeable source;
    private final Parser parser;
    private final Optional<CensusHeader> header;
    private boolean childrenTaken;
    private boolean done;
    private int read;

    private CensusFile(XMLStreamReader xml, Closeable source, boolean strict) {
        this.xml = xml;
        this.source = source;
        this.parser = new Parser(xml, strict);
        parser.enterMessage();
        this.header = parser.readUpToChildren();
        this.done = !parser.atChildren();
    }

    static CensusFile open(XMLStreamReader xml, Closeable source, boolean strict) {
        try {
            return new CensusFile(xml, source, strict);
        } catch (RuntimeException e) {
            closeQuietly(xml, source);
            throw e;
        }
    }

    /** The header, {@code <Header>}, if the message has one before its children. */
    public Optional<CensusHeader> header() {
        return header;
    }

    /**
     * The children, read lazily one at a time as the stream is consumed. May be called once.
     *
     * @throws IllegalStateException if the children were already taken
     * @throws CensusReadException   (while the stream is consumed) as {@link CensusReader} describes
     */
    public Stream<CensusChild> children() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The children as an iterator, read lazily one at a time: as {@link #children()}. */
    public Iterator<CensusChild> iterator() {
        if (childrenTaken) {
            throw new IllegalStateException("the children of a census file can be read once");
        }
        childrenTaken = true;
        return new Iterator<>() {
            private CensusChild next;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    Optional<CensusChild> child = parser.nextChild();
                    if (child.isPresent()) {
                        read++;
                        next = child.get();
                    } else {
                        done = true;
                    }
                }
                return next != null;
            }

            @Override
            public CensusChild next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CensusChild child = next;
                next = null;
                return child;
            }
        };
    }

    /** Reads each remaining child into {@code action}: a callback form of {@link #children()}. */
    public void forEachChild(Consumer<? super CensusChild> action) {
        iterator().forEachRemaining(action);
    }

    /** The header and every child, in memory: for files of modest size. */
    public CensusMessage readAll() {
        List<CensusChild> children = new ArrayList<>();
        forEachChild(children::add);
        return CensusMessage.builder().header(header).children(children).build();
    }

    /**
     * The problems met so far (all of them once the children are read, unless {@linkplain #takeFindings()
     * taken}), in file order; each child's carry its {@code LAchildID} where it has one. Always empty for a
     * strict reader, which throws instead.
     */
    public List<ReadFinding> findings() {
        return List.copyOf(parser.findings());
    }

    /**
     * The problems met since the last call (or since opening), removed from the file: for a long streaming
     * read that hands each child's problems on as it goes, so that they are not held to the end. A child's
     * problems are all here once the child has been delivered. {@link #findings()} then returns only those
     * not yet taken.
     */
    public List<ReadFinding> takeFindings() {
        List<ReadFinding> taken = List.copyOf(parser.findings());
        parser.findings().clear();
        return taken;
    }

    /** The number of children read so far. */
    public int childrenRead() {
        return read;
    }

    /** Closes the stream reader and the underlying stream. */
    @Override
    public void close() {
        closeQuietly(xml, source);
    }

    private static void closeQuietly(XMLStreamReader xml, Closeable source) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing more to read; the source is closed below
        }
        try {
            source.close();
        } catch (IOException e) {
            // a failure to close an input stream loses nothing
        }
    }

    @Override
    public String toString() {
        return "CensusFile{header=" + (header.isPresent() ? "present" : "absent") + ", childrenRead=" + read
                + ", findings=" + parser.findings().size() + "}";
    }
}
