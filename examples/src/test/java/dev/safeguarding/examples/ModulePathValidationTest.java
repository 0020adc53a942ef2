package dev.safeguarding.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation on the module path, as the README tells a vendor to run it: {@link ValidationExample}
 * started as a module ({@code java --module-path ... -m dev.safeguarding.examples/...}) with Hibernate
 * Validator and Expressly beside the library. On the module path nothing requires the Expression
 * Language modules (Hibernate Validator's {@code requires jakarta.el} is {@code static}, and Expressly is
 * an automatic module), so they are not resolved unless added: without
 * {@code --add-modules jakarta.el,org.glassfish.expressly} the default validator cannot be built.
 */
class ModulePathValidationTest {

    /** What only the tests have on their class path, left off the module path. */
    private static final List<String> TEST_ONLY = List.of("test-classes", "junit", "opentest4j", "apiguardian",
            "archunit", "slf4j", "jspecify");

    @Test
    void withTheExpressionLanguageModulesAddedTheExampleValidatesOnTheModulePath() throws Exception {
        Run run = run("--add-modules", "jakarta.el,org.glassfish.expressly");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("The draft, before it is shared (Complete): 3 finding(s)"), run.output());
        assertTrue(run.output().contains("[need.concern-recorded]"), run.output());
    }

    @Test
    void withoutThemTheDefaultValidatorCannotBeBuilt() throws Exception {
        Run run = run();
        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("HV000183"), run.output());   // Unable to initialize 'jakarta.el.ExpressionFactory'
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--module-path");
        command.add(modulePath());
        command.addAll(Arrays.asList(options));
        command.add("-m");
        command.add("dev.safeguarding.examples/" + ValidationExample.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the example did not end: " + output);
        }
        return new Run(process.exitValue(), output);
    }

    /** The examples' classes and their runtime dependencies: the test's class path less the test's own. */
    private static String modulePath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
