/**
 * Rules over assessments on the Assessment Triangle: completeness findings and the threshold question an
 * assessment leads to ({@link dev.safeguarding.rules.assessment.Assessments}), graded care profiles of
 * neglect ({@link dev.safeguarding.rules.assessment.GradedCareProfiles}) and the illustrative catalogue of
 * descriptors of need ({@link dev.safeguarding.rules.assessment.DescriptorCatalogues}).
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle", "Determining the Level of Need or Urgency" and "Norfolk Graded Care Profile".
 */
@NullMarked
package dev.safeguarding.rules.assessment;

import org.jspecify.annotations.NullMarked;
