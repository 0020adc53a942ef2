/**
 * Chronologies and case records: a child's {@link dev.safeguarding.model.chronology.Chronology} of dated
 * {@linkplain dev.safeguarding.model.chronology.ChronologyEntry entries} from any agency, merged without
 * losing or duplicating any; the {@linkplain dev.safeguarding.model.chronology.CaseNote case note} of a
 * visit under the Somerset headings; the {@linkplain dev.safeguarding.model.chronology.CaseRecord case
 * record} that caseload analytics count (the child, the {@linkplain
 * dev.safeguarding.model.chronology.NeedDecision decisions about the level of need} and the chronology);
 * and the {@linkplain dev.safeguarding.model.chronology.ChronologyPattern patterns} the rules find in a
 * chronology.
 *
 * <p>"Chronologies - can be used to spot changes, patterns, repetition etc. This is a dynamic tool able to
 * help practitioners understand history and context in current circumstances."
 *
 * <p>The pre-birth parts (the unborn child's pre-birth assessment and safeguarding birth plan) are in
 * {@code dev.safeguarding.model.people}, beside the unborn child.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core
 * Skills", "Case Note Recordings", "Timeline/Processes" and "Key Learning Points"; NSCP, <i>Norfolk Guidance
 * to Understanding Continuum of Needs</i> (2023), "Recording what we do and the decisions we take";
 * Ofsted, <i>Social care commentary: multi-agency safeguarding arrangements</i>.
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.chronology;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
