package dev.safeguarding.rules.assessment;

import static dev.safeguarding.model.need.AssessmentDimension.BASIC_CARE;
import static dev.safeguarding.model.need.AssessmentDimension.EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT;
import static dev.safeguarding.model.need.AssessmentDimension.EMOTIONAL_WARMTH;
import static dev.safeguarding.model.need.AssessmentDimension.ENSURING_SAFETY;
import static dev.safeguarding.model.need.AssessmentDimension.FAMILY_HISTORY_AND_FUNCTIONING;
import static dev.safeguarding.model.need.AssessmentDimension.HEALTH;
import static dev.safeguarding.model.need.AssessmentDimension.HOUSING;
import static dev.safeguarding.model.need.AssessmentDimension.INCOME;
import static dev.safeguarding.model.need.AssessmentDimension.STABILITY;
import static dev.safeguarding.model.need.AssessmentDimension.WIDER_FAMILY;
import static dev.safeguarding.model.need.LevelOfNeed.ACUTE;
import static dev.safeguarding.model.need.LevelOfNeed.ADDITIONAL;
import static dev.safeguarding.model.need.LevelOfNeed.COMPLEX;
import static dev.safeguarding.model.need.LevelOfNeed.UNIVERSAL;

import dev.safeguarding.model.assessment.DescriptorCatalogue;
import dev.safeguarding.model.assessment.NeedDescriptor;

/**
 * The catalogues of descriptors of need the library ships: one small example, to show the shape of a
 * catalogue and to run examples and tests against.
 *
 * <p>The Norfolk guidance points to a "Descriptors of Need tool which has been designed against the
 * assessment triangle", but does not reproduce it (NSCP, <i>Norfolk Guidance to Understanding Continuum
 * of Needs</i> (2023), "Determining the Level of Need or Urgency"). A partnership's own catalogue is
 * loaded from JSON: {@code SafeguardingJson.standard().read(text, DescriptorCatalogue.class)}.
 */
public final class DescriptorCatalogues {

    private static final DescriptorCatalogue ILLUSTRATIVE_EXAMPLE = buildIllustrativeExample();

    private DescriptorCatalogues() {
    }

    /**
     * A small catalogue whose every line was written by the library's authors as an illustration: it is
     * <b>not</b> Norfolk's Descriptors of Need, nor any partnership's, and must never be presented as
     * such. It is {@linkplain DescriptorCatalogue#illustrative() marked illustrative}, its name says so, and
     * it covers a few dimensions only. Identifiers are {@code <dimension>.<level>.<n>}, for example
     * {@code basic-care.complex.1}.
     */
    public static DescriptorCatalogue illustrativeExample() {
        return ILLUSTRATIVE_EXAMPLE;
    }

    private static DescriptorCatalogue buildIllustrativeExample() {
        return DescriptorCatalogue.builder()
                .id("illustrative-example")
                .name("Illustrative example only: not Norfolk's or any partnership's Descriptors of Need")
                .illustrative(true)
                .addDescriptor(NeedDescriptor.of("health.universal.1", HEALTH, UNIVERSAL,
                        "Example: health and development checks are up to date and health needs are met."))
                .addDescriptor(NeedDescriptor.of("health.additional.1", HEALTH, ADDITIONAL,
                        "Example: some health appointments or developmental checks are missed."))
                .addDescriptor(NeedDescriptor.of("health.complex.1", HEALTH, COMPLEX,
                        "Example: the child's health or development is affected because health needs are"
                                + " repeatedly not attended to."))
                .addDescriptor(NeedDescriptor.of("health.acute.1", HEALTH, ACUTE,
                        "Example: serious health needs are left untreated."))
                .addDescriptor(NeedDescriptor.of("emotional-development.additional.1",
                        EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT, ADDITIONAL,
                        "Example: the child is often unsettled and hard to comfort."))
                .addDescriptor(NeedDescriptor.of("basic-care.additional.1", BASIC_CARE, ADDITIONAL,
                        "Example: basic care (feeding, hygiene, clothing) is at times inconsistent."))
                .addDescriptor(NeedDescriptor.of("basic-care.complex.1", BASIC_CARE, COMPLEX,
                        "Example: basic care is often not provided."))
                .addDescriptor(NeedDescriptor.of("ensuring-safety.complex.1", ENSURING_SAFETY, COMPLEX,
                        "Example: a parent's own difficulties, such as mental ill health, at times limit their"
                                + " ability to keep the child safe."))
                .addDescriptor(NeedDescriptor.of("emotional-warmth.additional.1", EMOTIONAL_WARMTH, ADDITIONAL,
                        "Example: a parent at times finds it hard to respond warmly to the child."))
                .addDescriptor(NeedDescriptor.of("stability.additional.1", STABILITY, ADDITIONAL,
                        "Example: the child's routines and carers change often."))
                .addDescriptor(NeedDescriptor.of("family-history.complex.1", FAMILY_HISTORY_AND_FUNCTIONING, COMPLEX,
                        "Example: older children of the family have been cared for away from their parents."))
                .addDescriptor(NeedDescriptor.of("wider-family.universal.1", WIDER_FAMILY, UNIVERSAL,
                        "Example: wider family give regular practical and emotional support."))
                .addDescriptor(NeedDescriptor.of("housing.additional.1", HOUSING, ADDITIONAL,
                        "Example: the home is overcrowded or in poor repair."))
                .addDescriptor(NeedDescriptor.of("income.additional.1", INCOME, ADDITIONAL,
                        "Example: the family is struggling with debt."))
                .build();
    }
}
