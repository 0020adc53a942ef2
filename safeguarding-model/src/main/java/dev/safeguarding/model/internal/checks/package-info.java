/**
 * The rules of the guidance that two parts of the library check: the rules module, which reports each
 * breach as a {@link dev.safeguarding.model.Finding} with a message that may name the part of the record
 * (a dimension, a relationship, a count), and the Bean Validation constraints of
 * {@code dev.safeguarding.model.validation}, which report each breach as a violation at the same path
 * with the constraint's own message. Each rule is written once, here, as a pure function from a record
 * to its {@link dev.safeguarding.model.internal.checks.Breach}es; both reports are views of it, so the
 * two can never disagree on a code, a severity, a path or a source.
 *
 * <p>Only rules that need nothing but the record live here. A rule that needs a date "as of" which it
 * holds (a session overdue, a feedback summary late, a pattern in a chronology as of a date, a deadline
 * followed through a chronology), a calendar, or data from outside the record (information-sharing
 * advice, a graded care profile, a partnership's escalation protocol) stays in the rules module: Bean
 * Validation has no such inputs.
 *
 * <p>Not API: the package is exported to {@code dev.safeguarding.rules} only. Vendors call the rules
 * module ({@code Assessments.check}, {@code SharingRecords.check}, {@code JointAgencyGroupSupervision.findings},
 * {@code SignsOfSafetyMaps.findings}, {@code Chronologies.check}, {@code CaseNotes.check},
 * {@code PreBirth.check}, ...) or validate with Bean Validation.
 */
package dev.safeguarding.model.internal.checks;
