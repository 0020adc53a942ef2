package dev.safeguarding.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README compiles as shown, with the imports its section gives once, so the
 * README cannot rot: each section becomes a class with those imports, and each of its blocks a method
 * whose parameters are the values the block's {@code <!-- given: ... -->} comment names (see
 * {@link Readme}). A compiler error is reported at its README line.
 */
class ReadmeSnippetsCompileTest {

    @Test
    void everyJavaSnippetOfTheReadmeCompilesWithItsSectionsImports(@TempDir Path classes) throws IOException {
        Map<String, List<Readme.Block>> sections = new LinkedHashMap<>();
        for (Readme.Block block : Readme.blocks()) {
            if (block.kind() == Readme.Kind.JAVA) {
                sections.computeIfAbsent(block.section(), s -> new ArrayList<>()).add(block);
            }
        }
        assertTrue(sections.size() >= 10, "the README's Java snippets were not found: " + sections.keySet());

        List<Unit> units = new ArrayList<>();
        int n = 0;
        for (var section : sections.entrySet()) {
            units.add(new Unit("Section" + n++, section.getKey(), section.getValue()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-proc:none", "-Xlint:none", "-Xmaxerrs", "10000", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"));
        StringWriter out = new StringWriter();
        boolean compiled = javac.getTask(out, null, diagnostics, options, null, units).call();

        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> ((Unit) d.getSource()).describe(d))
                .collect(Collectors.toList());
        assertTrue(errors.isEmpty() && compiled, "README snippets that do not compile:\n" + String.join("\n", errors)
                + out);
    }

    @Test
    void eachSectionGivesAnImportOnce() {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (Readme.Block block : Readme.blocks()) {
            Set<String> imports = seen.computeIfAbsent(block.section(), s -> new LinkedHashSet<>());
            for (String i : block.imports()) {
                if (!imports.add(i)) {
                    repeated.add(block.section() + ", README.md:" + block.firstLine() + ": " + i);
                }
            }
        }
        assertTrue(repeated.isEmpty(), "imports repeated within a section:\n" + String.join("\n", repeated));
        assertFalse(seen.isEmpty());
    }

    /** One section as a compilation unit, remembering which generated line is which README line. */
    private static final class Unit extends SimpleJavaFileObject {
        private final String section;
        private final List<Integer> readmeLines = new ArrayList<>();
        private final StringBuilder source = new StringBuilder();

        Unit(String className, String section, List<Readme.Block> blocks) {
            super(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE);
            this.section = section;
            for (Readme.Block block : blocks) {
                for (int i = 0; i < block.imports().size(); i++) {
                    line(block.imports().get(i), block.firstLine() + i);
                }
            }
            line("@SuppressWarnings(\"all\") class " + className + " {", 0);
            int m = 0;
            for (Readme.Block block : blocks) {
                line("void block" + m++ + "(" + String.join(", ", block.given()) + ") throws Exception {",
                        block.firstLine() - 1);
                for (int i = 0; i < block.body().size(); i++) {
                    line(block.body().get(i), block.lineOf(i));
                }
                line("}", 0);
            }
            line("}", 0);
        }

        private void line(String text, int readmeLine) {
            source.append(text).append('\n');
            readmeLines.add(readmeLine);
        }

        String describe(Diagnostic<? extends JavaFileObject> d) {
            long line = d.getLineNumber();
            int readme = line >= 1 && line <= readmeLines.size() ? readmeLines.get((int) line - 1) : 0;
            return "README.md:" + readme + " (" + section + "): " + d.getMessage(null).replace("\n", " ");
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }
}
