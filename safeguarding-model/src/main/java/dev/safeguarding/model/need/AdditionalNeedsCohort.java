package dev.safeguarding.model.need;

/**
 * Cohorts of children with specific needs who "may require statutory intervention and / or may be
 * eligible for additional support and / or entitled to an assessment".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Consideration
 * of Additional Needs".
 */
public enum AdditionalNeedsCohort {

    /** Children who are privately fostered. */
    PRIVATELY_FOSTERED("Children who are privately fostered",
            "Refer to the government guidance on Private Arrangements for Fostering (Children's Act 2005)."),

    /** Children with long lasting and substantial disabilities. */
    CHILDREN_WITH_DISABILITIES("Children with disabilities",
            "Children who have long lasting and substantial disabilities which limits their ability to be"
                    + " independent in the future and those that have or are at risk of experiencing"
                    + " sustained periods of neglect in their life; see the CWD threshold."),

    /** Young carers. */
    YOUNG_CARERS("Young carers",
            "Young carers, who may be at risk of undertaking excessive and inappropriate care, are offered"
                    + " an assessment of their needs by the local authority.");

    private final String label;
    private final String description;

    AdditionalNeedsCohort(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The cohort's name. */
    public String label() {
        return label;
    }

    /** What the guidance says of the cohort. */
    public String description() {
        return description;
    }
}
