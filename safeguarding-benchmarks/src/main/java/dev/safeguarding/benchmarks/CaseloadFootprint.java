package dev.safeguarding.benchmarks;

import dev.safeguarding.json.lines.JsonLines;
import dev.safeguarding.json.lines.SkippedLines;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.analytics.CaseloadStatistics;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The memory of one pass of the caseload analytics, in a fresh JVM: the largest live heap (the heap in use
 * just after a full collection, forced once a second by a sampling thread while the pass runs): what the
 * pass holds on to. It should be the same for 100,000 and 1,000,000 cases, and a small fixed heap should do
 * for both.
 *
 * <pre>{@code
 * java -Xmx64m -cp safeguarding-benchmarks/target/benchmarks.jar dev.safeguarding.benchmarks.CaseloadFootprint 1000000
 * java -Xmx64m -cp safeguarding-benchmarks/target/benchmarks.jar dev.safeguarding.benchmarks.CaseloadFootprint 1000000 jsonl
 * }</pre>
 *
 * <p>The first argument is the number of cases; with {@code jsonl} as the second, the cases are written to a
 * JSON Lines file first (not measured) and read back from it.
 */
public final class CaseloadFootprint {

    private CaseloadFootprint() {
    }

    /**
     * Runs one pass and prints the figures.
     *
     * @param args the number of cases, and optionally {@code jsonl}
     * @throws IOException if the temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long cases = Long.parseLong(args[0]);
        boolean jsonl = args.length > 1 && args[1].equals("jsonl");
        LocalDate to = LocalDate.of(2025, 3, 31);
        SyntheticCaseload synthetic = SyntheticCaseload.of(2025L, LocalDate.of(2023, 4, 1), to);
        CaseloadAnalysis analysis = CaseloadAnalysis.of(to);
        Path file = null;
        if (jsonl) {
            file = Files.createTempFile("caseload-footprint-", ".jsonl");
            file.toFile().deleteOnExit();
            try (Writer out = Files.newBufferedWriter(file)) {
                JsonLines.standard().write(synthetic.cases(cases).parallel(), out);
            }
        }
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong maxLive = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                maxLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        CaseloadStatistics statistics;
        if (jsonl) {
            try (Reader in = Files.newBufferedReader(file);
                    Stream<CaseRecord> records = JsonLines.standard().read(in, CaseRecord.class, new SkippedLines())) {
                statistics = analysis.analyse(records.parallel());
            }
            Files.delete(file);
        } else {
            statistics = analysis.analyse(synthetic.cases(cases).parallel());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        System.out.printf("%,d cases from %s on %d cores: %.1f s, %,.0f cases a second; largest live heap %.1f MB"
                        + " (%.1f MB before the pass; -Xmx %d MB)%n", statistics.cases(),
                jsonl ? "JSON Lines" : "the generator", Runtime.getRuntime().availableProcessors(), seconds,
                statistics.cases() / seconds, maxLive.get() / 1048576.0, before / 1048576.0,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
