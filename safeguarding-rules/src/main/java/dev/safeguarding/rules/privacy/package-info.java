/**
 * Privacy helpers for research extracts: identifiers replaced by stable pseudonyms under a key the caller
 * keeps ({@link dev.safeguarding.rules.privacy.Pseudonymiser}, HMAC-SHA256 from the JDK), dates of birth
 * coarsened to the month ({@link dev.safeguarding.rules.privacy.Privacy}) and ages in bands
 * ({@link dev.safeguarding.rules.privacy.AgeBands}). The seeds say nothing of research extracts: these are
 * the library's helpers; a partnership's information governance decides what may leave it.
 */
@NullMarked
package dev.safeguarding.rules.privacy;

import org.jspecify.annotations.NullMarked;
