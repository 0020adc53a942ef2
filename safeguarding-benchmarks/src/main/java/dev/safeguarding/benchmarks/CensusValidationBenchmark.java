package dev.safeguarding.benchmarks;

import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.census.validation.CensusValidator;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and validating a synthetic Children in Need census return (2025-26, seed 2026) in one streaming
 * pass, one thread: the work the reference validator ({@code csc-validator-be-cin}, Python and pandas) does
 * on the same file, timed separately with its own command (see the README). {@link #main} writes the file
 * for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CensusValidationBenchmark {

    static final CollectionYear YEAR = CollectionYear.CIN_2025_26;

    @Param({"20000"})
    public int children;

    private byte[] xml;

    @Setup
    public void setUp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(children, out);
        xml = out.toByteArray();
    }

    /** Reads every child, with the reader's findings, and runs every rule of the year on it and on the file. */
    @Benchmark
    public long readAndValidate() {
        long findings = 0;
        try (CensusFile file = CensusReader.tolerant().open(new ByteArrayInputStream(xml))) {
            CensusValidator.Pass pass = CensusValidator.forYear(YEAR).start(file.header());
            findings += pass.headerFindings().size();
            for (var children = file.iterator(); children.hasNext(); ) {
                findings += pass.accept(children.next()).size() + file.takeFindings().size();
            }
            findings += pass.finish().size();
        }
        return findings;
    }

    private static void write(int children, OutputStream out) {
        SyntheticCensus.of(2026L, YEAR).write(children, out);
    }

    /** Writes the benchmark's file, for the reference validator: {@code java -cp benchmarks.jar ... FILE [children]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int children = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        try (OutputStream out = Files.newOutputStream(file)) {
            write(children, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
