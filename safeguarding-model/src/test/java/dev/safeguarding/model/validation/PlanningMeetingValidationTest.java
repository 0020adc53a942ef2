package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.PlanningMeeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A planning meeting from which the parents excluded professionals, as a record with two stages. NSCP 3.15,
 * <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 2: "Where meetings are arranged
 * to support planning for children, all professionals directly involved with the child should be invited, unless
 * the child or family feel they do not want them to attend. Where this happens, it should not stop the lead from
 * talking to those professionals to ensure their views can be represented. If parents do not want professionals
 * included in the meeting this should be recorded in the minutes and participants of the group should consider
 * this as a safeguarding concern and agree a plan to manage non engagement and review thresholds."
 */
class PlanningMeetingValidationTest {

    private static final SourcePassage SECTION_2 = SourcePassage.of(
            "NSCP 3.15, Framework to Support Multi-agency Working Together in Norfolk",
            "2. Joint Assessments and everyday collaborative working");

    private static PlanningMeeting.Builder meeting() {
        return PlanningMeeting.builder().id("pm-1").addChildIds("c-1").heldOn(LocalDate.of(2026, 2, 3));
    }

    private static List<String> complete(PlanningMeeting meeting) {
        return Findings.check(Validators.DEFAULT, meeting, Complete.class).stream()
                .map(f -> f.severity() + " " + f.code() + " at " + f.path()).sorted().toList();
    }

    @Test
    void parentsExcludingProfessionalsIsASafeguardingConcernToMinuteAndActOn() {
        PlanningMeeting excluded = meeting().addProfessionalsExcludedByFamily("school-nurse-1").build();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, excluded), "recorded as it happened");
        assertEquals(List.of(
                "ERROR multiagency.planning-exclusion-not-acted-on at exclusionTreatedAsSafeguardingConcern",
                "ERROR multiagency.planning-exclusion-not-acted-on at nonEngagementPlanAgreed",
                "ERROR multiagency.planning-exclusion-not-acted-on at thresholdsReviewed",
                "ERROR multiagency.planning-exclusion-not-minuted at exclusionMinuted",
                "QUERY multiagency.planning-excluded-views-not-represented at excludedProfessionalsViewsRepresented"),
                complete(excluded));
        for (Finding finding : Findings.check(Validators.DEFAULT, excluded, Complete.class)) {
            assertEquals(SECTION_2, finding.source().orElseThrow());
        }

        PlanningMeeting actedOn = PlanningMeeting.builder().from(excluded).exclusionMinuted(true)
                .exclusionTreatedAsSafeguardingConcern(true).nonEngagementPlanAgreed(true).thresholdsReviewed(true)
                .excludedProfessionalsViewsRepresented(true).build();
        assertEquals(List.of(), complete(actedOn));
        assertEquals(List.of(), complete(meeting().build()), "no one excluded: nothing to act on");
    }

    @Test
    void aProfessionalExcludedTwiceOrABlankIdentifierIsRejectedNamingTheField() {
        assertEquals("professionalsExcludedByFamily", field(() -> meeting()
                .addProfessionalsExcludedByFamily("hv-1", "hv-1").build()));
        assertEquals("professionalsExcludedByFamily", field(() -> meeting()
                .addProfessionalsExcludedByFamily(" ").build()));
    }

    private static String field(Executable build) {
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, build).field();
    }
}
