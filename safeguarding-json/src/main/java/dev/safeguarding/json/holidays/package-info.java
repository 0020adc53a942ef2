/**
 * The gov.uk bank-holidays file: {@link dev.safeguarding.json.holidays.GovUkBankHolidays} reads it and
 * overlays it on the library's UK calendars, so that a vendor can take a one-off bank holiday the day
 * gov.uk announces it.
 *
 * <p>Source: the library's notes {@code docs/bank-holidays.md}.
 */
package dev.safeguarding.json.holidays;
