/**
 * The JSON format of the library: {@link dev.safeguarding.json.SafeguardingJson} writes the model's
 * values and reads them back exactly; {@link dev.safeguarding.json.SafeguardingJsonException} is the one
 * exception bad input ever gives, with the JSON Pointer of the bad value;
 * {@link dev.safeguarding.json.SafeguardingModule} gives a vendor's own Jackson mapper the same format
 * (its errors are Jackson's, caused by the format's exception).
 *
 * <p>Everything else in the package is the hand-written format behind that front door: one codec per
 * type, registered in one place, over Jackson 3's streaming generator and tree model.
 */
package dev.safeguarding.json;
