/**
 * The pre-birth parts of the Somerset multi-agency pre-birth protocol, beside the unborn child: the
 * {@linkplain dev.safeguarding.model.prebirth.PreBirthAssessment pre-birth assessment} and the
 * {@linkplain dev.safeguarding.model.prebirth.SafeguardingBirthPlan safeguarding birth plan}, with the
 * professional contacts, the protocol's tasks and the plan's dissemination.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the Somerset practitioner forum (2017).
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.prebirth;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
