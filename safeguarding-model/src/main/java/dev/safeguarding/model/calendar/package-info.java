/**
 * Working-day calendars: {@link dev.safeguarding.model.calendar.UkCalendars} (England and Wales, the
 * default; Scotland; Northern Ireland), each a {@link dev.safeguarding.model.calendar.WorkingCalendar}
 * of weekends, bank holidays and any local closure days, with O(1) working-day arithmetic.
 *
 * <p>The counting follows the library's design: working days between {@code a} and {@code b} are those
 * {@code d} with {@code a < d <= b}, and the {@code n}-th working day after {@code a} is the one with
 * {@code n} working days between. Every calendar states its coverage and up to when its holidays are
 * published rather than projected, and refuses dates outside its coverage.
 *
 * <p>Sources: the library's notes ({@code docs/bank-holidays.md}, and {@code docs/timescales.md}, "Working
 * days"), and gov.uk's published lists ({@code bank-holidays-2012-2027.tsv} in the model's test resources).
 */
@NullMarked
package dev.safeguarding.model.calendar;

import org.jspecify.annotations.NullMarked;
