package dev.safeguarding.model.prebirth;

import dev.safeguarding.model.people.Agency;

/**
 * Who a safeguarding birth plan is sent to: "This is disseminated to the agreed partners and birthing
 * units", "Disseminated to relevant professionals including Emergency Duty Team (EDT)".
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol".
 */
public enum BirthPlanRecipient {

    /** A birthing unit: "disseminated to the agreed partners and birthing units". */
    BIRTHING_UNIT("Birthing unit"),

    /** The out-of-hours Emergency Duty Team: "Disseminated to relevant professionals including Emergency Duty Team (EDT)". */
    EMERGENCY_DUTY_TEAM("Emergency Duty Team (EDT)"),

    /** Another of "the agreed partners": a relevant professional or their agency. */
    AGREED_PARTNER("Agreed partner");

    private final String label;

    BirthPlanRecipient(String label) {
        this.label = label;
    }

    /** A short label for display, in the protocol's words. */
    public String label() {
        return label;
    }
}
