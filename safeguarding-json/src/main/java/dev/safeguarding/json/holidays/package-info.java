/**
 * The gov.uk bank-holidays file: {@link dev.safeguarding.json.holidays.GovUkBankHolidays} reads it and
 * overlays it on the library's UK calendars, so that a vendor can take a one-off bank holiday the day
 * gov.uk announces it.
 *
 * <p>Source: the library's domain notes {@code shared/domain/bank-holidays.md}.
 */
@NullMarked
package dev.safeguarding.json.holidays;

import org.jspecify.annotations.NullMarked;
