package dev.safeguarding.json.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A read's memory is bounded by bytes, not by a count of lines: 150 lines just under the size limit, of
 * characters that take two bytes each in a Java string, are read in a JVM of 192 MB, sequentially from
 * characters and in parallel on eight processors from bytes. (The reader held up to 1,024 lines a batch,
 * so these 150 lines took 300 MB at once, and 1,100 of them more than a 1 GB heap: issue 13.) The check
 * runs in a forked JVM, as only there is the heap small.
 */
class JsonLinesMemoryTest {

    static final int LINES = 150;

    @Test
    void linesJustUnderTheLimitAreReadInASmallHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx192m", "-XX:ActiveProcessorCount=8",
                "-cp", System.getProperty("java.class.path"), SmallHeapRead.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the forked JVM did not end");   // a hang guard only
        assertEquals(0, process.exitValue(), output);
        assertEquals("read " + 2 * LINES + " values, skipped 0", output.strip(), output);
    }

    /** The forked JVM's program: reads the lines two ways, and prints what it read. */
    public static final class SmallHeapRead {

        private SmallHeapRead() {
        }

        public static void main(String[] args) {
            String line = line();
            JsonLines lines = JsonLines.standard();
            SkippedLines skipped = new SkippedLines();
            long read = lines.read(repeated(line), ThreeHouses.class, skipped).count()
                    + lines.read(repeatedBytes(line), ThreeHouses.class, skipped).parallel().count();
            System.out.println("read " + read + " values, skipped " + skipped.count());
        }

        /** A valid line a few characters under the limit, of 'ł' (two bytes in a string, two in UTF-8). */
        static String line() {
            StringBuilder line = new StringBuilder("{\"childId\":\"c-1\",\"recordedOn\":\"2024-01-01\",\"worries\":[");
            String worry = "ł".repeat(SafeguardingJson.MAX_STRING_LENGTH - 10);
            for (int i = 0; i < 9; i++) {
                line.append(i == 0 ? "" : ",").append('"').append(worry).append('"');
            }
            line.append("]}");
            line.append(" ".repeat(SafeguardingJson.MAX_DOCUMENT_LENGTH - 10 - line.length()));
            return line.append('\n').toString();
        }

        /** {@value #LINES} times {@code line}, made as it is read: the file is never in memory. */
        static Reader repeated(String line) {
            return new Reader() {
                private long position;

                @Override
                public int read(char[] buffer, int offset, int length) {
                    long end = (long) LINES * line.length();
                    if (position == end) {
                        return -1;
                    }
                    int n = 0;
                    while (n < length && position < end) {
                        int at = (int) (position % line.length());
                        int count = (int) Math.min(Math.min(length - n, line.length() - at), end - position);
                        line.getChars(at, at + count, buffer, offset + n);
                        n += count;
                        position += count;
                    }
                    return n;
                }

                @Override
                public void close() {
                }
            };
        }

        /** As {@link #repeated}, as UTF-8 bytes. */
        static InputStream repeatedBytes(String line) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            return new InputStream() {
                private long position;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    long end = (long) LINES * bytes.length;
                    if (position == end) {
                        return -1;
                    }
                    int at = (int) (position % bytes.length);
                    int count = (int) Math.min(Math.min(length, bytes.length - at), end - position);
                    System.arraycopy(bytes, at, buffer, offset, count);
                    position += count;
                    return count;
                }
            };
        }
    }
}
