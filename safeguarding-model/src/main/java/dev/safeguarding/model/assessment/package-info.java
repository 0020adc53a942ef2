/**
 * Assessment: the Assessment Triangle of <i>Working Together</i> as the Norfolk guidance presents it (its
 * three domains and twenty dimensions), an assessment of a child on it (findings per dimension, the
 * parenting capacity of each parent or carer, the child's voice, fact distinguished from opinion), the
 * 'My World' triangle and its mapping to the Assessment Triangle, catalogues of descriptors of need, and
 * graded care profiles of neglect with their snapshots and the change between two.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle", "Determining the Level of Need or Urgency", "Whole Family Working" and "Norfolk Graded Care
 * Profile"; Somerset Safeguarding Children Board, practitioner forum (2017), "Capturing a baby's
 * perspective".
 *
 * @see dev.safeguarding.model.need.AssessmentDimension
 * @see dev.safeguarding.model.assessment.Assessment
 * @see dev.safeguarding.model.assessment.MyWorldItem
 * @see dev.safeguarding.model.assessment.DescriptorCatalogue
 * @see dev.safeguarding.model.assessment.GradedCareProfile
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.assessment;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
import dev.safeguarding.model.need.AssessmentDimension;
