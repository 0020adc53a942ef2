/**
 * Information sharing and consent: the seven {@linkplain dev.safeguarding.model.sharing.GoldenRule golden
 * rules} and rule 6's {@linkplain dev.safeguarding.model.sharing.SharingQuality qualities}; the record of
 * asking for {@linkplain dev.safeguarding.model.sharing.Consent consent} (with the
 * {@linkplain dev.safeguarding.model.sharing.ChildConsentBasis basis} of a child's own consent under 16,
 * Gillick competence and the {@linkplain dev.safeguarding.model.sharing.FraserCriterion Fraser criteria}),
 * and its {@linkplain dev.safeguarding.model.sharing.ConsentWithdrawal withdrawal} as a later event; the
 * immutable {@linkplain dev.safeguarding.model.sharing.SharingDecision record of every sharing decision};
 * and the {@linkplain dev.safeguarding.model.sharing.SharingQuestion question} and
 * {@linkplain dev.safeguarding.model.sharing.SharingAdvice advice} of an information-sharing advisor.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing", "Gaining Consent and Working on a Voluntary Basis with a Family", "Recording what we do and
 * the decisions we take" and "Single Agency Record Keeping".
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.sharing;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
