package dev.safeguarding.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.safeguarding.architecture.ArchitectureRules;
import dev.safeguarding.rules.need.ThresholdGuide;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules are pure functions over the model (DESIGN.md): no Jackson, no file system or network, no clock,
 * no logging, no mutable static state, no dependency on the JSON module or the examples, and no package
 * cycles.
 */
class RulesArchitectureTest {

    private static JavaClasses rules;

    @BeforeAll
    static void importRules() {
        rules = ArchitectureRules.productionClasses("dev.safeguarding.rules");
    }

    @Test
    void rulesDependOnTheModelOnlyAmongTheLibrarysModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.safeguarding.json..",
                "dev.safeguarding.examples..").check(rules);
    }

    @Test
    void rulesUseNoJacksonAndNoLogging() {
        ArchitectureRules.noJackson().check(rules);
        ArchitectureRules.noLogging().check(rules);
    }

    @Test
    void rulesTouchNoFileSystemNetworkOrClock() {
        ArchitectureRules.noFileSystemOrNetwork().check(rules);
        ArchitectureRules.noClock().check(rules);
    }

    @Test
    void rulesHaveNoMutableStaticState() {
        ArchitectureRules.noMutableStaticState().check(rules);
    }

    @Test
    void rulesPackagesHaveNoCycles() {
        slices().matching("dev.safeguarding.rules.(*)..").should().beFreeOfCycles().check(rules);
    }

    /**
     * Every package the module exports is {@code @NullMarked} (JSpecify), so that Kotlin and static analysers
     * see the library's nullness; a package exported without it fails here.
     */
    @Test
    void everyExportedPackageIsNullMarked() {
        assertEquals(List.of(), ArchitectureRules.exportedPackagesNotNullMarked(ThresholdGuide.class));
    }
}
