package dev.safeguarding.benchmarks;

import dev.safeguarding.json.lines.JsonLines;
import dev.safeguarding.json.lines.SkippedLines;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.analytics.CaseloadStatistics;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A researcher's bulk job: the caseload analytics of 100,000 and of 1,000,000 synthetic cases, in one pass
 * of a parallel stream (on the common fork-join pool, so on every core: two on the machine of the README).
 * One operation is the whole caseload; cases a second are the count over the time of one operation.
 *
 * <ul>
 *   <li>{@code generate}: making the synthetic cases and nothing else (the baseline the next includes);</li>
 *   <li>{@code generateAndAnalyse}: making them and analysing them: timeliness against the eight catalogue
 *       timescales, the patterns of every chronology, levels, steps and re-referrals;</li>
 *   <li>{@code readJsonLinesAndAnalyse}: reading them from a JSON Lines file (written once per trial, to the
 *       temporary directory, and deleted after) and analysing them.</li>
 * </ul>
 *
 * <p>The memory of a pass is measured by {@link CaseloadFootprint}, in a fresh JVM with a small fixed heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CaseloadBenchmark {

    static final LocalDate FROM = LocalDate.of(2023, 4, 1);
    static final LocalDate TO = LocalDate.of(2025, 3, 31);

    /** How many cases one operation analyses. */
    @Param({"100000", "1000000"})
    public long cases;

    private SyntheticCaseload synthetic;
    private CaseloadAnalysis analysis;

    /** The caseload of seed 2025, and its analysis as of the end of its period. */
    @Setup(Level.Trial)
    public void setUp() {
        synthetic = SyntheticCaseload.of(2025L, FROM, TO);
        analysis = CaseloadAnalysis.of(TO);
    }

    /** The JSON Lines file of the caseload, for the benchmark that reads it. */
    @State(Scope.Benchmark)
    public static class File {

        Path path;

        /** Writes the benchmark's caseload to a temporary file. */
        @Setup(Level.Trial)
        public void write(CaseloadBenchmark benchmark) throws IOException {
            path = Files.createTempFile("caseload-" + benchmark.cases + "-", ".jsonl");
            try (Writer out = Files.newBufferedWriter(path)) {
                JsonLines.standard().write(benchmark.synthetic.cases(benchmark.cases).parallel(), out);
            }
        }

        /** Deletes the file. */
        @TearDown(Level.Trial)
        public void delete() throws IOException {
            Files.deleteIfExists(path);
        }
    }

    /** Making the cases only: the baseline. */
    @Benchmark
    public long generate() {
        return synthetic.cases(cases).parallel().mapToLong(c -> c.chronology().entries().size()).sum();
    }

    /** Making the cases and analysing them, in one pass. */
    @Benchmark
    public CaseloadStatistics generateAndAnalyse() {
        return check(analysis.analyse(synthetic.cases(cases).parallel()));
    }

    /** Reading the cases from JSON Lines and analysing them, in one pass. */
    @Benchmark
    public CaseloadStatistics readJsonLinesAndAnalyse(File file) {
        SkippedLines skipped = new SkippedLines();
        try (Reader in = Files.newBufferedReader(file.path);
                Stream<CaseRecord> records = JsonLines.standard().read(in, CaseRecord.class, skipped)) {
            return check(analysis.analyse(records.parallel()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CaseloadStatistics check(CaseloadStatistics statistics) {
        if (statistics.cases() != cases) {
            throw new IllegalStateException("analysed " + statistics.cases() + " cases of " + cases);
        }
        return statistics;
    }
}
