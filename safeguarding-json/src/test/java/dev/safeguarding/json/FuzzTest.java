package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.safeguarding.json.lines.JsonLines;
import dev.safeguarding.json.lines.JsonLinesException;
import dev.safeguarding.json.lines.SkippedLines;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer, reading as an attacker and a careless exporter write: for every type of the
 * format, a generated value is written, its text mutated (tokens deleted, duplicated and swapped; types
 * changed; numbers out of range; impossible dates; unknown enum constants; deep nesting; huge strings; lone
 * surrogates; control characters and personal data in keys and values), and read back by the standard and
 * the lenient reader. Every read gives a valid value (one that writes and reads back equal) or throws a
 * {@link SafeguardingJsonException}, never anything else and never hanging, and its message and path hold
 * no control character and none of the personal data planted. The mutated documents of each run are read
 * as JSON Lines too, from bytes, with blank lines, CRLF endings and bytes that are not UTF-8 mixed in:
 * exactly the lines that fail alone, and those with a bad byte, are skipped, by their line numbers.
 *
 * <p>A failure prints its seed ({@link Property}). {@code mvn verify} runs a short fuzz of
 * {@value #DEFAULT_ITERATIONS} documents; a long one is
 * {@code mvn -pl safeguarding-json -am verify -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsafeguarding.fuzz.iterations=1000000}, with {@code -Dsafeguarding.seed=...} to repeat a run.
 */
class FuzzTest {

    /** The system property that sets the number of documents fuzzed. */
    static final String ITERATIONS_PROPERTY = "safeguarding.fuzz.iterations";

    static final int DEFAULT_ITERATIONS = 1000;

    /** Personal data planted in names and values: never in a message. */
    private static final String PLANTED = "Zebedee Quartermain";

    /** How long one read may take before the run counts as hung: a guard against hangs, not a measure of speed. */
    private static final long HANG_SECONDS = 60;

    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\]:,]");
    private static final Pattern DATE = Pattern.compile("\"\\d{4}-\\d{2}-\\d{2}\"");
    private static final Pattern CONSTANT = Pattern.compile("\"[A-Z][A-Z0-9_]*\"");

    private static ExecutorService reader;

    @BeforeAll
    static void startReader() {
        reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stopReader() {
        reader.shutdownNow();
    }

    /** One fuzzed document: the type to read it as, and the mutations made, for the report of a failure. */
    record Case(Class<?> type, String text, List<String> mutations) {
        @Override
        public String toString() {
            // never the text itself: it may be a megabyte long
            return type.getSimpleName() + " mutated by " + mutations + " (" + text.length() + " characters)";
        }
    }

    @Test
    void everyMutatedDocumentOfEveryTypeReadsAsAValidValueOrASafeError() {
        List<Class<?>> types = Codecs.types().stream().sorted(Comparator.comparing(Class::getName)).toList();
        List<String> missing = types.stream().filter(type -> CscApiGen.of(type).isEmpty()).map(Class::getName)
                .toList();
        assertEquals(List.of(), missing, "types of the format without a generator");

        int iterations = Integer.getInteger(ITERATIONS_PROPERTY, DEFAULT_ITERATIONS);
        Gen<Case> cases = random -> mutated(types.get(random.nextInt(types.size())), random);
        List<Case> batch = new ArrayList<>();
        List<Boolean> accepted = new ArrayList<>();
        Property.forAll(iterations, cases, fuzzed -> {
            boolean ok = readsSafely(SafeguardingJson.standard(), fuzzed);
            readsSafely(SafeguardingJson.lenient(), fuzzed);
            String text = fuzzed.text();
            boolean oneLine = text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
            if (oneLine && StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
                batch.add(fuzzed);
                accepted.add(ok);
            }
            if (batch.size() == 100) {
                readAsJsonLines(batch, accepted);
                batch.clear();
                accepted.clear();
            }
        });
    }

    /** Reads {@code fuzzed}: true for a valid value, false for a safe error; fails on anything else. */
    private static boolean readsSafely(SafeguardingJson json, Case fuzzed) {
        Future<Object> read = reader.submit(() -> json.read(fuzzed.text(), fuzzed.type()));
        Object value;
        try {
            value = read.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            return fail(json + " hung reading " + fuzzed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SafeguardingJsonException error) {
                isSafe(error.getMessage(), error.path(), Docs.logged(error));
                return false;
            }
            throw new AssertionError(json + " threw " + e.getCause().getClass().getName() + " for " + fuzzed,
                    e.getCause());
        }
        assertNotNull(value);
        String again = SafeguardingJson.standard().write(value);
        assertEquals(value, SafeguardingJson.standard().read(again, fuzzed.type()), "an accepted value round-trips");
        return true;
    }

    private static void isSafe(String message, String path, String logged) {
        assertFalse(message.chars().anyMatch(Character::isISOControl), () -> "control character in " + message);
        assertFalse(path.chars().anyMatch(Character::isISOControl), () -> "control character in " + path);
        String lower = logged.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("zebedee") || lower.contains("quartermain"), () -> "planted data in " + logged);
    }

    /**
     * The documents of one type as a JSON Lines file of bytes, with blank lines, CRLF endings and, in some
     * lines, a byte that is not UTF-8 mixed in: exactly the lines the standard reader refused alone, and the
     * lines with a bad byte, are skipped, by their line numbers, and every other document is a value.
     */
    private static void readAsJsonLines(List<Case> batch, List<Boolean> accepted) {
        Class<?> type = batch.get(0).type();
        SplittableRandom random = new SplittableRandom(batch.get(0).text().hashCode());   // from the seeded case
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<Long> bad = new ArrayList<>();
        long expected = 0;
        long number = 0;
        for (int i = 0; i < batch.size(); i++) {
            Case fuzzed = batch.get(i);
            if (fuzzed.type() != type || fuzzed.text().isBlank()) {
                continue;
            }
            if (random.nextInt(10) == 0) {
                file.writeBytes(random.nextBoolean() ? "\n".getBytes(StandardCharsets.UTF_8)
                        : " \t\r\n".getBytes(StandardCharsets.UTF_8));
                number++;
            }
            byte[] line = fuzzed.text().getBytes(StandardCharsets.UTF_8);
            number++;
            if (random.nextInt(7) == 0) {
                int at = random.nextInt(line.length + 1);
                file.write(line, 0, at);
                file.write(0xFF);
                file.write(line, at, line.length - at);
                bad.add(number);
            } else {
                file.writeBytes(line);
                if (accepted.get(i)) {
                    expected++;
                } else {
                    bad.add(number);
                }
            }
            file.writeBytes((random.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
        }
        SkippedLines skipped = new SkippedLines();
        long read = JsonLines.standard().read(new ByteArrayInputStream(file.toByteArray()), type, skipped).count();
        assertEquals(expected, read);
        assertEquals(bad, skipped.lineNumbers());
        assertEquals(bad.size(), skipped.count());
        for (JsonLinesException line : skipped.examples()) {
            isSafe(line.getMessage(), line.path(), Docs.logged(line));
        }
    }

    // ------------------------------------------------------------------ mutations

    private static Case mutated(Class<?> type, SplittableRandom random) {
        Object value = CscApiGen.of(type).orElseThrow().generate(random);
        String text = random.nextInt(4) == 0 ? SafeguardingJson.standard().writePretty(value)
                : SafeguardingJson.standard().write(value);
        List<String> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            mutations.add(mutation.name());
            text = mutation.apply(text, random);
        }
        return new Case(type, text, mutations);
    }

    /** The tokens of {@code text}: start and end of each. */
    private static List<int[]> tokens(String text, Pattern pattern) {
        List<int[]> tokens = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            tokens.add(new int[] {matcher.start(), matcher.end()});
        }
        return tokens;
    }

    /** {@code text} with one token matching {@code pattern} (chosen at random) replaced by {@code by} of it. */
    private static String replaceOne(String text, Pattern pattern, SplittableRandom random,
            UnaryOperator<String> by) {
        List<int[]> tokens = tokens(text, pattern);
        if (tokens.isEmpty()) {
            return text;
        }
        int[] token = tokens.get(random.nextInt(tokens.size()));
        return text.substring(0, token[0]) + by.apply(text.substring(token[0], token[1])) + text.substring(token[1]);
    }

    private static String pick(SplittableRandom random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A string token with {@code insert} put somewhere inside its quotes. */
    private static String insertInString(String token, String insert, SplittableRandom random) {
        if (!token.startsWith("\"") || token.length() < 2) {
            return "\"" + insert + "\"";
        }
        int at = 1 + random.nextInt(token.length() - 1);
        while (at > 1 && token.charAt(at - 1) == '\\') {
            at--;   // never split an escape
        }
        return token.substring(0, at) + insert + token.substring(at);
    }

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"");
    private static final Pattern VALUE = Pattern.compile(
            "\"(?:[^\"\\\\]++|\\\\.)*+\"(?!\\s*:)|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern OBJECT_START = Pattern.compile("\\{");

    enum Mutation {
        DELETE_TOKEN {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, TOKEN, random, token -> "");
            }
        },
        DUPLICATE_TOKEN {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, TOKEN, random, token -> token + token);
            }
        },
        SWAP_TOKENS {
            @Override
            String apply(String text, SplittableRandom random) {
                List<int[]> tokens = tokens(text, TOKEN);
                if (tokens.size() < 2) {
                    return text;
                }
                int i = random.nextInt(tokens.size());
                int j = random.nextInt(tokens.size());
                int[] a = tokens.get(Math.min(i, j));
                int[] b = tokens.get(Math.max(i, j));
                if (a == b) {
                    return text;
                }
                return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                        + text.substring(a[0], a[1]) + text.substring(b[1]);
            }
        },
        CHANGE_TYPE {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, VALUE, random,
                        token -> pick(random, "{}", "[]", "null", "true", "0", "-1", "1.5", "\"x\"", "[null]",
                                "{\"\":1}"));
            }
        },
        NUMBER_OUT_OF_RANGE {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, NUMBER, random, token -> pick(random, "2147483648", "-2147483649",
                        "99999999999999999999", "1e10", "1E-400", "-0", "1" + "0".repeat(200)));
            }
        },
        IMPOSSIBLE_DATE {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, DATE, random, token -> pick(random, "\"2023-02-30\"", "\"2023-13-01\"",
                        "\"0000-00-00\"", "\"+999999999-12-31\"", "\"2023-2-3\"", "\"1 June 2015\"",
                        "\"2015-06-01T00:00\""));
            }
        },
        UNKNOWN_CONSTANT {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, CONSTANT, random, token -> random.nextBoolean()
                        ? token.toLowerCase(Locale.ROOT) : "\"ZEBEDEE_QUARTERMAIN\"");
            }
        },
        DEEP_NESTING {
            @Override
            String apply(String text, SplittableRandom random) {
                int depth = 30 + random.nextInt(200);
                boolean closed = random.nextBoolean();
                return replaceOne(text, VALUE, random, token -> "[".repeat(depth) + (closed ? "]".repeat(depth) : ""));
            }
        },
        HUGE_STRING {
            @Override
            String apply(String text, SplittableRandom random) {
                int length = pick(random, "within", "over").equals("within") ? SafeguardingJson.MAX_STRING_LENGTH - 30
                        : SafeguardingJson.MAX_STRING_LENGTH + 1 + random.nextInt(1000);
                String huge = (PLANTED + " ").repeat(length / (PLANTED.length() + 1) + 1).substring(0, length);
                return replaceOne(text, STRING, random, token -> "\"" + huge + "\"");
            }
        },
        LONE_SURROGATE {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, STRING, random, token -> insertInString(token,
                        pick(random, "\\ud800", "\\udfff", "\ud800", "\udc00", "\\ude00\\ud83d"), random));
            }
        },
        CONTROL_CHARACTER {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, STRING, random, token -> insertInString(token,
                        pick(random, "\n", "\r\n", "\u0000", "\u001b[2J", "\\n" + PLANTED, "\\u0007", "\u0085", "\t"),
                        random));
            }
        },
        HOSTILE_PROPERTY {
            @Override
            String apply(String text, SplittableRandom random) {
                String name = pick(random, PLANTED, PLANTED + "\\nFAKE LOG LINE", "\\u001b[31m" + PLANTED,
                        PLANTED.replace(' ', '/') + "~", "");
                return replaceOne(text, OBJECT_START, random, brace -> "{\"" + name + "\":"
                        + pick(random, "1", "\"" + PLANTED + "\"", "[{}]", "null") + ",");
            }
        },
        PLANTED_VALUE {
            @Override
            String apply(String text, SplittableRandom random) {
                return replaceOne(text, STRING, random, token -> "\"" + PLANTED + "\"");
            }
        };

        abstract String apply(String text, SplittableRandom random);
    }
}
