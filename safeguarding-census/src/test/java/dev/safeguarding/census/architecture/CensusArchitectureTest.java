package dev.safeguarding.census.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.safeguarding.architecture.ArchitectureRules;
import dev.safeguarding.census.CensusChild;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The census module's boundaries (DESIGN.md, "safeguarding-census ... JDK only beyond our modules"): it
 * depends on nothing but the JDK, the model and the rules (the working-day calendar, the timescales and the
 * caseload analytics), never on the network or the clock, logs nothing
 * and keeps no mutable static state; its packages have no cycles.
 */
class CensusArchitectureTest {

    private static JavaClasses census;

    @BeforeAll
    static void importCensus() {
        census = ArchitectureRules.productionClasses("dev.safeguarding.census");
    }

    @Test
    void censusDependsOnTheJdkTheModelAndTheRulesOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..",
                "dev.safeguarding.census..", "dev.safeguarding.model", "dev.safeguarding.model.*",
                "dev.safeguarding.rules.*", "org.immutables.value..", "org.jspecify.annotations")
                .because("the census module is JDK only beyond the library's own model and rules")
                .check(census);
    }

    @Test
    void censusNeverTouchesTheNetworkOrTheClock() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.net..").check(census);
        ArchitectureRules.noClock().check(census);
    }

    @Test
    void censusUsesNoJacksonAndLogsNothing() {
        ArchitectureRules.noJackson().check(census);
        ArchitectureRules.noLogging().check(census);
    }

    @Test
    void censusHasNoMutableStaticState() {
        ArchitectureRules.noMutableStaticState().check(census);
    }

    @Test
    void censusPackagesHaveNoCycles() {
        slices().matching("dev.safeguarding.(**)").should().beFreeOfCycles().check(census);
    }

    @Test
    void censusNeverUsesTheModelsInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.safeguarding.model.internal..")
                .check(census);
    }

    /**
     * Every package the module exports is {@code @NullMarked} (JSpecify), so that Kotlin and static analysers
     * see the library's nullness; a package exported without it fails here.
     */
    @Test
    void everyExportedPackageIsNullMarked() {
        assertEquals(List.of(), ArchitectureRules.exportedPackagesNotNullMarked(CensusChild.class));
    }
}
