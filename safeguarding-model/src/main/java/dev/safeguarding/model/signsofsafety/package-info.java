/**
 * Signs of Safety, the practice framework the Norfolk Safeguarding Children Partnership adopted "as
 * the basis of work with children across all partner agencies": the four questions and the prompts the
 * guidance gives for them, the assessment and planning {@linkplain
 * dev.safeguarding.model.signsofsafety.SignsOfSafetyMap map} of statements, scaling questions and
 * judgements, the child's voice (the three houses, and observations of a baby and a parent), and the
 * {@linkplain dev.safeguarding.model.signsofsafety.SafetyPlan safety plan} in the Somerset format.
 *
 * <p>Statements, rationales, the child's words, observations and plan actions are free text about a
 * family: no {@code toString()} of this package shows them, and no exception message repeats them.
 *
 * <p>The analysis of a map (completeness, scaling across perspectives and over time) and the status of
 * a safety plan as of a date are pure functions in {@code dev.safeguarding.rules.signsofsafety}.
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework" and "Recording what we do and the decisions we take"; Somerset Safeguarding
 * Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017), "Format of Safety Plan",
 * "Managing Risk" and "Capturing a baby's perspective"; the structure of the map as set out in the
 * library's notes ({@code docs/practice-frameworks.md}, after Turnell and Edwards).
 *
 * @see dev.safeguarding.model.signsofsafety.SignsOfSafetyQuestion
 * @see dev.safeguarding.model.signsofsafety.SignsOfSafetyMap
 * @see dev.safeguarding.model.signsofsafety.SafetyPlan
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.signsofsafety;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
