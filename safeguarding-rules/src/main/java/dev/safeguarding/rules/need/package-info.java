/**
 * Threshold guidance along the continuum of needs: {@link dev.safeguarding.rules.need.ThresholdGuide}
 * turns a {@link dev.safeguarding.model.need.ThresholdQuestion} into advice with reasons, following a
 * partnership's {@link dev.safeguarding.model.need.ThresholdProfile}.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023).
 */
@NullMarked
package dev.safeguarding.rules.need;

import org.jspecify.annotations.NullMarked;
