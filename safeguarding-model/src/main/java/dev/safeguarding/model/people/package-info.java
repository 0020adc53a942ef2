/**
 * The people of the guidance: the child (born or unborn), the family and network, practitioners and
 * their agencies, and references to whoever contributed a statement. The pre-birth parts of the
 * Somerset multi-agency pre-birth protocol, beside the unborn child, are in
 * {@code dev.safeguarding.model.prebirth}.
 *
 * @see dev.safeguarding.model.people.Child
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.people;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
