/**
 * Statutory and local timescales as data, and the deadlines they set: a {@link
 * dev.safeguarding.model.timescales.Timescale} (an amount of working days, calendar days, weeks or
 * months, counted from a trigger event under a named {@link
 * dev.safeguarding.model.timescales.CountingConvention}), the {@link
 * dev.safeguarding.model.timescales.Deadline} it sets from a trigger date on a calendar of {@link
 * dev.safeguarding.model.timescales.WorkingDays}, and a deadline's {@link
 * dev.safeguarding.model.timescales.DeadlineStatus} and {@link
 * dev.safeguarding.model.timescales.DeadlineOutcome}.
 *
 * <p>The catalogue of the guidance's timescales ({@code Timescales}) and the UK working-day calendars
 * ({@code UkCalendars}) live in the safeguarding-rules module; this package holds only the types and
 * the counting, so that the model keeps no runtime dependency.
 *
 * <p>Sources: HM Government, <i>Working Together to Safeguard Children</i> (2023); NSCP, <i>Norfolk
 * Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we do and the decisions we
 * take"; NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), section 4; the
 * counting conventions as set out in the library's domain notes ({@code shared/domain/timescales.md}).
 */
@SafeguardingStyle
package dev.safeguarding.model.timescales;

import dev.safeguarding.model.internal.SafeguardingStyle;
