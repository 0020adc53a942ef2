package dev.safeguarding.json;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameContaining;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.safeguarding.model.GuidanceDocument;
import dev.safeguarding.architecture.ArchitectureRules;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules of the JSON module's shape: a small public API, no data binding magic, every model type covered. */
class ArchitectureTest {

    private static final JavaClasses JSON_MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.safeguarding.json");

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.safeguarding.model");

    /** The DfE CSC API payload types of the census module, whose JSON this module declares too. */
    private static final JavaClasses CSC_API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.safeguarding.census.cscapi");

    @Test
    void onlyTheFrontDoorsTheJacksonModuleAndTheirExceptionArePublicInTheFormatsPackage() {
        classes().that().arePublic().and().resideInAPackage("dev.safeguarding.json")
                .should().haveFullyQualifiedName(SafeguardingJson.class.getName())
                .orShould().haveFullyQualifiedName(SafeguardingModule.class.getName())
                .orShould().haveFullyQualifiedName(SafeguardingJsonException.class.getName())
                .orShould().haveFullyQualifiedName(GovUkBankHolidays.class.getName())
                .check(JSON_MODULE);
    }

    @Test
    void noAnnotationsAndNoPolymorphicTyping() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml.jackson.annotation..", "tools.jackson.databind.jsontype..",
                        "tools.jackson.databind.annotation..")
                .check(JSON_MODULE);
        noClasses().should().callMethodWhere(target(nameContaining("DefaultTyping")))
                .check(JSON_MODULE);
    }

    /**
     * Every public value type (an Immutables abstract class, recognised by its generated sibling) and
     * every public enum of the model has a format. A type added to the model without one fails here.
     * The working-day calendars are the exception: they are computed, never a document, and the JSON
     * they are read from is gov.uk's bank-holidays file ({@code GovUkBankHolidays}). The value types of the
     * DfE CSC API payload ({@code dev.safeguarding.census.cscapi}) have a format too, and nothing else has.
     */
    @Test
    void everyValueTypeAndEnumOfTheModelHasAFormat() {
        Set<String> modelTypes = Stream.concat(MODEL.stream(), CSC_API.stream())
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass())
                .filter(type -> !type.getPackageName().equals("dev.safeguarding.model.calendar"))
                .filter(type -> type.isEnum() || hasGeneratedImplementation(type))
                // the catalogue of the library's own document titles: a passage is written with its title as
                // text (SourcePassage.document), so the catalogue is never a value in a document
                .filter(type -> !type.isEquivalentTo(GuidanceDocument.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> formatTypes = Codecs.types().stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(modelTypes, formatTypes);
    }

    @Test
    void theJsonModuleLogsNothingAndDependsOnNoExample() {
        dev.safeguarding.architecture.ArchitectureRules.noLogging().check(JSON_MODULE);
        dev.safeguarding.architecture.ArchitectureRules.nothingDependsOnExamples().check(JSON_MODULE);
        dev.safeguarding.architecture.ArchitectureRules.noMutableStaticState().check(JSON_MODULE);
    }

    private static boolean hasGeneratedImplementation(JavaClass type) {
        String generated = type.getPackageName() + ".Immutable" + type.getSimpleName();
        return MODEL.contain(generated) || CSC_API.contain(generated);
    }

    /**
     * Every package the module exports is {@code @NullMarked} (JSpecify), so that Kotlin and static analysers
     * see the library's nullness; a package exported without it fails here.
     */
    @Test
    void everyExportedPackageIsNullMarked() {
        assertEquals(List.of(), ArchitectureRules.exportedPackagesNotNullMarked(SafeguardingJson.class));
    }
}
