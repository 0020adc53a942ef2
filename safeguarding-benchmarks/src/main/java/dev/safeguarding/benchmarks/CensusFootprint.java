package dev.safeguarding.benchmarks;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.analysis.CensusAnalysis;
import dev.safeguarding.census.analysis.CensusCaseRecords;
import dev.safeguarding.census.analysis.CensusStatistics;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.census.validation.CensusValidator;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReader;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.analytics.CaseloadStatistics;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.stream.Collector;

/**
 * A national-size census return read, validated and analysed in one streaming pass: a writer thread makes
 * a synthetic return of {@code n} children (700,000 by default) into a pipe, and this thread reads it one
 * child at a time, runs the validator's rules on it, counts the DfE's measures and the caseload analysis of
 * its case record. Run in a small heap to show that nothing grows with the file:
 * {@code java -Xmx256m -cp benchmarks.jar dev.safeguarding.benchmarks.CensusFootprint 700000}.
 */
public final class CensusFootprint {

    private CensusFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 700_000;
        CollectionYear year = CollectionYear.CIN_2025_26;
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        Thread writer = new Thread(() -> {
            try (out) {
                SyntheticCensus.of(2026L, year).write(children, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "census-writer");
        long start = System.nanoTime();
        writer.start();

        CensusValidator.Pass pass;
        long findings = 0;
        long read = 0;
        CensusAnalysis measures = CensusAnalysis.of(year);
        CaseloadAnalysis caseload = CensusCaseRecords.caseloadAnalysis(year);
        CensusCaseRecords records = CensusCaseRecords.standard();
        Collector<CensusChild, Object, CensusStatistics> measure = cast(measures.collector());
        Collector<dev.safeguarding.model.chronology.CaseRecord, Object, CaseloadStatistics> analyse =
                cast(caseload.collector());
        Object measured = measure.supplier().get();
        Object analysed = analyse.supplier().get();
        try (CensusFile file = CensusReader.tolerant().open(in)) {
            pass = CensusValidator.forYear(year).start(file.header());
            findings += pass.headerFindings().size();
            for (Iterator<CensusChild> it = file.iterator(); it.hasNext(); ) {
                CensusChild child = it.next();
                read++;
                findings += pass.accept(child).size() + file.takeFindings().size();
                measure.accumulator().accept(measured, child);
                records.toCaseRecord(child).ifPresent(record -> analyse.accumulator().accept(analysed, record));
            }
            findings += pass.finish().size();
        }
        writer.join();
        CensusStatistics statistics = measure.finisher().apply(measured);
        CaseloadStatistics caseloadStatistics = analyse.finisher().apply(analysed);
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("%,d children read, validated and analysed in %.1f s; %,d findings; %,d case records; "
                + "max heap %,d MB, in use after the pass %,d MB%n", read, (System.nanoTime() - start) / 1e9,
                findings, caseloadStatistics.cases(), Runtime.getRuntime().maxMemory() >> 20, used >> 20);
        System.out.println(statistics.toTable().lines().limit(4).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    @SuppressWarnings("unchecked")
    private static <T, R> Collector<T, Object, R> cast(Collector<T, ?, R> collector) {
        return (Collector<T, Object, R>) collector;
    }
}
