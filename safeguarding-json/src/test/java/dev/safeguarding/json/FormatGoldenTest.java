package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.safeguarding.testing.Gen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The written JSON of seeded generated values of every value type and of every enum constant, byte for
 * byte, against a file kept in the repository ({@code src/test/resources/golden/format-1.jsonl}, one
 * line per value: the type's simple name, a tab, the compact JSON). A change to this file is a change of
 * the published format: within format version 1 only additions are allowed (see
 * {@link SafeguardingJson#FORMAT_VERSION}), and each needs a CHANGELOG entry.
 *
 * <p>After a deliberate change (a new type, a new optional property), rewrite the file with
 * {@code -Dsafeguarding.golden.update=true} and review its diff.
 */
class FormatGoldenTest {

    private static final Path FILE = Path.of("src/test/resources/golden/format-1.jsonl");
    private static final int VALUES_PER_TYPE = 5;
    private static final long SEED = 20_261_203L;

    @Test
    void everyTypeIsWrittenExactlyAsTheGoldenFileRecords() throws IOException {
        String written = String.join("\n", lines()) + "\n";
        if (Boolean.getBoolean("safeguarding.golden.update")) {
            Files.writeString(FILE, written, StandardCharsets.UTF_8);
        }
        try (InputStream golden = FormatGoldenTest.class.getResourceAsStream("/golden/format-1.jsonl")) {
            assertNotNull(golden, "no golden file; run with -Dsafeguarding.golden.update=true");
            List<String> expected = new String(golden.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String> actual = written.lines().toList();
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
            }
            assertEquals(expected.size(), actual.size(), "lines");
        }
    }

    /** Every enum constant, then {@value #VALUES_PER_TYPE} values of each value type, each type from its own seed. */
    private static List<String> lines() {
        SafeguardingJson json = SafeguardingJson.standard();
        List<String> lines = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>(Codecs.types());
        types.sort(Comparator.comparing(Class::getSimpleName));   // by simple name: a package move changes nothing
        for (Class<?> type : types) {
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    lines.add(type.getSimpleName() + "\t" + json.write(constant));
                }
            }
        }
        for (Class<?> type : types) {
            if (!type.isEnum()) {
                Gen<?> values = CscApiGen.of(type).orElseThrow(() -> new AssertionError("no generator for " + type));
                SplittableRandom random = new SplittableRandom(SEED + type.getSimpleName().hashCode());
                for (int i = 0; i < VALUES_PER_TYPE; i++) {
                    lines.add(type.getSimpleName() + "\t" + json.write(values.generate(random)));
                }
            }
        }
        return lines;
    }
}
