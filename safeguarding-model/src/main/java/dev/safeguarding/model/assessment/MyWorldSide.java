package dev.safeguarding.model.assessment;

import dev.safeguarding.model.need.AssessmentDomain;

/**
 * The three sides of the 'My World' Assessment Triangle, "a tool used to support the holistic assessment
 * of a child's or young person's needs", in the child's own voice. Each side looks at the child's world
 * from the angle of one domain of the {@linkplain AssessmentDomain Assessment Triangle}, which "should be
 * seen as a starting point for all assessments". In the guidance's order.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle". The correspondence of sides and domains is the library's reading of the two diagrams.
 */
public enum MyWorldSide {

    /** "My wider world": family and environmental factors. */
    MY_WIDER_WORLD("My wider world", AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS),

    /** "What I need from people who look after me": parenting capacity. */
    WHAT_I_NEED_FROM_PEOPLE_WHO_LOOK_AFTER_ME("What I need from people who look after me",
            AssessmentDomain.PARENTING_CAPACITY),

    /** "How I grow and develop": the child's developmental needs. */
    HOW_I_GROW_AND_DEVELOP("How I grow and develop", AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS);

    private final String label;
    private final AssessmentDomain domain;

    MyWorldSide(String label, AssessmentDomain domain) {
        this.label = label;
        this.domain = domain;
    }

    /** The side's heading as the guidance words it. */
    public String label() {
        return label;
    }

    /** The domain of the Assessment Triangle that this side corresponds to. */
    public AssessmentDomain domain() {
        return domain;
    }
}
