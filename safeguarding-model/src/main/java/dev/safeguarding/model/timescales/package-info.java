/**
 * Statutory and local timescales as data, and the deadlines they set: a {@link
 * dev.safeguarding.model.timescales.Timescale} (an amount of working days, calendar days, weeks or
 * months, counted from a trigger event under a named {@link
 * dev.safeguarding.model.timescales.CountingConvention}), the {@link
 * dev.safeguarding.model.timescales.Deadline} it sets from a trigger date on a calendar of {@link
 * dev.safeguarding.model.calendar.WorkingDays}, and a deadline's {@link
 * dev.safeguarding.model.timescales.DeadlineStatus} and {@link
 * dev.safeguarding.model.timescales.DeadlineOutcome}.
 *
 * <p>The catalogue of the timescales the library ships is {@link
 * dev.safeguarding.model.timescales.Timescales} (Working Together to Safeguard Children 2023 and the
 * Norfolk procedures), to which a vendor adds its own through a {@link
 * dev.safeguarding.model.timescales.TimescaleCatalogue}. The calendars to count on are the package
 * beneath this one, {@code dev.safeguarding.model.calendar} ({@code UkCalendars.englandAndWales()}
 * by default); so a deadline is set, and its status read, within the model.
 *
 * <p>Sources: HM Government, <i>Working Together to Safeguard Children</i> (2023); NSCP, <i>Norfolk
 * Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we do and the decisions we
 * take"; NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), section 4; the
 * counting conventions as set out in the library's notes ({@code docs/timescales.md}).
 */
@SafeguardingStyle
@NullMarked
package dev.safeguarding.model.timescales;

import org.jspecify.annotations.NullMarked;
import dev.safeguarding.model.internal.SafeguardingStyle;
