package dev.safeguarding.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

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
}
