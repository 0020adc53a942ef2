/**
 * The people of the guidance: for now the child (born or unborn).
 *
 * @see dev.safeguarding.model.people.Child
 */
package dev.safeguarding.model.people;
