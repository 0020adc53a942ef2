/**
 * Seeded synthetic census returns of any size ({@link dev.safeguarding.census.synthetic.SyntheticCensus}),
 * valid by construction, with chosen {@link dev.safeguarding.census.synthetic.Violation}s planted in
 * chosen children so that a validator's tests can check that a rule finds exactly those children. No
 * real child's data is used.
 */
@NullMarked
package dev.safeguarding.census.synthetic;

import org.jspecify.annotations.NullMarked;
