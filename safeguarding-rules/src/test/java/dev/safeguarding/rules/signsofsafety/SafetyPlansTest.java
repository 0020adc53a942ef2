package dev.safeguarding.rules.signsofsafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.signsofsafety.ByWhen;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.model.timescales.Timescales;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The status of a safety plan in the Somerset format ("Safety Goal", "What needs to happen now to keep
 * the child safe?", "Who will do this", "By when (enter timescales)", "Has this been achieved?"), counted
 * in working days. Somerset Safeguarding Children Board, Multi-Agency Practitioner Forum (July 2017),
 * "Format of Safety Plan".
 */
class SafetyPlansTest {

    static final String GOAL = "Monitoring of Baby's growth, development and well-being to be undertaken to promote"
            + " her healthy development.";
    static final String ACTION = "Mother to have contact with the HV on a regular basis to ensure appropriate"
            + " developmental checks are completed.";
    static final String CHECK = "6 month ages and stages developmental check (home visit)";

    private static final Contributor MOTHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
    private static final Contributor HEALTH_VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final Contributor SOCIAL_WORKER = Contributor.of(ContributorKind.PRACTITIONER, "sw-1");
    private static final WorkingCalendar CALENDAR = UkCalendars.englandAndWales();

    /** The Somerset seed's row: "Mother and HV", "13/06/2017 – 6 month ages and stages developmental check (home visit)". */
    private static SafetyPlanRow.Builder somersetRow() {
        return SafetyPlanRow.builder().safetyGoal(GOAL).whatNeedsToHappen(ACTION)
                .addOwners(MOTHER, HEALTH_VISITOR)
                .byWhen(ByWhen.on(LocalDate.of(2017, 6, 13), CHECK));
    }

    private static SafetyPlanRowStatus status(SafetyPlanRow row, LocalDate asOf) {
        return SafetyPlans.status(SafetyPlan.of("baby-1", List.of(row)), asOf, CALENDAR).rows().get(0);
    }

    @Test
    void theSomersetRowIsWordedAsTheSeedsRow() throws IOException {
        Optional<Path> seed = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && seed.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seeds/003_bc9be42821df7ebc.txt");
            seed = Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        assumeTrue(seed.isPresent(), "the guidance texts (docs/sources.md) are not beside this checkout");
        String row = Files.readAllLines(seed.get()).stream().filter(l -> l.startsWith("Monitoring of Baby")).findFirst()
                .orElseThrow();
        assertEquals(GOAL + "\t" + ACTION + "\tMother and HV\t13/06/2017 – " + CHECK + "\t", row);
    }

    @Test
    void theSomersetRowIsDueThenDueTodayThenOverdueInWorkingDays() {
        SafetyPlanRow row = somersetRow().build();
        SafetyPlanRowStatus monday = status(row, LocalDate.of(2017, 6, 12));
        assertEquals(SafetyPlanRowState.DUE, monday.state());
        assertEquals(1, monday.workingDaysLeft());
        assertEquals(0, monday.workingDaysOverdue());
        assertEquals(0, status(row, LocalDate.of(2017, 6, 13)).workingDaysLeft());
        assertEquals(SafetyPlanRowState.DUE, status(row, LocalDate.of(2017, 6, 13)).state());
        SafetyPlanRowStatus wednesday = status(row, LocalDate.of(2017, 6, 14));
        assertEquals(SafetyPlanRowState.OVERDUE, wednesday.state());
        assertEquals(1, wednesday.workingDaysOverdue());
        // 14, 15, 16, 19 and 20 June
        assertEquals(5, status(row, LocalDate.of(2017, 6, 20)).workingDaysOverdue());
        assertEquals(RowOwnership.SHARED, monday.ownership());
        assertEquals(LocalDate.of(2017, 6, 13), monday.dueDate());
    }

    /** "Has this been achieved?" */
    @Test
    void aRowIsAchievedFromTheDayItWasAchievedWithTheWorkingDaysItWasLate() {
        SafetyPlanRow onTime = somersetRow().achievedOn(LocalDate.of(2017, 6, 13)).build();
        assertEquals(SafetyPlanRowState.DUE, status(onTime, LocalDate.of(2017, 6, 12)).state());
        assertEquals(SafetyPlanRowState.ACHIEVED, status(onTime, LocalDate.of(2017, 6, 13)).state());
        assertEquals(Optional.of(0), status(onTime, LocalDate.of(2017, 6, 20)).workingDaysLate());
        SafetyPlanRow late = somersetRow().achievedOn(LocalDate.of(2017, 6, 15)).build();
        assertEquals(SafetyPlanRowState.OVERDUE, status(late, LocalDate.of(2017, 6, 14)).state());
        assertEquals(Optional.of(2), status(late, LocalDate.of(2017, 6, 20)).workingDaysLate());
        assertEquals(Optional.empty(), status(late, LocalDate.of(2017, 6, 14)).workingDaysLate());
    }

    @Test
    void aCouncilsClosureDayIsNotAWorkingDayOverdue() {
        WorkingCalendar closed = CALENDAR.withClosures(List.of(LocalDate.of(2017, 6, 16)));
        SafetyPlanStatus s = SafetyPlans.status(SafetyPlan.of("baby-1", List.of(somersetRow().build())),
                LocalDate.of(2017, 6, 20), closed);
        assertEquals(4, s.rows().get(0).workingDaysOverdue());
    }

    /**
     * NSCP 3.16: the joint supervision session "should be arranged within 15 working days" of the decision;
     * a decision on the Thursday before Easter 2026 counts from Tuesday 7 April (Good Friday and Easter
     * Monday are bank holidays) to Monday 27 April.
     */
    @Test
    void aRowByATimescaleIsDueOnTheTimescalesWorkingDay() {
        SafetyPlanRow row = SafetyPlanRow.builder().safetyGoal("Professionals agree how safe Baby is")
                .whatNeedsToHappen("Hold a joint agency group supervision session").addOwner(SOCIAL_WORKER)
                .byWhen(ByWhen.within(Timescales.byId("norfolk.joint-agency-group-supervision"), LocalDate.of(2026, 4, 2)))
                .build();
        SafetyPlanRowStatus s = status(row, LocalDate.of(2026, 4, 29));
        assertEquals(LocalDate.of(2026, 4, 27), s.dueDate());
        assertEquals(SafetyPlanRowState.OVERDUE, s.state());
        assertEquals(2, s.workingDaysOverdue());
        assertEquals(RowOwnership.PROFESSIONALS, s.ownership());
        assertEquals(LocalDate.of(2026, 4, 27), SafetyPlans.status(SafetyPlan.of("baby-1", List.of(row)),
                LocalDate.of(2026, 4, 29)).rows().get(0).dueDate());
    }

    /**
     * "Practitioners must be careful not to lose sight of the competency and engagement of the second
     * carer, particularly where they are being relied on to provide part of the safety plan."
     */
    @Test
    void thePlansProgressAndTheRowsOnTheNetworkAndOnProfessionals() {
        SafetyPlanRow shared = somersetRow().achievedOn(LocalDate.of(2017, 6, 13)).build();
        SafetyPlanRow network = SafetyPlanRow.builder().safetyGoal("Baby sees other children")
                .whatNeedsToHappen("Mum takes Baby to baby group twice a week").addOwner(MOTHER)
                .byWhen(ByWhen.on(LocalDate.of(2017, 7, 31))).build();
        SafetyPlanRow professional = SafetyPlanRow.builder().safetyGoal("Everyone knows the plan")
                .whatNeedsToHappen("Send the plan to the network").addOwner(SOCIAL_WORKER)
                .byWhen(ByWhen.on(LocalDate.of(2017, 6, 16))).build();
        SafetyPlanStatus s = SafetyPlans.status(SafetyPlan.of("baby-1", List.of(shared, network, professional)),
                LocalDate.of(2017, 6, 20), CALENDAR);
        assertEquals(1, s.achieved());
        assertEquals(1, s.due());
        assertEquals(1, s.overdue());
        assertEquals(2, s.networkRows());
        assertEquals(2, s.professionalRows());
        assertEquals(List.of(1), s.rows(RowOwnership.NETWORK).stream().map(SafetyPlanRowStatus::index).toList());
        assertEquals(List.of(2), s.rows(SafetyPlanRowState.OVERDUE).stream().map(SafetyPlanRowStatus::index).toList());
        assertEquals(1.0 / 3, s.progress(), 1e-12);
        assertFalse(s.isAchieved());
        assertEquals("SafetyPlanStatus{child baby-1 as of 2017-06-20: 1 of 3 achieved, 1 due, 1 overdue;"
                + " network rows 2, professional rows 2}", s.toString());
        assertEquals("row 2: Overdue by 2 working days (due 2017-06-16), professionals", s.rows().get(2).toString());
    }

    @Test
    void aPlanWithNoRowsHasNoProgressAndIsNotAchieved() {
        SafetyPlanStatus s = SafetyPlans.status(SafetyPlan.of("baby-1", List.of()), LocalDate.of(2017, 6, 20), CALENDAR);
        assertEquals(0, s.progress());
        assertFalse(s.isAchieved());
        assertTrue(SafetyPlans.status(SafetyPlan.of("baby-1", List.of(somersetRow()
                .achievedOn(LocalDate.of(2017, 6, 1)).build())), LocalDate.of(2017, 6, 20), CALENDAR).isAchieved());
    }
}
