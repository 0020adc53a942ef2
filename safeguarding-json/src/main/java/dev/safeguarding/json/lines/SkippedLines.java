package dev.safeguarding.json.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The bad lines a {@linkplain JsonLines#read(java.io.Reader, Class, SkippedLines) lenient read} skipped:
 * how many, and the first of them (by line number) with where and why each was bad. Nothing is lost
 * silently: every line of the file is a value of the stream, a blank line, or a skipped line counted here.
 *
 * <pre>{@code
 * SkippedLines skipped = new SkippedLines();
 * try (Stream<CaseRecord> cases = JsonLines.standard().read(reader, CaseRecord.class, skipped)) {
 *     stats = analysis.analyse(cases);
 * }
 * skipped.count();                                   // 2
 * skipped.examples().get(0).lineNumber();            // 17
 * skipped.examples().get(0).getMessage();            // "line 17, /chronology/entries/3/date: expected a date ..."
 * }</pre>
 *
 * <p>Safe to use from the threads of a parallel stream. Its messages hold line numbers, pointers and rules,
 * never values, so they may be logged.
 */
public final class SkippedLines {

    /** How many bad lines are kept as {@linkplain #examples() examples}: {@value}. */
    public static final int EXAMPLES = 100;

    private final TreeMap<Long, JsonLinesException> examples = new TreeMap<>();
    private long count;

    /** No lines skipped yet. */
    public SkippedLines() {
    }

    /** How many lines were skipped. */
    public synchronized long count() {
        return count;
    }

    /** The bad lines with the smallest line numbers, at most {@value #EXAMPLES}, in line order. */
    public synchronized List<JsonLinesException> examples() {
        return List.copyOf(new ArrayList<>(examples.values()));
    }

    /** The numbers of the lines kept as examples, in order. */
    public synchronized List<Long> lineNumbers() {
        return List.copyOf(examples.keySet());
    }

    synchronized void add(JsonLinesException bad) {
        count++;
        examples.put(bad.lineNumber(), bad);
        if (examples.size() > EXAMPLES) {
            examples.pollLastEntry();
        }
    }

    /** For example {@code SkippedLines{count=2, lines [4, 17]}}. */
    @Override
    public synchronized String toString() {
        return "SkippedLines{count=" + count + (examples.isEmpty() ? "" : ", lines " + examples.keySet()
                + (count > examples.size() ? " and more" : "")) + "}";
    }
}
