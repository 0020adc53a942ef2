package dev.safeguarding.model.prebirth;

import dev.safeguarding.model.GuidanceDocument;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.validation.Breach;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a pre-birth assessment or a safeguarding birth plan lacks, by the Somerset multi-agency pre-birth
 * protocol: the one implementation behind the rules module's {@code PreBirth.check} and the Bean Validation
 * constraints of {@link PreBirthAssessment} and {@link SafeguardingBirthPlan} (group {@code Complete}). Every
 * breach cites "Extracts from Multi-Agency Pre-Birth Protocol".
 *
 * <p>How early an assessment should start or a plan be agreed is a partnership's own rule (the seed gives no
 * number of weeks), so nothing here depends on a date.
 */
final class PreBirthChecks {

    /** An assessment that has not addressed some of the protocol's tasks. */
    static final String TASKS_NOT_ADDRESSED = "prebirth.tasks-not-addressed";

    /** A completed assessment with no risks or vulnerabilities recorded. */
    static final String NO_RISKS_RECORDED = "prebirth.no-risks-recorded";

    /** A completed assessment with no level of need. */
    static final String NO_LEVEL_OF_NEED = "prebirth.no-level-of-need";

    /** A birth plan that lists no professionals. */
    static final String NO_CONTACTS = "prebirth.no-contacts";

    /** A birth plan that names no one to be notified of the birth. */
    static final String NO_ONE_TO_NOTIFY = "prebirth.no-one-to-notify";

    /** A birth plan with no agreed arrangements for discharge. */
    static final String NO_DISCHARGE_ARRANGEMENTS = "prebirth.no-discharge-arrangements";

    /** A birth plan not sent to a birthing unit. */
    static final String NOT_SENT_TO_BIRTHING_UNIT = "prebirth.not-sent-to-birthing-unit";

    /** A birth plan not sent to the Emergency Duty Team. */
    static final String NOT_SENT_TO_EDT = "prebirth.not-sent-to-edt";

    /** The pre-birth protocol, "Extracts from Multi-Agency Pre-Birth Protocol". */
    private static final SourcePassage PRE_BIRTH_PROTOCOL =
            GuidanceDocument.PRE_BIRTH_PROTOCOL_2016.passage("Extracts from Multi-Agency Pre-Birth Protocol");

    private PreBirthChecks() {
    }

    /**
     * What {@code assessment} lacks, in the rules module's order (tasks not addressed; for a completed
     * assessment, no risks, no level of need), all queries; empty when nothing.
     *
     * @throws NullPointerException if {@code assessment} is null
     */
    static List<Breach> assessment(PreBirthAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        List<Breach> breaches = new ArrayList<>();
        if (!assessment.tasksNotAddressed().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, TASKS_NOT_ADDRESSED,
                    "Tasks of the ante-natal period not addressed: " + assessment.tasksNotAddressed().stream()
                            .map(t -> String.valueOf(t.number())).collect(Collectors.joining(", ")) + " of "
                            + PreBirthTask.values().length + ".", PRE_BIRTH_PROTOCOL, "addressedTasks"));
        }
        if (assessment.completedOn().isPresent()) {
            if (assessment.risks().isEmpty()) {
                breaches.add(Breach.of(Severity.QUERY, NO_RISKS_RECORDED,
                        "A completed pre-birth assessment records no risks or vulnerabilities.",
                        PRE_BIRTH_PROTOCOL, "risks"));
            }
            if (assessment.levelOfNeed().isEmpty()) {
                breaches.add(Breach.of(Severity.QUERY, NO_LEVEL_OF_NEED,
                        "A completed pre-birth assessment records no level of need.", PRE_BIRTH_PROTOCOL,
                        "levelOfNeed"));
            }
        }
        return List.copyOf(breaches);
    }

    /**
     * What {@code plan} lacks, in the rules module's order: errors for no contacts, no one to notify and no
     * discharge arrangements; queries for not sent to a birthing unit or to the EDT. Empty when nothing.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    static List<Breach> birthPlan(SafeguardingBirthPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Breach> breaches = new ArrayList<>();
        if (plan.contacts().isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, NO_CONTACTS,
                    "The plan lists no professionals: it should include the contact names and numbers of the"
                            + " professionals involved.", PRE_BIRTH_PROTOCOL, "contacts"));
        }
        if (plan.notifiedOfBirth().isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, NO_ONE_TO_NOTIFY,
                    "The plan names no one to be notified of the birth of the baby.", PRE_BIRTH_PROTOCOL,
                    "contacts"));
        }
        if (plan.dischargeArrangements().isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, NO_DISCHARGE_ARRANGEMENTS,
                    "The plan records no agreed arrangements for discharge.", PRE_BIRTH_PROTOCOL,
                    "dischargeArrangements"));
        }
        if (!plan.wasSentTo(BirthPlanRecipient.BIRTHING_UNIT)) {
            breaches.add(Breach.of(Severity.QUERY, NOT_SENT_TO_BIRTHING_UNIT,
                    "The plan has not been sent to a birthing unit: it is disseminated to the agreed partners and"
                            + " birthing units.", PRE_BIRTH_PROTOCOL, "sentTo"));
        }
        if (!plan.wasSentTo(BirthPlanRecipient.EMERGENCY_DUTY_TEAM)) {
            breaches.add(Breach.of(Severity.QUERY, NOT_SENT_TO_EDT,
                    "The plan has not been sent to the Emergency Duty Team (EDT).", PRE_BIRTH_PROTOCOL,
                    "sentTo"));
        }
        return List.copyOf(breaches);
    }
}
