package dev.safeguarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The progress line: "updated at most a few times a second" (the brief), on a clock the test moves by hand, so
 * that no duration is measured.
 */
class ProgressTest {

    private long now = 1_000;
    private final StringWriter text = new StringWriter();

    private Progress progress(boolean on) {
        return new Progress(new PrintWriter(text), on, () -> now);
    }

    private void advanceMillis(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void updatesAtMostFourTimesASecondAndEndsWithTheTotal() {
        Progress progress = progress(true);
        progress.update(1);
        advanceMillis(249);
        progress.update(2);
        assertEquals("", text.toString(), "nothing before a quarter of a second");
        advanceMillis(1);
        progress.update(3);
        advanceMillis(100);
        progress.update(4);
        advanceMillis(150);
        progress.update(1_234_567);
        progress.done(1_234_568);
        assertEquals("\rRead 3 children\rRead 1,234,567 children\rRead 1,234,568 children\n", text.toString());
    }

    @Test
    void offShowsNothing() {
        Progress progress = progress(false);
        advanceMillis(5_000);
        progress.update(10);
        progress.abandon();
        progress.done(10);
        assertEquals("", text.toString());
    }

    @Test
    void aFailedReadEndsTheLineItLeft() {
        Progress progress = progress(true);
        progress.abandon();
        assertEquals("", text.toString(), "no line to end");
        advanceMillis(300);
        progress.update(1);
        progress.abandon();
        assertEquals("\rRead 1 child\n", text.toString());
    }
}
