/**
 * Pure functions over the Signs of Safety model: the completeness of a map
 * ({@link dev.safeguarding.rules.signsofsafety.SignsOfSafetyMaps#check SignsOfSafetyMaps.check}),
 * the analysis of scaling judgements across perspectives and over time
 * ({@link dev.safeguarding.rules.signsofsafety.ScalingRules}), and the status of a safety plan as of a
 * date, counted in working days ({@link dev.safeguarding.rules.signsofsafety.SafetyPlans#status
 * SafetyPlans.status}).
 *
 * <p>Every result names the passage of the guidance it rests on; where the guidance gives no number
 * (how far apart two scores are a disagreement, how long an unchanged score is drift), the number is the
 * library's, configurable, and the Javadoc says so. Results never hold the text of a statement, a
 * rationale or a plan's action, so they may be logged.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework", "Recording what we do and the decisions we take" and "Managing Challenge,
 * Disagreement and Uncertainty"; NSCP 3.15, <i>Framework to Support Multi-agency Working Together in
 * Norfolk</i>, sections 4 and 5; Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner
 * Forum</i> (July 2017), "Format of Safety Plan" and "Key Learning Points".
 */
@NullMarked
package dev.safeguarding.rules.signsofsafety;

import org.jspecify.annotations.NullMarked;
