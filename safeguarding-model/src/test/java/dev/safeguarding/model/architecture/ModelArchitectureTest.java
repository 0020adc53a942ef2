package dev.safeguarding.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.safeguarding.testing.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model depends on nothing of ours, on no Jackson and no logging, and does no I/O (DESIGN.md). */
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
}
