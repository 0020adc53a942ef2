package dev.safeguarding.cli;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The errors and queries of one file, each with the {@code LAchildID} of the child it is in, as a table or as
 * CSV. Rows are sorted by child (findings in no child, on the header or the whole return, first; then by
 * {@code LAchildID}; children sharing one in file order), and a child's findings in the order they were met:
 * its reading problems in file order, then the rules' findings.
 *
 * <p>Holds every finding until the end, to sort them; never a value read from the file: a finding carries a
 * rule code, an element path and the rule's message only.
 */
final class FindingsReport {

    /** The CSV header, exactly as the issue gives it. */
    static final String[] CSV_HEADER = {"rule", "severity", "child", "path", "message"};

    private static final Comparator<Row> ORDER = Comparator.comparing((Row row) -> !row.child().isEmpty())
            .thenComparing(Row::child).thenComparingInt(Row::position).thenComparingLong(Row::order);

    private final List<Row> rows = new ArrayList<>();
    private long children;

    /** One finding in the child at {@code position} (0 for none) whose {@code LAchildID} is {@code child}. */
    record Row(String rule, Severity severity, String child, String path, String message, int position, long order) {
    }

    /** Adds {@code finding}, in the child at {@code position} (0 if in none) with identifier {@code child}. */
    void add(Finding finding, int position, String child) {
        rows.add(new Row(finding.code(), finding.severity(), child, finding.path(), finding.message(), position,
                rows.size()));
    }

    /** Records that the file held {@code children} children. */
    void childrenRead(long children) {
        this.children = children;
    }

    /** The rows in the report's order. */
    List<Row> rows() {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(ORDER);
        return sorted;
    }

    /** Whether any finding is an error. */
    boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    long count(Severity severity) {
        return rows.stream().filter(row -> row.severity() == severity).count();
    }

    /** The rows as CSV: the header, then one record per finding. */
    void writeCsv(PrintWriter out) {
        Csv.record(out, CSV_HEADER);
        for (Row row : rows()) {
            Csv.record(out, row.rule(), row.severity().name(), row.child(), row.path(), row.message());
        }
    }

    /** The rows as a table with a heading, columns padded to their widest entry, and the totals at the end. */
    void writeTable(PrintWriter out) {
        List<Row> sorted = rows();
        if (!sorted.isEmpty()) {
            int rule = width("Rule", sorted, Row::rule);
            int severity = "Severity".length();
            int child = width("Child", sorted, Row::child);
            int path = width("Path", sorted, Row::path);
            String format = "%-" + rule + "s  %-" + severity + "s  %-" + child + "s  %-" + path + "s  %s%n";
            out.printf(format, "Rule", "Severity", "Child", "Path", "Message");
            for (Row row : sorted) {
                out.printf(format, row.rule(), row.severity().name(), row.child(), row.path(), row.message());
            }
            out.println();
        }
        out.println(totals());
    }

    /** "{@code 2 errors and 1 query in 2 children; 1,000 children read.}" */
    String totals() {
        long errors = count(Severity.ERROR);
        long queries = count(Severity.QUERY);
        String read = String.format(Locale.UK, "%,d %s read.", children, children == 1 ? "child" : "children");
        if (errors + queries == 0) {
            return "No errors or queries; " + read;
        }
        long inChildren = rows.stream().filter(row -> row.position() > 0).mapToInt(Row::position).distinct().count();
        return String.format(Locale.UK, "%s and %s%s; %s", plural(errors, "error", "errors"),
                plural(queries, "query", "queries"),
                inChildren == 0 ? "" : " in " + plural(inChildren, "child", "children"), read);
    }

    private static String plural(long n, String one, String many) {
        return String.format(Locale.UK, "%,d %s", n, n == 1 ? one : many);
    }

    private static int width(String heading, List<Row> rows, Function<Row, String> column) {
        int width = heading.length();
        for (Row row : rows) {
            width = Math.max(width, column.apply(row).length());
        }
        return width;
    }
}
