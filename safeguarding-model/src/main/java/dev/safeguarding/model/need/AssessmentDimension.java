package dev.safeguarding.model.need;

/**
 * The twenty dimensions of the Assessment Triangle, each within one of its three
 * {@linkplain AssessmentDomain domains}, in the guidance's order and with its wording.
 *
 * <p>"The framework will enable professionals to assess need and use the three domains – child's
 * developmental needs, parental / family factors and family and environmental factors – in order to form
 * a judgement regarding appropriate intervention to meet the child's needs."
 *
 * <p>The dimensions of {@link AssessmentDomain#PARENTING_CAPACITY} are assessed for each parent or carer:
 * "Assessing parenting capacity should include the capacity of all parents of the child"
 * (see {@link dev.safeguarding.model.assessment.ParentingCapacity}).
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle" ("Assessment Framework").
 */
public enum AssessmentDimension {

    /** "Health" (child's developmental needs). */
    HEALTH("Health", AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS),

    /** "Education" (child's developmental needs). */
    EDUCATION("Education", AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS),

    /** "Emotional and Behavioural Development" (child's developmental needs). */
    EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT("Emotional and Behavioural Development",
            AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS),

    /** "Identity" (child's developmental needs). */
    IDENTITY("Identity", AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS),

    /** "Family and Social Relationships" (child's developmental needs). */
    FAMILY_AND_SOCIAL_RELATIONSHIPS("Family and Social Relationships", AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS),

    /** "Social Presentation" (child's developmental needs). */
    SOCIAL_PRESENTATION("Social Presentation", AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS),

    /** "Selfcare Skills" (child's developmental needs). */
    SELFCARE_SKILLS("Selfcare Skills", AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS),

    /** "Basic Care" (parenting capacity). */
    BASIC_CARE("Basic Care", AssessmentDomain.PARENTING_CAPACITY),

    /** "Ensuring Safety" (parenting capacity). */
    ENSURING_SAFETY("Ensuring Safety", AssessmentDomain.PARENTING_CAPACITY),

    /** "Emotional Warmth" (parenting capacity). */
    EMOTIONAL_WARMTH("Emotional Warmth", AssessmentDomain.PARENTING_CAPACITY),

    /** "Stimulation" (parenting capacity). */
    STIMULATION("Stimulation", AssessmentDomain.PARENTING_CAPACITY),

    /** "Guidance and Boundaries" (parenting capacity). */
    GUIDANCE_AND_BOUNDARIES("Guidance and Boundaries", AssessmentDomain.PARENTING_CAPACITY),

    /** "Stability" (parenting capacity). */
    STABILITY("Stability", AssessmentDomain.PARENTING_CAPACITY),

    /** "Family History and Functioning" (family and environmental factors). */
    FAMILY_HISTORY_AND_FUNCTIONING("Family History and Functioning", AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS),

    /** "Wider Family" (family and environmental factors). */
    WIDER_FAMILY("Wider Family", AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS),

    /** "Housing" (family and environmental factors). */
    HOUSING("Housing", AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS),

    /** "Employment" (family and environmental factors). */
    EMPLOYMENT("Employment", AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS),

    /** "Income" (family and environmental factors). */
    INCOME("Income", AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS),

    /** "Families Social Integration" (family and environmental factors; the guidance's wording, sic). */
    FAMILYS_SOCIAL_INTEGRATION("Families Social Integration", AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS),

    /** "Community Resources" (family and environmental factors). */
    COMMUNITY_RESOURCES("Community Resources", AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS);

    private final String label;
    private final AssessmentDomain domain;

    AssessmentDimension(String label, AssessmentDomain domain) {
        this.label = label;
        this.domain = domain;
    }

    /** The dimension as the guidance words it, for example "Emotional and Behavioural Development". */
    public String label() {
        return label;
    }

    /** The domain of the triangle the dimension sits in. */
    public AssessmentDomain domain() {
        return domain;
    }

    /** Whether the dimension is one of parenting capacity, assessed for each parent or carer. */
    public boolean isParentingCapacity() {
        return domain == AssessmentDomain.PARENTING_CAPACITY;
    }
}
