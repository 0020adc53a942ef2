package dev.safeguarding.rules.multiagency;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.multiagency.PlanningMeeting;
import java.util.List;
import java.util.Objects;

/**
 * The multi-agency framework's rules for a meeting arranged to support planning for a child, from which the
 * parents or family excluded professionals: "If parents do not want professionals included in the meeting this
 * should be recorded in the minutes and participants of the group should consider this as a safeguarding concern
 * and agree a plan to manage non engagement and review thresholds."
 *
 * <pre>{@code
 * List<Finding> findings = PlanningMeetings.check(meeting);
 * }</pre>
 *
 * <p>The findings, in this order, each with code, path and source (NSCP 3.15, section 2), and none when no
 * professional was excluded:
 * <table>
 *   <caption>Findings</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@value #EXCLUSION_NOT_MINUTED}</td><td>ERROR</td><td>the exclusion is not recorded in the
 *       minutes (at {@code exclusionMinuted})</td></tr>
 *   <tr><td>{@value #EXCLUSION_NOT_ACTED_ON}</td><td>ERROR</td><td>one for each of: not considered as a
 *       safeguarding concern ({@code exclusionTreatedAsSafeguardingConcern}), no plan to manage non engagement
 *       ({@code nonEngagementPlanAgreed}), thresholds not reviewed ({@code thresholdsReviewed})</td></tr>
 *   <tr><td>{@value #EXCLUDED_VIEWS_NOT_REPRESENTED}</td><td>QUERY</td><td>nothing recorded of the excluded
 *       professionals' views ("it should not stop the lead from talking to those professionals to ensure their
 *       views can be represented")</td></tr>
 * </table>
 * The same rules are the Bean Validation constraints of {@code PlanningMeeting} (group {@code Complete}), with
 * the same codes and paths: one check, in the model, serves both.
 *
 * <p>A pure function; the class holds no state.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, "2. Joint
 * Assessments and everyday collaborative working".
 */
public final class PlanningMeetings {

    /** The code of the finding that the exclusion is not recorded in the minutes. */
    public static final String EXCLUSION_NOT_MINUTED = "multiagency.planning-exclusion-not-minuted";

    /** The code of the findings that the exclusion was not treated as a safeguarding concern and acted on. */
    public static final String EXCLUSION_NOT_ACTED_ON = "multiagency.planning-exclusion-not-acted-on";

    /** The code of the finding that the excluded professionals' views are not represented. */
    public static final String EXCLUDED_VIEWS_NOT_REPRESENTED =
            "multiagency.planning-excluded-views-not-represented";

    private PlanningMeetings() {
    }

    /**
     * What the record of {@code meeting} lacks, as findings in the order listed above; empty when no professional
     * was excluded or the group did all the framework asks.
     *
     * @throws NullPointerException if {@code meeting} is null
     */
    public static List<Finding> check(PlanningMeeting meeting) {
        return Objects.requireNonNull(meeting, "meeting").check();
    }
}
