package dev.safeguarding.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository as the tests of the README see it: its root, the {@code README.md}'s Java snippets by
 * section, and the packages the published modules export.
 *
 * <p>A {@code ```java} block of the README is compiled (and evaluated in JShell) with the imports of its
 * section, which are the {@code import} lines at the head of the section's blocks, given once. An HTML
 * comment on the line before a block says what the block needs and does not show:
 * {@code <!-- given: Assessment assessment; LocalDate date -->} declares the values it works on;
 * {@code <!-- jshell -->} marks a block that is JShell input (expressions without semicolons), evaluated
 * line by line as pasted and never compiled as Java; {@code <!-- fragment -->} marks a block that is
 * neither (used sparingly, with a reason in the README's text).
 */
final class Readme {

    private static final Pattern MARKER = Pattern.compile("<!--\\s*(given:|jshell|fragment)(.*?)-->");
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private Readme() {
    }

    /** What kind of input a block is. */
    enum Kind {
        /** Java statements, compiled in a method of a class with the section's imports. */
        JAVA,
        /** JShell input, evaluated line by line as pasted. */
        JSHELL,
        /** Neither: not checked. */
        FRAGMENT
    }

    /**
     * One {@code ```java} block.
     *
     * @param section the heading of the section it is in
     * @param firstLine the README line number of its first line of code
     * @param kind what kind of input it is
     * @param imports its own {@code import} lines
     * @param given the declarations of the values it works on, from its {@code given:} comment
     * @param body its lines after the imports
     */
    record Block(String section, int firstLine, Kind kind, List<String> imports, List<String> given,
            List<String> body) {

        /** The README line number of body line {@code i}. */
        int lineOf(int i) {
            return firstLine + imports.size() + i;
        }

        String bodyText() {
            return String.join("\n", body);
        }
    }

    /** The repository's root directory (the parent of the examples module). */
    static Path root() {
        Path here = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + here);
    }

    /** Every {@code ```java} block of the README, in order. */
    static List<Block> blocks() {
        List<String> lines = readLines(root().resolve("README.md"));
        List<Block> blocks = new ArrayList<>();
        String section = "(top)";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            } else if (line.startsWith("```")) {
                boolean java = line.trim().equals("```java");
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                if (java) {
                    blocks.add(block(section, marker(lines, i), lines.subList(start, end), start + 1));
                }
                i = end;
            }
        }
        return blocks;
    }

    private static String marker(List<String> lines, int fence) {
        for (int j = fence - 1; j >= 0; j--) {
            String previous = lines.get(j).trim();
            if (!previous.isEmpty()) {
                return previous;
            }
        }
        return "";
    }

    private static Block block(String section, String marker, List<String> code, int firstLine) {
        Kind kind = Kind.JAVA;
        List<String> given = List.of();
        Matcher m = MARKER.matcher(marker);
        if (m.matches()) {
            switch (m.group(1)) {
                case "jshell":
                    kind = Kind.JSHELL;
                    break;
                case "fragment":
                    kind = Kind.FRAGMENT;
                    break;
                default:
                    given = Arrays.stream(m.group(2).split(";")).map(String::trim).filter(s -> !s.isEmpty())
                            .toList();
            }
        }
        int n = 0;
        while (n < code.size() && code.get(n).startsWith("import ")) {
            n++;
        }
        return new Block(section, firstLine, kind, List.copyOf(code.subList(0, n)), given,
                List.copyOf(code.subList(n, code.size())));
    }

    /**
     * The module-info.java of every published module: each {@code safeguarding-*} module that has one and
     * whose pom does not skip deployment (the benchmarks and the examples do).
     */
    static List<Path> publishedModuleInfos() {
        try (var dirs = Files.list(root())) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("safeguarding-"))
                    .filter(d -> Files.isRegularFile(d.resolve("pom.xml")) && !String.join("\n",
                            readLines(d.resolve("pom.xml"))).contains("<maven.deploy.skip>true</maven.deploy.skip>"))
                    .map(d -> d.resolve("src/main/java/module-info.java"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packages a module-info.java exports. */
    static List<String> exports(Path moduleInfo) {
        String text = String.join("\n", readLines(moduleInfo)).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> packages = new ArrayList<>();
        Matcher m = EXPORTS.matcher(text);
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
