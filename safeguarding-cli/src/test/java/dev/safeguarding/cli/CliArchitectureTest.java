package dev.safeguarding.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command line's boundaries: it reads and writes census files through the census module, and only its entry
 * point ends the JVM, so that every command runs in-process (the tests, a data team's own Java).
 */
class CliArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.safeguarding.cli");

    @Test
    void onlyTheEntryPointExits() {
        noClasses().that().doNotHaveSimpleName("Main").should().callMethod(System.class, "exit", int.class)
                .check(CLI);
    }

    @Test
    void censusXmlIsReadAndWrittenByTheCensusModuleOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.w3c..", "org.xml..")
                .check(CLI);
    }

    @Test
    void theCommandLineNeverTouchesTheNetwork() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.net..").check(CLI);
    }
}
