/**
 * The Assessment Triangle of <i>Working Together</i>, as the Norfolk guidance presents it.
 *
 * @see dev.safeguarding.model.assessment.AssessmentDomain
 */
package dev.safeguarding.model.assessment;
