/**
 * Seeded generators of valid, synthetic records of every type of the model ({@link
 * dev.safeguarding.testing.ModelGen} and one generator class per practice framework, found by type through
 * {@link dev.safeguarding.testing.Generators}), and a small property runner ({@link
 * dev.safeguarding.testing.Property}) whose failures name their seed, for a vendor's own tests.
 */
@NullMarked
package dev.safeguarding.testing;

import org.jspecify.annotations.NullMarked;
