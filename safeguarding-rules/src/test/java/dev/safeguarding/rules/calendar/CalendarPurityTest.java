package dev.safeguarding.rules.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calendar and timescale packages of the rules module are pure: no clock, no file system, no
 * network, no Jackson, and no dependency from the calendars on the timescales (the timescales count on
 * the model's {@code WorkingDays}, which the calendars implement).
 */
class CalendarPurityTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.safeguarding.rules.calendar", "dev.safeguarding.rules.timescales");
    }

    @Test
    void noClockAndNoToday() {
        ArchRule rule = noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", Clock.class)
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .because("callers pass dates: the rules never read the clock");
        rule.check(classes);
    }

    @Test
    void noInputOrOutput() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("the calendars are computed from rules, not read from files or the network")
                .check(classes);
    }

    @Test
    void noJackson() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void theCalendarsDoNotKnowTheTimescales() {
        noClasses().that().resideInAPackage("dev.safeguarding.rules.calendar..")
                .should().dependOnClassesThat().resideInAPackage("dev.safeguarding.rules.timescales..")
                .check(classes);
    }
}
