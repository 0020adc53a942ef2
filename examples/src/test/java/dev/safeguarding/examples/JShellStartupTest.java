package dev.safeguarding.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code bash examples/jshell} opens: JShell (through its API, {@code jdk.jshell}) with the test class
 * path, JShell's DEFAULT imports and the startup script {@code examples/src/main/jshell/startup.jsh}. The
 * startup imports every package the published modules export (read from their module-info.java files, so
 * a new package fails here until it is imported), evaluates without an error, and leaves no simple name
 * ambiguous; the README's JShell session runs as pasted, and every README snippet compiles with the
 * startup's imports alone.
 */
class JShellStartupTest {

    private static final Path STARTUP = Readme.root().resolve("examples/src/main/jshell/startup.jsh");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+)\\.(\\*|\\w+)\\s*;", Pattern.MULTILINE);

    /** JShell's own DEFAULT startup, which examples/jshell loads before startup.jsh (the same since JDK 9). */
    private static final String DEFAULT_STARTUP = String.join("\n", "import java.io.*;", "import java.math.*;",
            "import java.net.*;", "import java.nio.file.*;", "import java.util.*;", "import java.util.concurrent.*;",
            "import java.util.function.*;", "import java.util.prefs.*;", "import java.util.regex.*;",
            "import java.util.stream.*;", "");

    /**
     * Published modules whose packages startup.jsh deliberately does not import, each with its reason:
     * safeguarding-spring-boot configures a Spring application and needs Spring, which the JShell class path
     * does not have.
     */
    private static final Set<String> NOT_IMPORTED = Set.of("safeguarding-spring-boot");

    /** One session for the class: opening JShell and evaluating the startup is the slow part. */
    private static JShell shell;
    private static List<String> startupProblems;

    @BeforeAll
    static void open() {
        shell = JShell.builder().executionEngine("local").build();
        for (String entry : classPath()) {
            shell.addToClasspath(entry);
        }
        startupProblems = evalAll(DEFAULT_STARTUP + read(STARTUP));
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    @Test
    void theStartupImportsEveryPackageThePublishedModulesExport() {
        Set<String> imported = new TreeSet<>();
        Matcher m = IMPORT.matcher(read(STARTUP));
        while (m.find()) {
            if (m.group(2).equals("*")) {
                imported.add(m.group(1));
            }
        }
        List<String> missing = new ArrayList<>();
        List<Path> modules = Readme.publishedModuleInfos();
        assertTrue(modules.size() >= 4, "published modules not found: " + modules);
        for (Path moduleInfo : modules) {
            if (NOT_IMPORTED.contains(Readme.root().relativize(moduleInfo).getName(0).toString())) {
                continue;
            }
            for (String pkg : Readme.exports(moduleInfo)) {
                if (!imported.contains(pkg)) {
                    missing.add("import " + pkg + ".*;   // " + Readme.root().relativize(moduleInfo));
                }
            }
        }
        assertTrue(missing.isEmpty(), "startup.jsh does not import (import the package there, with the module among"
                + " the examples' dependencies; or list the module in NOT_IMPORTED with its reason):\n"
                + String.join("\n", missing));
    }

    @Test
    void theStartupEvaluatesWithoutAnError() {
        assertTrue(startupProblems.isEmpty(), String.join("\n", startupProblems));
    }

    @Test
    void everyPublicTypeOfAnExportedPackageIsNamedUnambiguouslyAfterTheStartup() {
        assertTrue(startupProblems.isEmpty(), "startup.jsh has errors");
        // each simple name once: a name in two packages must resolve to the one startup.jsh chose
        TreeMap<String, String> names = new TreeMap<>();
        for (String type : exportedPublicTypes()) {
            names.putIfAbsent(type.substring(type.lastIndexOf('.') + 1), type);
        }
        assertTrue(names.size() > 100, "too few public types found: " + names.size());
        String array = names.keySet().stream().map(n -> n + ".class").collect(Collectors.joining(", "));
        List<String> problems = eval("Class<?>[] everyType = {" + array + "};", new ArrayList<>());
        assertTrue(problems.isEmpty(), "names that do not resolve after startup.jsh:\n" + String.join("\n", problems));
    }

    @Test
    void theReadmesJShellSessionRunsLineByLineAsPasted() {
        assertTrue(startupProblems.isEmpty(), "startup.jsh has errors");
        List<Readme.Block> sessions = Readme.blocks().stream().filter(b -> b.kind() == Readme.Kind.JSHELL).toList();
        assertEquals(1, sessions.size(), "the README's JShell section has one session");
        for (Readme.Block session : sessions) {
            List<String> problems = new ArrayList<>();
            List<String> values = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            for (int i = 0; i < session.body().size(); i++) {
                pending.append(session.body().get(i)).append('\n');
                SourceCodeAnalysis.CompletionInfo info =
                        shell.sourceCodeAnalysis().analyzeCompletion(pending.toString());
                if (info.completeness().isComplete()) {
                    for (String p : eval(info.source(), values)) {
                        problems.add("README.md:" + session.lineOf(i) + ": " + p);
                    }
                    pending.setLength(0);
                    pending.append(info.remaining());
                }
            }
            assertTrue(pending.toString().isBlank(), "incomplete input at the end: " + pending);
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertTrue(values.contains("ACUTE"), "g.level() is ACUTE: " + values);
        }
    }

    @Test
    void everyJavaSnippetOfTheReadmeCompilesInJShellWithTheStartupsImportsAlone() {
        assertTrue(startupProblems.isEmpty(), "startup.jsh has errors");
        List<String> problems = new ArrayList<>();
        for (Readme.Block block : Readme.blocks()) {
            if (block.kind() != Readme.Kind.JAVA) {
                continue;
            }
            // the block's own imports of the library are left out: the startup's must be enough; the others
            // (Jackson's JsonMapper, say) are the reader's own, as they would be in a session
            for (String line : block.imports()) {
                if (!line.startsWith("import dev.safeguarding.")) {
                    for (String p : eval(line, new ArrayList<>())) {
                        problems.add("README.md:" + block.firstLine() + " (" + block.section() + "): " + p);
                    }
                }
            }
            // a method is compiled, not run: the given values are its parameters
            String method = "void readme" + block.firstLine() + "(" + String.join(", ", block.given())
                    + ") throws Exception {\n" + block.bodyText() + "\n}";
            for (String p : eval(method, new ArrayList<>())) {
                problems.add("README.md:" + block.firstLine() + " (" + block.section() + "): " + p);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Evaluates each complete snippet of {@code text} in turn. */
    private static List<String> evalAll(String text) {
        List<String> problems = new ArrayList<>();
        String remaining = text;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                problems.add("incomplete: " + remaining.strip());
                break;
            }
            problems.addAll(eval(info.source(), new ArrayList<>()));
            remaining = info.remaining();
        }
        return problems;
    }

    /**
     * Evaluates one snippet, adding the value of an expression to {@code values}: a problem is a snippet
     * that is not valid (an error, or a name that does not resolve) or that throws.
     */
    private static List<String> eval(String source, List<String> values) {
        List<String> problems = new ArrayList<>();
        for (SnippetEvent e : shell.eval(source)) {
            if (e.causeSnippet() != null) {
                continue;
            }
            if (e.status() != Snippet.Status.VALID) {
                String diagnostics = shell.diagnostics(e.snippet()).map(d -> d.getMessage(null))
                        .collect(Collectors.joining("; "));
                String unresolved = e.snippet() instanceof DeclarationSnippet declaration
                        ? " unresolved: " + shell.unresolvedDependencies(declaration).toList() : "";
                problems.add(abbreviate(e.snippet().source()) + ": " + e.status() + " " + diagnostics + unresolved);
            } else if (e.exception() != null) {
                problems.add(abbreviate(e.snippet().source()) + " threw " + e.exception());
            } else if (e.value() != null) {
                values.add(e.value());
            }
        }
        return problems;
    }

    /** The public top-level types of every package the published modules export, from the test class path. */
    private static List<String> exportedPublicTypes() {
        Set<String> packages = Readme.publishedModuleInfos().stream().flatMap(m -> Readme.exports(m).stream())
                .collect(Collectors.toSet());
        List<String> types = new ArrayList<>();
        for (String entry : classPath()) {
            for (String name : classNames(Path.of(entry))) {
                String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
                if (packages.contains(pkg) && isPublic(name)) {
                    types.add(name);
                }
            }
        }
        return types;
    }

    private static boolean isPublic(String name) {
        try {
            ClassLoader loader = JShellStartupTest.class.getClassLoader();
            return Modifier.isPublic(Class.forName(name, false, loader).getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static List<String> classNames(Path entry) {
        List<String> files;
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    files = walk.map(p -> entry.relativize(p).toString().replace('\\', '/')).toList();
                }
            } else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    files = jar.stream().map(e -> e.getName()).toList();
                }
            } else {
                return List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream()
                .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("-info.class"))
                .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                .toList();
    }

    private static List<String> classPath() {
        return List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
    }

    private static String abbreviate(String source) {
        String s = source.strip();
        return s.length() <= 160 ? s : s.substring(0, 160) + " ...";
    }

    private static String read(Path file) {
        return String.join("\n", Readme.readLines(file));
    }
}
