package dev.safeguarding.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's module descriptor lets a vendor's validator read its constraints on the module path. The
 * build runs tests on the class path, so this test starts a JVM of its own with the compiled model
 * ({@code target/classes}, with its {@code module-info.class}), Jakarta Validation, Hibernate Validator and
 * their dependencies as named modules, and the check program ({@link ModulePathCheck}, with a vendor's form
 * holding a {@code @ScalingScore} field) on the class path.
 * The model opens no package: Hibernate Validator reads the class-level constraints of exported types
 * and makes their public validators, which call the public accessors.
 */
class ModulePathTest {

    private static final List<String> MODULE_JARS = List.of("jakarta.validation-api", "hibernate-validator",
            "jboss-logging", "classmate", "expressly", "jakarta.el-api");

    @Test
    void hibernateValidatorValidatesTheModelAsNamedModules(@TempDir Path checkClasses)
            throws IOException, InterruptedException {
        Path model = Paths.get("target", "classes").toAbsolutePath();
        assertTrue(Files.exists(model.resolve("module-info.class")), "the model is compiled as a module");
        List<String> modulePath = new ArrayList<>();
        modulePath.add(model.toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String file = Paths.get(entry).getFileName().toString();
            if (MODULE_JARS.stream().anyMatch(jar -> file.startsWith(jar + "-") && file.endsWith(".jar"))) {
                modulePath.add(entry);
            }
        }
        assertEquals(MODULE_JARS.size() + 1, modulePath.size(), "jars found: " + modulePath);
        // only the check program on the class path: none of the tests' other classes
        Path compiled = Paths.get("target", "test-classes", "dev", "safeguarding", "modulepath");
        Path target = Files.createDirectories(checkClasses.resolve("dev/safeguarding/modulepath"));
        for (String check : List.of("ModulePathCheck.class", "ModulePathCheck$ScalingForm.class")) {
            Files.copy(compiled.resolve(check), target.resolve(check));
        }

        Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "ALL-MODULE-PATH",
                "-cp", checkClasses.toString(),
                ModulePathCheck.class.getName())
                .redirectErrorStream(true).start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the check did not finish");

        assertEquals(0, process.exitValue(), output);
        List<String> lines = output.lines().filter(l -> !l.contains("HV000001") && !l.startsWith("INFO")
                && !l.matches("^[A-Z][a-z]{2} \\d+, \\d{4} .*")).collect(Collectors.toList());
        assertEquals(List.of(
                "model module: dev.safeguarding.model",
                "validator module: org.hibernate.validator",
                "draft findings: 0",
                "QUERY need.child-named at child/name",
                "QUERY sharing.consent-considered at consent",
                "ERROR need.concern-recorded at indicators",
                "assessment draft findings: 0",
                "assessment findings before it is complete: 17",
                "map findings before it is complete: 5",
                "birth plan findings before it is complete: 5",
                "ERROR signsofsafety.scaling-score at score"), lines, output);
    }
}
