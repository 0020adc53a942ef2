/**
 * The JSON format of the library: {@link dev.safeguarding.json.SafeguardingJson} writes the model's
 * values and reads them back exactly; {@link dev.safeguarding.json.SafeguardingJsonException} is the one
 * exception bad input ever gives, with the JSON Pointer of the bad value.
 *
 * <p>Everything else in the package is the hand-written format behind that front door: one codec per
 * type, registered in one place, over Jackson 3's streaming generator and tree model.
 */
@NullMarked
package dev.safeguarding.json;

import org.jspecify.annotations.NullMarked;
