package dev.safeguarding.rules.signsofsafety;

/**
 * Whom a row of a safety plan rests on: the family's network (the child, family members, friends), the
 * professionals, or both together (the Somerset example: "Mother and HV"). "Make sure you are clear
 * about who is owning the actions and that the family is getting the direction and leadership it
 * requires from the multi-agency partnership"; "Practitioners must be careful not to lose sight of the
 * competency and engagement of the second carer, particularly where they are being relied on to provide
 * part of the safety plan."
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework"; Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July
 * 2017), "Format of Safety Plan" and "Key Learning Points (cont)".
 */
public enum RowOwnership {

    /** Only the child, family or network members own the row. */
    NETWORK("Family and network"),

    /** Only practitioners own the row. */
    PROFESSIONALS("Professionals"),

    /** Both family or network members and practitioners own the row. */
    SHARED("Family, network and professionals together");

    private final String label;

    RowOwnership(String label) {
        this.label = label;
    }

    /** Whom the row rests on, in plain English. */
    public String label() {
        return label;
    }

    /** Whether the family's network owns the row, alone or with professionals. */
    public boolean includesNetwork() {
        return this != PROFESSIONALS;
    }

    /** Whether professionals own the row, alone or with the network. */
    public boolean includesProfessionals() {
        return this != NETWORK;
    }
}
