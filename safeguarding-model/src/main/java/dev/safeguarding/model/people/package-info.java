/**
 * The people of the guidance: the child (born or unborn), the family and network, practitioners and
 * their agencies, and references to whoever contributed a statement; and, beside the unborn child, the
 * pre-birth parts of the Somerset multi-agency pre-birth protocol: the
 * {@linkplain dev.safeguarding.model.people.PreBirthAssessment pre-birth assessment} and the
 * {@linkplain dev.safeguarding.model.people.SafeguardingBirthPlan safeguarding birth plan}.
 *
 * @see dev.safeguarding.model.people.Child
 */
package dev.safeguarding.model.people;
