/**
 * Caseload analytics for researchers and partnerships: {@link dev.safeguarding.rules.analytics.CaseloadAnalysis}
 * counts, in one pass over a stream of case records and in memory that does not grow with their number,
 * timeliness against each timescale, levels of need and responses, re-referrals, steps up and down and the
 * patterns of chronologies, as {@link dev.safeguarding.rules.analytics.CaseloadStatistics} that add up over
 * parts of a caseload.
 *
 * <p>Source: Ofsted, <i>Social care commentary: multi-agency safeguarding arrangements</i>, "Understanding
 * local need and using information to protect children" and "Having a line of sight to practice".
 */
@NullMarked
package dev.safeguarding.rules.analytics;

import org.jspecify.annotations.NullMarked;
