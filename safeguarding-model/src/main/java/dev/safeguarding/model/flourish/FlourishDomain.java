package dev.safeguarding.model.flourish;

import static dev.safeguarding.model.need.AssessmentDimension.BASIC_CARE;
import static dev.safeguarding.model.need.AssessmentDimension.COMMUNITY_RESOURCES;
import static dev.safeguarding.model.need.AssessmentDimension.EDUCATION;
import static dev.safeguarding.model.need.AssessmentDimension.EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT;
import static dev.safeguarding.model.need.AssessmentDimension.EMOTIONAL_WARMTH;
import static dev.safeguarding.model.need.AssessmentDimension.EMPLOYMENT;
import static dev.safeguarding.model.need.AssessmentDimension.ENSURING_SAFETY;
import static dev.safeguarding.model.need.AssessmentDimension.FAMILYS_SOCIAL_INTEGRATION;
import static dev.safeguarding.model.need.AssessmentDimension.FAMILY_AND_SOCIAL_RELATIONSHIPS;
import static dev.safeguarding.model.need.AssessmentDimension.FAMILY_HISTORY_AND_FUNCTIONING;
import static dev.safeguarding.model.need.AssessmentDimension.GUIDANCE_AND_BOUNDARIES;
import static dev.safeguarding.model.need.AssessmentDimension.HEALTH;
import static dev.safeguarding.model.need.AssessmentDimension.HOUSING;
import static dev.safeguarding.model.need.AssessmentDimension.IDENTITY;
import static dev.safeguarding.model.need.AssessmentDimension.INCOME;
import static dev.safeguarding.model.need.AssessmentDimension.SELFCARE_SKILLS;
import static dev.safeguarding.model.need.AssessmentDimension.SOCIAL_PRESENTATION;
import static dev.safeguarding.model.need.AssessmentDimension.STABILITY;
import static dev.safeguarding.model.need.AssessmentDimension.STIMULATION;
import static dev.safeguarding.model.need.AssessmentDimension.WIDER_FAMILY;

import dev.safeguarding.model.need.AssessmentDimension;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The eight domains of the Flourish Framework, which supports Norfolk's vision that "all children, young
 * people and their families have the right to be healthy, happy and safe; to be loved, valued and
 * respected; and to have high aspirations for their future", each with its outcome statement, in the
 * guidance's order and with its wording. "Flourish is a useful way to think about continuum of needs and
 * frame thinking around what children want and need to get the best possible outcomes."
 *
 * <h2>The mapping to the Assessment Triangle (the library's reading)</h2>
 * The guidance does not relate Flourish to the Assessment Triangle. To build a Flourish view of an
 * assessment, the library reads each domain's outcome statement as covering the dimensions listed on its
 * constant ({@link #dimensions()}), chosen so that every domain covers at least one dimension and every
 * one of the twenty dimensions falls in at least one domain. {@link #UNDERSTOOD} ("feel listened to,
 * understood and part of decision-making processes") has no dimension of its own on the triangle: the
 * library reads it as emotional warmth, and a vendor may add the child's recorded voice beside it. A
 * partnership that reads Flourish otherwise builds its profile itself; the mapping is not part of the
 * guidance.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk's Vision"
 * and "Whole Family Working" ("Think family &amp; think FLOURISH").
 */
public enum FlourishDomain {

    /**
     * "family and friends": family and social relationships, emotional warmth, family history and
     * functioning, wider family, families social integration.
     */
    FAMILY_AND_FRIENDS("family and friends",
            "Children and young people are safe, connected and supported through positive relationships and networks",
            FAMILY_AND_SOCIAL_RELATIONSHIPS, EMOTIONAL_WARMTH, FAMILY_HISTORY_AND_FUNCTIONING, WIDER_FAMILY,
            FAMILYS_SOCIAL_INTEGRATION),

    /** "learning": education, stimulation. */
    LEARNING("learning",
            "Children and young people are achieving their full potential and developing skills which prepare them"
                    + " for life",
            EDUCATION, STIMULATION),

    /**
     * "opportunity" (the seed's heading is misspelt "oppportunity"): stimulation, employment, income,
     * community resources.
     */
    OPPORTUNITY("opportunity",
            "Children and young people develop as well-rounded individuals through access to a wide range of"
                    + " opportunities which nurture their interests and talents",
            STIMULATION, EMPLOYMENT, INCOME, COMMUNITY_RESOURCES),

    /** "understood": emotional warmth. */
    UNDERSTOOD("understood",
            "Children and young people feel listened to, understood and part of decision-making processes",
            EMOTIONAL_WARMTH),

    /** "resilience": emotional and behavioural development, selfcare skills, guidance and boundaries. */
    RESILIENCE("resilience",
            "Children and young people have the confidence and skills to make their own decisions and take on"
                    + " life's challenges",
            EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT, SELFCARE_SKILLS, GUIDANCE_AND_BOUNDARIES),

    /** "individual": identity, social presentation. */
    INDIVIDUAL("individual",
            "Children and young people are respected as individuals, confident in their own identity and"
                    + " appreciate and value their own and others' uniqueness",
            IDENTITY, SOCIAL_PRESENTATION),

    /** "safe and secure": ensuring safety, guidance and boundaries, stability, housing. */
    SAFE_AND_SECURE("safe and secure",
            "Children and young people are supported to understand risk and make safe decisions by the actions"
                    + " that adults and children and young people themselves take to keep them safe and secure",
            ENSURING_SAFETY, GUIDANCE_AND_BOUNDARIES, STABILITY, HOUSING),

    /** "healthy": health, basic care. */
    HEALTHY("healthy",
            "Children and young people have the support, knowledge and opportunity to lead their happiest and"
                    + " healthiest lives",
            HEALTH, BASIC_CARE);

    private final String label;
    private final String outcome;
    private final Set<AssessmentDimension> dimensions;

    FlourishDomain(String label, String outcome, AssessmentDimension first, AssessmentDimension... rest) {
        this.label = label;
        this.outcome = outcome;
        this.dimensions = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The domain's name as the framework writes it, in lower case: "family and friends". */
    public String label() {
        return label;
    }

    /** The domain's outcome statement, as the guidance words it. */
    public String outcome() {
        return outcome;
    }

    /** The dimensions of the Assessment Triangle the domain covers (the library's reading; never empty). */
    public Set<AssessmentDimension> dimensions() {
        return dimensions;
    }

    /** The domains that cover {@code dimension} (never empty: every dimension falls in a domain). */
    public static Set<FlourishDomain> covering(AssessmentDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        Set<FlourishDomain> domains = EnumSet.noneOf(FlourishDomain.class);
        Arrays.stream(values()).filter(d -> d.dimensions.contains(dimension)).forEach(domains::add);
        return Collections.unmodifiableSet(domains);
    }
}
