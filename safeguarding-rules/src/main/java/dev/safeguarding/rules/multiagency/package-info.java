/**
 * Multi-agency working as rules: {@link dev.safeguarding.rules.multiagency.JointAgencyGroupSupervision}
 * (the session's due date, as arranged and as held, overdue status and the procedure's findings),
 * {@link dev.safeguarding.rules.multiagency.CadsConsultations} (the feedback summary's due date and
 * status), {@link dev.safeguarding.rules.multiagency.PlanningMeetings} (professionals the parents excluded
 * from a planning meeting, a safeguarding concern to act on), and
 * {@link dev.safeguarding.rules.multiagency.Escalation} with
 * {@link dev.safeguarding.rules.multiagency.EscalationProtocols} (moving a professional disagreement to its
 * next stage, each stage's response deadline from a partnership's protocol, overdue stages, and the
 * prompts to keep in mind while the disagreement lasts).
 *
 * <p>Sources: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>; NSCP 3.16,
 * <i>Joint Agency Group Supervision Procedure</i> (November 2022); NSCP, <i>Norfolk Guidance to
 * Understanding Continuum of Needs</i> (2023).
 */
@NullMarked
package dev.safeguarding.rules.multiagency;

import org.jspecify.annotations.NullMarked;
