/**
 * The catalogue of the timescales the library ships ({@link dev.safeguarding.rules.timescales.Timescales}:
 * Working Together to Safeguard Children 2023 and the Norfolk procedures), and catalogues with a
 * vendor's own added ({@link dev.safeguarding.rules.timescales.TimescaleCatalogue}). The timescales,
 * deadlines and their counting are the model's ({@code dev.safeguarding.model.timescales}); the
 * calendars to count on are in {@code dev.safeguarding.rules.calendar}.
 *
 * <p>Sources: HM Government, <i>Working Together to Safeguard Children</i> (2023); NSCP, <i>Norfolk
 * Guidance to Understanding Continuum of Needs</i> (2023); NSCP 3.16, <i>Joint Agency Group
 * Supervision Procedure</i> (November 2022); the library's domain notes {@code
 * shared/domain/timescales.md}.
 */
package dev.safeguarding.rules.timescales;
