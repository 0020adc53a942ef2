package dev.safeguarding.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress of a long read on standard error: "{@code Read 12,345 children}", rewritten in place
 * (carriage return) at most four times a second, and a last line with the total when the read ends. Nothing
 * when it is off. Counting children, never naming them.
 *
 * <p>Not thread-safe.
 */
final class Progress {

    /** The shortest time between two updates: four a second at most. */
    static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final PrintWriter err;
    private final boolean on;
    private final LongSupplier clock;
    private long last;
    private boolean shown;

    /** Progress on {@code err} when {@code on}, timed by {@code clock} (nanoseconds, as {@link System#nanoTime()}). */
    Progress(PrintWriter err, boolean on, LongSupplier clock) {
        this.err = err;
        this.on = on;
        this.clock = clock;
        this.last = on ? clock.getAsLong() : 0;
    }

    /** Progress on {@code err} when {@code on}, on the system's clock. */
    static Progress on(PrintWriter err, boolean on) {
        return new Progress(err, on, System::nanoTime);
    }

    /** {@code children} read so far: shown if the last update is at least {@link #INTERVAL_NANOS} old. */
    void update(long children) {
        if (on) {
            long now = clock.getAsLong();
            if (now - last >= INTERVAL_NANOS) {
                last = now;
                show(children);
            }
        }
    }

    /** The read has ended after {@code children}: the total, and a new line. */
    void done(long children) {
        if (on) {
            show(children);
            endLine();
        }
    }

    /** The read has failed: ends the line left on the screen, if any, so that the message starts on its own. */
    void abandon() {
        if (on && shown) {
            endLine();
        }
    }

    private void endLine() {
        err.print('\n');
        err.flush();
        shown = false;
    }

    private void show(long children) {
        err.print(String.format(Locale.UK, "\rRead %,d %s", children, children == 1 ? "child" : "children"));
        err.flush();
        shown = true;
    }
}
