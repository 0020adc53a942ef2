package dev.safeguarding.model.prebirth;

import dev.safeguarding.model.people.Agency;

/**
 * What practitioners and families do together in the ante-natal period, in the words and order of the
 * Somerset multi-agency pre-birth protocol: "The ante-natal period gives a window of opportunity for
 * practitioners and families to work together to; ...". A {@link PreBirthAssessment} records which it
 * addressed.
 *
 * <p>The protocol gives the aim of the assessment as ensuring "The risks and vulnerabilities are
 * identified as early as possible", "To take any action to protect the baby (and any other existing
 * siblings)" and "To support parents in caring for the baby safely".
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol".
 */
public enum PreBirthTask {

    /** Relationships with a focus on the unborn baby, including any siblings. */
    FORM_RELATIONSHIPS("Form relationships with a focus on the unborn baby but including any siblings."),

    /** Risks and vulnerabilities identified at the earliest stage. */
    IDENTIFY_RISKS("Identify risks and vulnerabilities at the earliest stage."),

    /** The impact of risk on the unborn baby understood when planning. */
    UNDERSTAND_IMPACT("Understand the impact of risk to the unborn baby when planning for their future."),

    /** Safety planning options explored and agreed. */
    SAFETY_PLANNING("Explore and agree safety planning options."),

    /** The family's ability to protect the baby assessed. */
    ABILITY_TO_PROTECT("Assess the family's ability to protect the baby."),

    /** Assessments or referrals needed (for example an Early Help Assessment) identified. */
    ASSESSMENTS_AND_REFERRALS("Once the baby is born, identify if any assessments or referrals are required"
            + " before birth (e.g. Early Help Assessment)."),

    /** Joint working with adult services that support a parent. */
    ADULT_SERVICES("Ensure effective communication, liaison and joint working with adult services that are"
            + " providing on-going care, treatment and support to a parent, plan on-going interventions and"
            + " support required for the child and parent(s).");

    private final String label;

    PreBirthTask(String label) {
        this.label = label;
    }

    /** The task as the protocol words it. */
    public String label() {
        return label;
    }

    /** The task's number in the protocol's list, from 1. */
    public int number() {
        return ordinal() + 1;
    }
}
