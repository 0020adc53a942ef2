package dev.safeguarding.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints, as a Markdown table, the scores of a JMH run written with {@code -rf json -rff FILE}, and for
 * {@link CalendarBenchmark} how many times faster the precomputed calendar was than each baseline in
 * that same run.
 *
 * <pre>{@code
 * java -cp safeguarding-benchmarks/target/benchmarks.jar dev.safeguarding.benchmarks.Ratios results.json
 * }</pre>
 */
public final class Ratios {

    private Ratios() {
    }

    /**
     * Prints the table.
     *
     * @param args the JMH JSON result file
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Ratios <jmh-result.json>");
            System.exit(2);
        }
        JsonNode results = JsonMapper.builder().build().readTree(Path.of(args[0]).toFile());
        Map<String, Double> scores = new LinkedHashMap<>();
        System.out.println("| benchmark | mode | score | error (99.9%) | unit |");
        System.out.println("|---|---|---:|---:|---|");
        for (JsonNode result : results) {
            String name = result.get("benchmark").stringValue();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode metric = result.get("primaryMetric");
            double score = metric.get("score").doubleValue();
            double error = metric.get("scoreError").isNumber() ? metric.get("scoreError").doubleValue() : Double.NaN;
            scores.put(name + "/" + result.get("mode").stringValue(), score);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name, result.get("mode").stringValue(),
                    format(score), format(error), metric.get("scoreUnit").stringValue());
        }
        System.out.println();
        System.out.println("| operation | precomputed | (a) HashSet loop | (b) jollyday loop | (a) / precomputed |"
                + " (b) / precomputed |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String operation : new String[] {"plus45", "yearBetween"}) {
            Double ours = scores.get("CalendarBenchmark." + operation + "_precomputed/avgt");
            Double set = scores.get("CalendarBenchmark." + operation + "_hashSetLoop/avgt");
            Double jolly = scores.get("CalendarBenchmark." + operation + "_jollydayLoop/avgt");
            if (ours == null || set == null || jolly == null) {
                continue;
            }
            System.out.printf(Locale.ROOT, "| %s | %s ns | %s ns | %s ns | %.0fx | %.0fx |%n", operation,
                    format(ours), format(set), format(jolly), set / ours, jolly / ours);
        }
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }
}
