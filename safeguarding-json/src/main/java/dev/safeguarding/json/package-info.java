/**
 * The JSON format of the library: {@link dev.safeguarding.json.SafeguardingJson} writes the model's
 * values and reads them back exactly; {@link dev.safeguarding.json.SafeguardingJsonException} is the one
 * exception bad input ever gives, with the JSON Pointer of the bad value;
 * {@link dev.safeguarding.json.SafeguardingModule} gives a vendor's own Jackson mapper the same format
 * (its errors are Jackson's, caused by the format's exception).
 * {@link dev.safeguarding.json.GovUkBankHolidays} reads gov.uk's bank-holidays file with the same machinery
 * and overlays it on the UK calendars.
 *
 * <p>Everything else in the package is the declared format behind those front doors: one declaration per
 * type, one line per property, in one format class per framework ({@code NeedFormat}, ...), read straight
 * from Jackson 3's streaming parser and written with its generator.
 */
@NullMarked
package dev.safeguarding.json;

import org.jspecify.annotations.NullMarked;
