package dev.safeguarding.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.lines.JsonLines;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CPU time and the bytes allocated of passes run on this thread alone, for a machine too busy for
 * wall-clock times: a thread's CPU time counts only its own work (other processes stretch it a little,
 * through the caches, not by their whole run time) and its allocation does not depend on the load at all.
 * Two measures, each in a fresh JVM:
 *
 * <ul>
 *   <li>{@code analysis N P}: P passes of {@code CaseloadAnalysis} over N synthetic cases (seed 2025, made
 *       first, held in memory), one thread; the first pass is the cold one, the median of the later half
 *       of the passes the warm one (the best pass alone would hide a slowdown that sets in after a few);</li>
 *   <li>{@code json R}: R rounds, each a plain Jackson 3 tree parse of 1,000 case records then the
 *       library's strict read of the same lines (as {@link JsonReadBenchmark}); the medians of the second
 *       half of the rounds.</li>
 *   <li>{@code lines R}: R rounds, each a read of the same 1,000 case records as a JSON Lines file of UTF-8
 *       bytes ({@code JsonLines.read(InputStream, Class)}, sequential, as
 *       {@code CaseloadBenchmark.readJsonLinesAndAnalyse} reads a file, without the analysis); the median of the
 *       second half of the rounds.</li>
 * </ul>
 *
 * <pre>{@code
 * java -cp safeguarding-benchmarks/target/benchmarks.jar dev.safeguarding.benchmarks.CpuPasses analysis 20000 12
 * java -cp safeguarding-benchmarks/target/benchmarks.jar dev.safeguarding.benchmarks.CpuPasses json 40
 * java -cp safeguarding-benchmarks/target/benchmarks.jar dev.safeguarding.benchmarks.CpuPasses lines 40
 * }</pre>
 */
public final class CpuPasses {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CpuPasses() {
    }

    /**
     * Runs the measure the arguments name.
     *
     * @param args {@code analysis <cases> <passes>}, {@code json <rounds>} or {@code lines <rounds>}
     */
    public static void main(String[] args) {
        if (args.length == 3 && args[0].equals("analysis")) {
            analysis(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 2 && args[0].equals("json")) {
            json(Integer.parseInt(args[1]));
        } else if (args.length == 2 && args[0].equals("lines")) {
            lines(Integer.parseInt(args[1]));
        } else {
            System.err.println("usage: CpuPasses analysis <cases> <passes> | CpuPasses json <rounds>"
                    + " | CpuPasses lines <rounds>");
            System.exit(2);
        }
    }

    private static void analysis(int count, int passes) {
        List<CaseRecord> cases = SyntheticCaseload.of(2025L, CaseloadBenchmark.FROM, CaseloadBenchmark.TO)
                .cases(count).toList();
        CaseloadAnalysis analysis = CaseloadAnalysis.of(CaseloadBenchmark.TO);
        long[] cpu = new long[passes];
        for (int pass = 0; pass < passes; pass++) {
            long bytes = allocated();
            long start = THREADS.getCurrentThreadCpuTime();
            long analysed = analysis.analyse(cases.stream()).cases();
            cpu[pass] = THREADS.getCurrentThreadCpuTime() - start;
            System.out.printf("pass %d: %.0f ms of CPU, %d bytes allocated a case, %d cases%n", pass + 1,
                    cpu[pass] / 1e6, (allocated() - bytes) / analysed, analysed);
        }
        double warm = median(cpu);
        System.out.printf("warm (median of the later half of the passes): %.0f ms of CPU; first pass / warm: %.2f%n",
                warm / 1e6, cpu[0] / warm);
    }

    private static void json(int rounds) {
        SafeguardingJson json = SafeguardingJson.standard();
        JsonMapper plain = JsonMapper.builder().build();
        List<String> lines = SyntheticCaseload.of(2025L, CaseloadBenchmark.FROM, CaseloadBenchmark.TO)
                .cases(1_000).map(json::write).toList();
        long[] tree = new long[rounds];
        long[] strict = new long[rounds];
        long treeBytes = 0;
        long strictBytes = 0;
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long bytes = allocated();
            long start = THREADS.getCurrentThreadCpuTime();
            for (String line : lines) {
                sink += plain.readTree(line).size();
            }
            long middle = THREADS.getCurrentThreadCpuTime();
            long middleBytes = allocated();
            for (String line : lines) {
                sink += json.read(line, CaseRecord.class).chronology().entries().size();
            }
            strict[round] = THREADS.getCurrentThreadCpuTime() - middle;
            tree[round] = middle - start;
            treeBytes = middleBytes - bytes;
            strictBytes = allocated() - middleBytes;
        }
        double treeMs = median(tree) / 1e6;
        double strictMs = median(strict) / 1e6;
        System.out.printf("plain Jackson tree: %.2f ms of CPU, %d bytes a record%n", treeMs, treeBytes / lines.size());
        System.out.printf("library strict read: %.2f ms of CPU, %d bytes a record%n", strictMs,
                strictBytes / lines.size());
        System.out.printf("strict read / tree parse: %.2f (%d)%n", strictMs / treeMs, sink);
    }

    private static void lines(int rounds) {
        SafeguardingJson json = SafeguardingJson.standard();
        StringBuilder file = new StringBuilder();
        SyntheticCaseload.of(2025L, CaseloadBenchmark.FROM, CaseloadBenchmark.TO).cases(1_000)
                .forEach(value -> file.append(json.write(value)).append('\n'));
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        long[] cpu = new long[rounds];
        long perRecord = 0;
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long before = allocated();
            long start = THREADS.getCurrentThreadCpuTime();
            try (Stream<CaseRecord> cases = JsonLines.standard().read(new ByteArrayInputStream(bytes), CaseRecord.class)) {
                sink += cases.mapToInt(c -> c.chronology().entries().size()).sum();
            }
            cpu[round] = THREADS.getCurrentThreadCpuTime() - start;
            perRecord = (allocated() - before) / 1_000;
        }
        System.out.printf("JSON Lines read of 1000 records: %.2f ms of CPU, %d bytes a record (%d)%n",
                median(cpu) / 1e6, perRecord, sink);
    }

    private static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /** The median of the second half (the first half warms up). */
    private static double median(long[] times) {
        long[] later = Arrays.copyOfRange(times, times.length / 2, times.length);
        Arrays.sort(later);
        return later[later.length / 2];
    }
}
