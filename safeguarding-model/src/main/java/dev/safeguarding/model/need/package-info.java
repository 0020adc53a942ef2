/**
 * Levels of need along the Norfolk continuum, the shared language agencies use to describe need, the
 * pathways to support, the Section 47 indicators, and the question and guidance of a threshold guide.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023).
 *
 * @see dev.safeguarding.model.need.LevelOfNeed
 * @see dev.safeguarding.model.need.SharedLanguageTerm
 * @see dev.safeguarding.model.need.ThresholdQuestion
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.need;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
