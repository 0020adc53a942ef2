package dev.safeguarding.model.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.safeguarding.architecture.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calendars sit beneath the timescales (DESIGN.md: {@code timescales} over {@code calendar}): a
 * timescale counts on a calendar's {@link WorkingDays}, and no calendar knows of timescales. Both are
 * computed, never read: no stream, file or network, not even a bundled resource. The model's own rules
 * (no clock, no Jackson, no logging) are {@code ModelArchitectureTest}'s.
 */
class CalendarLayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses("dev.safeguarding.model");
    }

    @Test
    void theCalendarsDoNotKnowTheTimescales() {
        noClasses().that().resideInAPackage("dev.safeguarding.model.calendar..")
                .should().dependOnClassesThat().resideInAPackage("dev.safeguarding.model.timescales..")
                .because("timescales are counted on calendars, never the other way round")
                .check(classes);
    }

    @Test
    void calendarsAndTimescalesAreComputedNotRead() {
        noClasses().that()
                .resideInAnyPackage("dev.safeguarding.model.calendar..", "dev.safeguarding.model.timescales..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("the calendars are computed from rules, not read from files or the network")
                .check(classes);
    }
}
