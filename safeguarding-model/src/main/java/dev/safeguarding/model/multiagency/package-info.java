/**
 * Multi-agency working together around a child, as the Norfolk framework sets it out in four levels
 * ({@link dev.safeguarding.model.multiagency.FrameworkLevel}): joint assessment and everyday
 * collaboration (with the planning meetings from which parents may exclude professionals,
 * {@link dev.safeguarding.model.multiagency.PlanningMeeting}), locality reflective practice, joint agency group supervision
 * ({@link dev.safeguarding.model.multiagency.JointSupervisionRequest}) and resolving professional
 * disagreements ({@link dev.safeguarding.model.multiagency.ProfessionalDisagreement}, through four
 * {@link dev.safeguarding.model.multiagency.EscalationStage}s with a partnership's
 * {@link dev.safeguarding.model.multiagency.EscalationProtocol}); consultations with the Children's
 * Advice and Duty Service ({@link dev.safeguarding.model.multiagency.CadsConsultation}); and the
 * guidance's Community of Practice questions, Family Networking principles and activities and Think
 * Family prompts, as data in the guidance's words. Agencies and practitioners are those of
 * {@code dev.safeguarding.model.people}.
 *
 * <p>Sources: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>; NSCP 3.16,
 * <i>Joint Agency Group Supervision Procedure</i> (November 2022); NSCP, <i>Norfolk Guidance to
 * Understanding Continuum of Needs</i> (2023).
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.multiagency;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
