package dev.safeguarding.benchmarks;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.analytics.CaseloadStatistics;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The caseload analysis alone: one pass of {@code CaseloadAnalysis} over synthetic cases made before the
 * measurement and held in memory (seed 2025, as {@link CaseloadBenchmark}), in a parallel stream. In
 * {@link CaseloadBenchmark#generateAndAnalyse} the generator's cost, and its own warm-up in a fresh JVM, hide
 * the analysis; here one operation is the analysis of every case and nothing else. Run warm (several
 * passes) and cold (the first pass in a fresh JVM, one single shot per fork), in a fixed heap the JVM touches
 * before it starts ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}): otherwise the first passes also pay the
 * operating system for each page of the young generation touched for the first time: see the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseloadAnalysisBenchmark {

    /** How many cases one operation analyses (held in memory: about 1 GB for 100,000). */
    @Param({"20000"})
    public int cases;

    private List<CaseRecord> records;
    private CaseloadAnalysis analysis;

    /**
     * Makes the cases; nothing of the analysis runs here. A full collection ends the setup, so that the first
     * measured pass does not pay for moving the cases just made out of the young generation (the same for the
     * code before and after a change: it is the JVM's cost of the setup, not the analysis's).
     */
    @Setup(Level.Trial)
    public void setUp() {
        records = SyntheticCaseload.of(2025L, CaseloadBenchmark.FROM, CaseloadBenchmark.TO).cases(cases).toList();
        analysis = CaseloadAnalysis.of(CaseloadBenchmark.TO);
        System.gc();
    }

    /** One pass of the analysis over the cases, on every core. */
    @Benchmark
    public CaseloadStatistics analyse() {
        CaseloadStatistics statistics = analysis.analyse(records.parallelStream());
        if (statistics.cases() != cases) {
            throw new IllegalStateException("analysed " + statistics.cases() + " cases of " + cases);
        }
        return statistics;
    }
}
