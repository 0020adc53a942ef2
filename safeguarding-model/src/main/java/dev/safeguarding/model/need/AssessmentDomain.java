package dev.safeguarding.model.need;

import java.util.Arrays;
import java.util.List;

/**
 * The three domains of the Assessment Triangle, "a well-established framework as set out in
 * <i>Working Together</i>", used "in order to form a judgement regarding appropriate intervention to
 * meet the child's needs".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle". The twenty dimensions within the domains are {@link AssessmentDimension}s.
 */
public enum AssessmentDomain {

    /** Health, education, emotional and behavioural development, identity, relationships, presentation, selfcare. */
    CHILDS_DEVELOPMENTAL_NEEDS("Child's Developmental Needs"),

    /** Basic care, ensuring safety, emotional warmth, stimulation, guidance and boundaries, stability. */
    PARENTING_CAPACITY("Parenting Capacity"),

    /** Family history and functioning, wider family, housing, employment, income, social integration, community resources. */
    FAMILY_AND_ENVIRONMENTAL_FACTORS("Family and Environmental Factors");

    private final String label;

    AssessmentDomain(String label) {
        this.label = label;
    }

    /** The domain's heading as the guidance writes it. */
    public String label() {
        return label;
    }

    /** The dimensions of this domain, in the guidance's order. */
    public List<AssessmentDimension> dimensions() {
        return Arrays.stream(AssessmentDimension.values()).filter(d -> d.domain() == this).toList();
    }
}
