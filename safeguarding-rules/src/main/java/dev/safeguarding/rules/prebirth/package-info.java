/**
 * Rules for the pre-birth protocol: its checks of a pre-birth assessment and a
 * safeguarding birth plan ({@link dev.safeguarding.rules.prebirth.PreBirth}).
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017).
 */
@NullMarked
package dev.safeguarding.rules.prebirth;

import org.jspecify.annotations.NullMarked;
