/**
 * Chronologies as rules: the {@linkplain dev.safeguarding.rules.chronology.ChronologyPatterns patterns}
 * of a chronology (repeated incidents, not brought to appointments and services refused, drift, a step down
 * without multi-agency consultation, a review or deadline missed), each with the entries that support it;
 * the {@linkplain dev.safeguarding.rules.chronology.ChronologyDeadline deadlines} of the statutory
 * timescales followed through a chronology; and what a chronology's entries or a case note lack
 * ({@link dev.safeguarding.rules.chronology.Chronologies}, {@link dev.safeguarding.rules.chronology.CaseNotes}).
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core
 * Skills", "Case Note Recordings" and "Key Learning Points"; NSCP, <i>Norfolk Guidance to Understanding
 * Continuum of Needs</i> (2023); HM Government, <i>Working Together to Safeguard Children</i> (2023).
 */
@NullMarked
package dev.safeguarding.rules.chronology;

import org.jspecify.annotations.NullMarked;
