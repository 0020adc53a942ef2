package dev.safeguarding.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.safeguarding.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Spring Boot module may and may not do. */
class ArchitectureTest {

    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.safeguarding.spring");

    @Test
    void nothingIsLoggedABadRequestIsTheClientsAndMayHoldPersonalData() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.apache.commons.logging..",
                        "java.util.logging..", "org.apache.logging..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(System.Logger.class.getName())
                .check(MODULE);
    }

    @Test
    void everyExportedPackageIsNullMarked() {
        assertEquals(List.of(), ArchitectureRules.exportedPackagesNotNullMarked(SafeguardingProblems.class));
    }
}
