package dev.safeguarding.rules.multiagency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.multiagency.PlanningMeeting;
import dev.safeguarding.testing.MultiagencyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 2: "If parents do
 * not want professionals included in the meeting this should be recorded in the minutes and participants of the
 * group should consider this as a safeguarding concern and agree a plan to manage non engagement and review
 * thresholds."
 */
class PlanningMeetingsTest {

    private static PlanningMeeting.Builder meeting() {
        return PlanningMeeting.builder().id("pm-1").addChildIds("c-1").heldOn(LocalDate.of(2026, 2, 3));
    }

    @Test
    void parentsExcludingAProfessionalIsASafeguardingConcernTheGroupMustActOn() {
        PlanningMeeting excluded = meeting().addProfessionalsExcludedByFamily("hv-1").build();
        List<Finding> findings = PlanningMeetings.check(excluded);
        assertEquals(List.of(PlanningMeetings.EXCLUSION_NOT_MINUTED, PlanningMeetings.EXCLUSION_NOT_ACTED_ON,
                PlanningMeetings.EXCLUSION_NOT_ACTED_ON, PlanningMeetings.EXCLUSION_NOT_ACTED_ON,
                PlanningMeetings.EXCLUDED_VIEWS_NOT_REPRESENTED), findings.stream().map(Finding::code).toList());
        assertEquals(List.of("exclusionMinuted", "exclusionTreatedAsSafeguardingConcern", "nonEngagementPlanAgreed",
                "thresholdsReviewed", "excludedProfessionalsViewsRepresented"),
                findings.stream().map(Finding::path).toList());
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.QUERY),
                findings.stream().map(Finding::severity).toList());
        assertEquals("2. Joint Assessments and everyday collaborative working",
                findings.get(0).source().orElseThrow().section());

        PlanningMeeting actedOn = PlanningMeeting.builder().from(excluded).exclusionMinuted(true)
                .exclusionTreatedAsSafeguardingConcern(true).nonEngagementPlanAgreed(true).thresholdsReviewed(true)
                .excludedProfessionalsViewsRepresented(true).build();
        assertEquals(List.of(), PlanningMeetings.check(actedOn));
    }

    @Test
    void eachStepNotRecordedIsOneFindingAndAMeetingWithNoExclusionHasNone() {
        assertEquals(List.of(), PlanningMeetings.check(meeting().build()));
        Property.forAll(MultiagencyGen.planningMeetings(), m -> {
            List<Finding> findings = PlanningMeetings.check(m);
            long stepsMissing = List.of(m.exclusionMinuted(), m.exclusionTreatedAsSafeguardingConcern(),
                    m.nonEngagementPlanAgreed(), m.thresholdsReviewed()).stream().filter(done -> !done).count();
            long errors = findings.stream().filter(Finding::isError).count();
            assertEquals(m.isProfessionalsExcluded() ? stepsMissing : 0, errors);
            assertEquals(m.isProfessionalsExcluded() && !m.excludedProfessionalsViewsRepresented() ? 1 : 0,
                    findings.size() - errors);
        });
    }
}
