/**
 * The people of the guidance: the child (born or unborn), the family and network, practitioners and
 * their agencies, and references to whoever contributed a statement.
 *
 * @see dev.safeguarding.model.people.Child
 */
package dev.safeguarding.model.people;
