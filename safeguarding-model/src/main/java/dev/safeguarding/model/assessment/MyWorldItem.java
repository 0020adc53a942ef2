package dev.safeguarding.model.assessment;

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
 * The items of the 'My World' Assessment Triangle, on their {@linkplain MyWorldSide sides}, in the
 * guidance's order and with its wording; each knows the dimensions of the Assessment Triangle it covers,
 * so that a vendor can show one assessment in either view ({@link Assessment#findingsFor(MyWorldItem)}).
 *
 * <p>The guidance lists eighteen items: seven on "My wider world", four on "What I need from people who
 * look after me" and seven on "How I grow and develop". The library ships these eighteen and no others.
 *
 * <h2>The mapping to the Assessment Triangle (the library's reading)</h2>
 * The guidance says the two triangles can be "used in conjunction" but does not map one onto the other.
 * The mapping below is the library's reading, chosen so that every item covers at least one dimension
 * and every one of the twenty dimensions is covered by at least one item (so neither view loses part of
 * the record). Most items cover a dimension of their own side's domain; where the guidance's item says
 * more than one dimension, or the seed's shorter list leaves a dimension without an item of its own, an
 * item covers several:
 * <ul>
 *   <li>"Everyday care and help" covers basic care, ensuring safety, emotional warmth and stimulation
 *       (the guidance's list for this side has no separate item for safety, warmth or stimulation);</li>
 *   <li>"Understanding my family's history, background and beliefs" covers family history and
 *       functioning (a dimension of family and environmental factors);</li>
 *   <li>"School" covers education and community resources;</li>
 *   <li>"Confidence in who I am" covers identity and emotional and behavioural development;</li>
 *   <li>"Being able to communicate" covers social presentation and family and social relationships.</li>
 * </ul>
 * A partnership that reads the triangles otherwise maps its own items; the mapping is not part of the
 * guidance.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle".
 */
public enum MyWorldItem {

    /** "Support from family, friends and other people" (my wider world): wider family. */
    SUPPORT_FROM_FAMILY_FRIENDS_AND_OTHER_PEOPLE(MyWorldSide.MY_WIDER_WORLD,
            "Support from family, friends and other people", WIDER_FAMILY),

    /** "School" (my wider world): education, community resources. */
    SCHOOL(MyWorldSide.MY_WIDER_WORLD, "School", EDUCATION, COMMUNITY_RESOURCES),

    /** "Local resources" (my wider world): community resources. */
    LOCAL_RESOURCES(MyWorldSide.MY_WIDER_WORLD, "Local resources", COMMUNITY_RESOURCES),

    /** "Enough money" (my wider world): income. */
    ENOUGH_MONEY(MyWorldSide.MY_WIDER_WORLD, "Enough money", INCOME),

    /** "Comfortable and safe housing" (my wider world): housing. */
    COMFORTABLE_AND_SAFE_HOUSING(MyWorldSide.MY_WIDER_WORLD, "Comfortable and safe housing", HOUSING),

    /** "Work opportunities for my family" (my wider world): employment. */
    WORK_OPPORTUNITIES_FOR_MY_FAMILY(MyWorldSide.MY_WIDER_WORLD, "Work opportunities for my family", EMPLOYMENT),

    /** "Belonging" (my wider world): families social integration. */
    BELONGING(MyWorldSide.MY_WIDER_WORLD, "Belonging", FAMILYS_SOCIAL_INTEGRATION),

    /** "Guidance, supporting me to make the right choices" (what I need ...): guidance and boundaries. */
    GUIDANCE_SUPPORTING_ME_TO_MAKE_THE_RIGHT_CHOICES(MyWorldSide.WHAT_I_NEED_FROM_PEOPLE_WHO_LOOK_AFTER_ME,
            "Guidance, supporting me to make the right choices", GUIDANCE_AND_BOUNDARIES),

    /** "Everyday care and help" (what I need ...): basic care, ensuring safety, emotional warmth, stimulation. */
    EVERYDAY_CARE_AND_HELP(MyWorldSide.WHAT_I_NEED_FROM_PEOPLE_WHO_LOOK_AFTER_ME, "Everyday care and help",
            BASIC_CARE, ENSURING_SAFETY, EMOTIONAL_WARMTH, STIMULATION),

    /** "Knowing what is going to happen and when" (what I need ...): stability. */
    KNOWING_WHAT_IS_GOING_TO_HAPPEN_AND_WHEN(MyWorldSide.WHAT_I_NEED_FROM_PEOPLE_WHO_LOOK_AFTER_ME,
            "Knowing what is going to happen and when", STABILITY),

    /** "Understanding my family's history, background and beliefs" (what I need ...): family history and functioning. */
    UNDERSTANDING_MY_FAMILYS_HISTORY_BACKGROUND_AND_BELIEFS(MyWorldSide.WHAT_I_NEED_FROM_PEOPLE_WHO_LOOK_AFTER_ME,
            "Understanding my family's history, background and beliefs", FAMILY_HISTORY_AND_FUNCTIONING),

    /** "Being healthy" (how I grow and develop): health. */
    BEING_HEALTHY(MyWorldSide.HOW_I_GROW_AND_DEVELOP, "Being healthy", HEALTH),

    /** "Learning and achieving" (how I grow and develop): education. */
    LEARNING_AND_ACHIEVING(MyWorldSide.HOW_I_GROW_AND_DEVELOP, "Learning and achieving", EDUCATION),

    /** "Being able to communicate" (how I grow and develop): social presentation, family and social relationships. */
    BEING_ABLE_TO_COMMUNICATE(MyWorldSide.HOW_I_GROW_AND_DEVELOP, "Being able to communicate",
            SOCIAL_PRESENTATION, FAMILY_AND_SOCIAL_RELATIONSHIPS),

    /** "Confidence in who I am" (how I grow and develop): identity, emotional and behavioural development. */
    CONFIDENCE_IN_WHO_I_AM(MyWorldSide.HOW_I_GROW_AND_DEVELOP, "Confidence in who I am",
            IDENTITY, EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT),

    /** "Learning to be responsible" (how I grow and develop): emotional and behavioural development. */
    LEARNING_TO_BE_RESPONSIBLE(MyWorldSide.HOW_I_GROW_AND_DEVELOP, "Learning to be responsible",
            EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT),

    /** "Becoming independent, looking after myself" (how I grow and develop): selfcare skills. */
    BECOMING_INDEPENDENT_LOOKING_AFTER_MYSELF(MyWorldSide.HOW_I_GROW_AND_DEVELOP,
            "Becoming independent, looking after myself", SELFCARE_SKILLS),

    /** "Enjoying family and friends" (how I grow and develop): family and social relationships. */
    ENJOYING_FAMILY_AND_FRIENDS(MyWorldSide.HOW_I_GROW_AND_DEVELOP, "Enjoying family and friends",
            FAMILY_AND_SOCIAL_RELATIONSHIPS);

    private final MyWorldSide side;
    private final String label;
    private final Set<AssessmentDimension> dimensions;

    MyWorldItem(MyWorldSide side, String label, AssessmentDimension first, AssessmentDimension... rest) {
        this.side = side;
        this.label = label;
        this.dimensions = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The item as the guidance words it, for example "Enough money". */
    public String label() {
        return label;
    }

    /** The side of the My World triangle the item is on. */
    public MyWorldSide side() {
        return side;
    }

    /** The dimensions of the Assessment Triangle the item covers (the library's reading; never empty). */
    public Set<AssessmentDimension> dimensions() {
        return dimensions;
    }

    /** The items that cover {@code dimension} (never empty: every dimension is covered). */
    public static Set<MyWorldItem> covering(AssessmentDimension dimension) {
        Objects.requireNonNull(dimension, "dimension");
        Set<MyWorldItem> items = EnumSet.noneOf(MyWorldItem.class);
        Arrays.stream(values()).filter(i -> i.dimensions.contains(dimension)).forEach(items::add);
        return Collections.unmodifiableSet(items);
    }
}
