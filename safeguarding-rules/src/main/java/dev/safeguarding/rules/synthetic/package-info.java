/**
 * Synthetic data for researchers and vendors: {@link dev.safeguarding.rules.synthetic.SyntheticCaseload}
 * makes, from a seed, as many case records as asked for, with the shapes of real casework and no real
 * personal data, reproducibly.
 */
@NullMarked
package dev.safeguarding.rules.synthetic;

import org.jspecify.annotations.NullMarked;
