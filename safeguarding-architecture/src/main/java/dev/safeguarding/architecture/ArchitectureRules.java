package dev.safeguarding.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * The boundaries of DESIGN.md as ArchUnit rules, shared by every module's architecture test so that
 * each module states in a few lines which of them it keeps. Only the build needs them: every module uses
 * this at test scope, and it is never published (vendors' generators are in safeguarding-testing).
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The production classes (no tests) of the packages under {@code root}. */
    public static JavaClasses productionClasses(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
    }

    /** No class depends on the examples. */
    public static ArchRule nothingDependsOnExamples() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("dev.safeguarding.examples..")
                .because("examples are for people to read and run, never a dependency");
    }

    /** No class uses a logging framework: the library logs nothing, so it can leak nothing. */
    public static ArchRule noLogging() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..",
                        "org.apache.logging..", "org.apache.commons.logging..", "ch.qos.logback..")
                .orShould().accessClassesThat().belongToAnyOf(System.Logger.class)
                .because("personal data must never reach a log; the library reports through return values"
                        + " and exceptions");
    }

    /** No class uses Jackson (model and rules). */
    public static ArchRule noJackson() {
        return noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .because("only safeguarding-json knows the JSON format");
    }

    /** No class touches the file system or the network (bundled resources are read through the class loader). */
    public static ArchRule noFileSystemOrNetwork() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
                .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
                        java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class,
                        java.io.RandomAccessFile.class)
                .because("rules are pure: callers pass data, and the library reads only its own resources");
    }

    /** No class reads the clock: callers pass the dates. */
    public static ArchRule noClock() {
        return noClasses().should().dependOnClassesThat().belongToAnyOf(Clock.class)
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("rules are pure: \"as of\" dates are always the caller's");
    }

    /** Every static field is final: no mutable static state. */
    public static ArchRule noMutableStaticState() {
        return fields().that().areStatic().should().beFinal()
                .because("types are shared between threads; state lives in immutable values");
    }

    /**
     * The packages that the module holding {@code member} exports, as its compiled {@code module-info.class}
     * declares them (read from the folder or jar the class was loaded from, since tests run on the class path).
     */
    public static List<String> exportedPackages(Class<?> member) {
        try {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return exports(location.resolve("module-info.class"));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return exports(jar.getPath("module-info.class"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> exports(Path moduleInfo) throws IOException {
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            return ModuleDescriptor.read(in).exports().stream().map(ModuleDescriptor.Exports::source).sorted().toList();
        }
    }

    /**
     * Those of {@code packages} whose {@code package-info} does not carry JSpecify's {@link NullMarked}
     * (or that have no {@code package-info}), so that Kotlin and static analysers would not see the library's
     * nullness there. Empty when every one is marked.
     */
    public static List<String> notNullMarked(Collection<String> packages, ClassLoader loader) {
        return packages.stream().filter(name -> !isNullMarked(name, loader)).sorted().toList();
    }

    /** The packages exported by the module of {@code member} that are not {@link NullMarked}: see {@link #notNullMarked}. */
    public static List<String> exportedPackagesNotNullMarked(Class<?> member) {
        List<String> exported = exportedPackages(member);
        if (exported.isEmpty()) {
            throw new IllegalStateException("module of " + member.getName() + ": exports nothing, nothing to check");
        }
        return notNullMarked(exported, member.getClassLoader());
    }

    private static boolean isNullMarked(String packageName, ClassLoader loader) {
        try {
            return Class.forName(packageName + ".package-info", false, loader).isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
