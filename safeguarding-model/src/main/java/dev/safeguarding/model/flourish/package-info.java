/**
 * The Flourish Framework: its eight domains with their outcome statements, and a child's Flourish
 * profile (what is going well, the worries and a rating per domain).
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk's Vision".
 *
 * @see dev.safeguarding.model.flourish.FlourishDomain
 * @see dev.safeguarding.model.flourish.FlourishProfile
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.flourish;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
