/**
 * Information-sharing advice and the record of every sharing decision:
 * {@link dev.safeguarding.rules.sharing.InformationSharingAdvisor} turns a
 * {@link dev.safeguarding.model.sharing.SharingQuestion} into advice naming the golden rules it rests on
 * and the record it requires, following a partnership's
 * {@link dev.safeguarding.model.sharing.SharingProfile}; {@link dev.safeguarding.rules.sharing.SharingRecords}
 * follows corrections and checks records against the advice.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing", "Gaining Consent and Working on a Voluntary Basis with a Family", "Recording what we do and
 * the decisions we take" and "Single Agency Record Keeping".
 */
@NullMarked
package dev.safeguarding.rules.sharing;

import org.jspecify.annotations.NullMarked;
