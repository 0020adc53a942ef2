package dev.safeguarding.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No file of the repository points a reader at notes a clone does not have: the project's working notes
 * and the guidance texts sit beside the checkout where the library was built, never in a clone. What a
 * reader needs from them is in {@code docs/} (sources, timescales, bank holidays, practice frameworks,
 * national data standards), and the README, the Javadoc and the comments cite that.
 *
 * <p>One use is allowed: a test that compares the library's wording with a guidance text finds the text
 * beside the checkout where there is one ({@code dir.resolve(...)}) and is skipped otherwise.
 */
class NoReferencesOutsideTheRepositoryTest {

    // built from pieces so that this file does not match itself
    private static final String SHARED = "shared";
    private static final Pattern OUTSIDE = Pattern.compile(
            Pattern.quote("../" + SHARED) + "|" + SHARED + "/(seeds|domain|tools|DESIGN)");
    private static final Pattern LOCATING_A_GUIDANCE_TEXT = Pattern.compile(
            "resolve\\(\"" + SHARED + "/seeds[\"/]");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".idea", "node_modules");

    @Test
    void noTextFileMentionsTheNotesBesideTheCheckout() throws IOException {
        Path root = Readme.root();
        List<String> found = new ArrayList<>();
        List<Path> files = textFiles(root);
        assertTrue(files.size() > 100 && files.contains(root.resolve("README.md")), "files not found: " + files.size());
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean testSource = root.relativize(file).toString().replace('\\', '/').contains("src/test/java/");
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (OUTSIDE.matcher(line).find() && !(testSource && LOCATING_A_GUIDANCE_TEXT.matcher(line).find())) {
                    found.add(root.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertTrue(found.isEmpty(), "cite docs/ instead of notes a clone does not have:\n" + String.join("\n", found));
    }

    /** Every file under the root that is text (UTF-8, no NUL), outside build output and version control. */
    private static List<Path> textFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile() && attributes.size() < 20_000_000 && isText(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static boolean isText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
