package dev.safeguarding.census.validation;

import dev.safeguarding.model.calendar.WorkingDays;
import java.time.LocalDate;

/**
 * The reference validator's "minus {@code n} working days", computed as it computes it, quirks included.
 *
 * <p>The validator (S1 {@code cin_validator/utils.py}) writes {@code date - england_working_days(n)}, where
 * {@code england_working_days(n)} is pandas' {@code CustomBusinessDay(n=n - 1)} over the England and Wales
 * bank holidays. Subtracting it is numpy's {@code busday_offset(date, -(n - 1), roll="forward")}: a date
 * that is not a working day is first rolled <em>forward</em> to the next working day, and then
 * {@code n - 1} working days are counted back. So:
 * <ul>
 *   <li>with a working {@code date}, the boundary is the working day from which {@code date} is the
 *       {@code n}-th working day counting the boundary as day 1 (31 March 2026 less 45: 28 January 2026);</li>
 *   <li>with a non-working {@code date}, the window is one working day shorter (31 March 2024, a Sunday
 *       before Easter Monday, less 45: 29 January 2024, with 44 working days from it to 31 March
 *       inclusive);</li>
 *   <li>{@code n = 1} ("minus 1 working day") does not move a working day at all, and moves a non-working
 *       one forward (1 April 2024, Easter Monday: 2 April 2024).</li>
 * </ul>
 * The rules then compare a <em>raw</em> date with the boundary ({@code date < boundary}), so a weekend day
 * just before the boundary is before it.
 *
 * <p>Checked against the validator's own helper (pandas 2.2.3, numpy 1.26.4): the same boundary for every
 * day from 1 June 2022 to 20 December 2027 and {@code n} of 1, 15 and 45.
 *
 * <p>Source: {@code docs/national-data-standards.md} ("How it counts", computed by running the validator's
 * helper; "Known defects of the reference validator"); the
 * validator's calendar holds England and Wales bank holidays from 2022 only, where the library's calendar
 * holds every year: the two agree for every collection year the library knows (boundaries fall in 2022
 * or later).
 */
final class WorkingDayRule {

    private WorkingDayRule() {
    }

    /** {@code date - england_working_days(n)} as pandas computes it, for {@code n >= 1}. */
    static LocalDate minusWorkingDays(WorkingDays calendar, LocalDate date, int n) {
        return calendar.plusWorkingDays(calendar.nextOrSameWorkingDay(date), -(n - 1));
    }
}
