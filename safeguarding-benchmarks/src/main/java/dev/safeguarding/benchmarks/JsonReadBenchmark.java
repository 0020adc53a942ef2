package dev.safeguarding.benchmarks;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's strict read of JSON documents side by side with a plain Jackson 3 tree parse of the same
 * text (no model, no checks): the baseline a reader built on Jackson cannot beat by much. One operation
 * reads 1,000 synthetic case records (about 5.8 KB of JSON each), one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonReadBenchmark {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private List<String> lines;

    @Setup
    public void setUp() {
        SafeguardingJson json = SafeguardingJson.standard();
        lines = SyntheticCaseload.of(2025L, LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 31))
                .cases(1_000).map(json::write).toList();
    }

    /** Baseline: Jackson 3's tree of each document, with its default settings. */
    @Benchmark
    public void plainJacksonTree(Blackhole sink) {
        for (String line : lines) {
            JsonNode tree = PLAIN.readTree(line);
            sink.consume(tree);
        }
    }

    /** The library: {@code SafeguardingJson.standard().read(line, CaseRecord.class)}, every rule checked. */
    @Benchmark
    public void libraryStrictRead(Blackhole sink) {
        SafeguardingJson json = SafeguardingJson.standard();
        for (String line : lines) {
            CaseRecord record = json.read(line, CaseRecord.class);
            sink.consume(record);
        }
    }
}
