package dev.safeguarding.rules.prebirth;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.prebirth.PreBirthAssessment;
import dev.safeguarding.model.prebirth.SafeguardingBirthPlan;
import java.util.List;
import java.util.Objects;

/**
 * The Somerset multi-agency pre-birth protocol as rules: what a pre-birth assessment or a safeguarding
 * birth plan lacks.
 *
 * <table>
 *   <caption>Findings</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code prebirth.tasks-not-addressed}</td><td>QUERY</td><td>an assessment has not addressed some
 *       of the protocol's tasks for the ante-natal period (the message lists their numbers)</td></tr>
 *   <tr><td>{@code prebirth.no-risks-recorded}</td><td>QUERY</td><td>a completed assessment records no risks
 *       or vulnerabilities ("The risks and vulnerabilities are identified as early as possible")</td></tr>
 *   <tr><td>{@code prebirth.no-level-of-need}</td><td>QUERY</td><td>a completed assessment records no level
 *       of need</td></tr>
 *   <tr><td>{@code prebirth.no-contacts}</td><td>ERROR</td><td>a birth plan lists no professionals ("Should
 *       include contact names and numbers of professionals involved")</td></tr>
 *   <tr><td>{@code prebirth.no-one-to-notify}</td><td>ERROR</td><td>no one is to be notified of the birth
 *       ("including who should be notified of the birth of the baby")</td></tr>
 *   <tr><td>{@code prebirth.no-discharge-arrangements}</td><td>ERROR</td><td>no discharge arrangements
 *       ("and agreed arrangements for discharge")</td></tr>
 *   <tr><td>{@code prebirth.not-sent-to-birthing-unit}</td><td>QUERY</td><td>not sent to a birthing unit
 *       ("This is disseminated to the agreed partners and birthing units")</td></tr>
 *   <tr><td>{@code prebirth.not-sent-to-edt}</td><td>QUERY</td><td>not sent to the Emergency Duty Team
 *       ("Disseminated to relevant professionals including Emergency Duty Team (EDT)")</td></tr>
 * </table>
 *
 * <p>How early an assessment should start or a plan be agreed is set by each partnership's procedures (the
 * seed gives no number of weeks); {@link PreBirthAssessment#weeksBeforeDelivery()} says how early one
 * started, for a partnership's own rule.
 *
 * <p>Bean Validation reports the same findings, with the same codes, severities, paths and sources, as the
 * {@code Complete} constraints of {@code PreBirthAssessment} and {@code SafeguardingBirthPlan}: both run one
 * check, in the model.
 *
 * <p>Pure functions; the class has no state.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol".
 */
public final class PreBirth {

    private PreBirth() {
    }

    /**
     * What {@code assessment} lacks (see the class description); empty when nothing.
     *
     * @throws NullPointerException if {@code assessment} is null
     */
    public static List<Finding> check(PreBirthAssessment assessment) {
        return Objects.requireNonNull(assessment, "assessment").check();
    }

    /**
     * What {@code plan} lacks (see the class description); empty when nothing.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    public static List<Finding> check(SafeguardingBirthPlan plan) {
        return Objects.requireNonNull(plan, "plan").check();
    }
}
