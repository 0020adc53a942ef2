package dev.safeguarding.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.safeguarding.architecture.ArchitectureRules;
import dev.safeguarding.model.GuidanceDocument;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model depends on nothing of ours, on no Jackson and no logging, and does no I/O; its packages have no
 * cycles (DESIGN.md, "Packages": one practice framework, one place).
 */
class ModelArchitectureTest {

    private static JavaClasses model;

    @BeforeAll
    static void importModel() {
        model = ArchitectureRules.productionClasses("dev.safeguarding.model");
    }

    @Test
    void theModelDependsOnNoOtherModuleOfTheLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.safeguarding.rules..",
                "dev.safeguarding.json..", "dev.safeguarding.examples..").check(model);
    }

    @Test
    void theModelUsesNoJacksonAndNoLogging() {
        ArchitectureRules.noJackson().check(model);
        ArchitectureRules.noLogging().check(model);
    }

    @Test
    void theModelDoesNoIoAndReadsNoClock() {
        ArchitectureRules.noFileSystemOrNetwork().check(model);
        ArchitectureRules.noClock().check(model);
    }

    @Test
    void theModelHasNoMutableStaticState() {
        ArchitectureRules.noMutableStaticState().check(model);
    }

    /**
     * One practice framework, one package, and no package cycles: a framework's records, constraints and checks
     * live together, so none of them reaches back into another framework that reaches into it. (The assessment
     * triangle's domains and dimensions are in {@code need}, the language in which the continuum places every
     * indicator of need; the assessment framework builds on them.)
     */
    @Test
    void theModelsPackagesHaveNoCycles() {
        slices().matching("dev.safeguarding.model.(*)..").should().beFreeOfCycles().check(model);
    }

    @Test
    void theModelDependsOnNothingOutsideTheJdkButTheOptionalValidationApi() {
        // Immutables' and JSpecify's annotations are compile-time only (requires static; never loaded at run time)
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.safeguarding.model..", "java..",
                "jakarta.validation..", "org.immutables.value..", "org.jspecify.annotations").check(model);
    }

    @Test
    void theValidationPackageIsMachineryThatKnowsNoFramework() {
        classes().that().resideInAPackage("dev.safeguarding.model.validation..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.safeguarding.model", "dev.safeguarding.model.validation..", "java..",
                        "jakarta.validation..", "org.jspecify.annotations").check(model);
    }

    @Test
    void theChecksBehindTheConstraintsArePackagePrivateBesideTheirRecords() {
        // a record's check() door and its constraints are the way in; the check itself is not API
        classes().that().haveSimpleNameEndingWith("Checks")
                .and().resideOutsideOfPackage("dev.safeguarding.model.internal")
                .should().notBePublic().check(model);
        noClasses().should().resideInAPackage("dev.safeguarding.model.internal.checks..").check(model);
    }

    /**
     * Every package the module exports is {@code @NullMarked} (JSpecify), so that Kotlin and static analysers
     * see the library's nullness; a package exported without it fails here.
     */
    @Test
    void everyExportedPackageIsNullMarked() {
        assertEquals(List.of(), ArchitectureRules.exportedPackagesNotNullMarked(GuidanceDocument.class));
    }

    /** The check above reads the module's exports and fails for a package without the annotation. */
    @Test
    void aPackageWithoutNullMarkedIsReported() {
        assertTrue(ArchitectureRules.exportedPackages(GuidanceDocument.class).contains("dev.safeguarding.model.need"));
        assertEquals(List.of("dev.safeguarding.testing"), ArchitectureRules.notNullMarked(
                List.of("dev.safeguarding.model.need", "dev.safeguarding.testing"), getClass().getClassLoader()));
    }
}
