package dev.safeguarding.model.people;

/**
 * The kinds of agency that work together around a child. The Norfolk framework names the "core
 * agencies" (police, health, the local authority) and the partners located in the MASH; education,
 * the voluntary and community sector and adult services are the other partners the guidance names.
 * A vendor's agency that fits none of these is {@link #OTHER}, with its own name on the {@link Agency}.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>; NSCP,
 * <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Multi-Agency Safeguarding Hub
 * (MASH)", "Pathways to Support and Early Help" and "Whole Family Working".
 */
public enum AgencyType {

    /** The police. */
    POLICE("Police"),

    /** Health: the 0-19 Healthy Child Programme, midwifery, GPs, acute and mental health trusts. */
    HEALTH("Health"),

    /** The local authority, including children's services (CADS, Family Support, FAST). */
    LOCAL_AUTHORITY("Local authority"),

    /** Schools, nurseries and other education settings. */
    EDUCATION("Education"),

    /** Voluntary and community organisations. */
    VOLUNTARY_SECTOR("Voluntary and community sector"),

    /** Adult services ("if you work primarily with adults, you should still consider the safeguarding needs of children"). */
    ADULT_SERVICES("Adult services"),

    /** Any other agency; its {@link Agency#name()} says which. */
    OTHER("Other");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }
}
