/**
 * The Flourish Framework over an assessment: {@link dev.safeguarding.rules.flourish.FlourishProfiles}
 * builds a child's Flourish profile from an assessment on the Assessment Triangle.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk's Vision".
 */
@NullMarked
package dev.safeguarding.rules.flourish;

import org.jspecify.annotations.NullMarked;
