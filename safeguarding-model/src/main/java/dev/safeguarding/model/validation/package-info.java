/**
 * Jakarta Bean Validation for the model: the rules of the guidance as constraints, a validation group
 * for each stage of a record, and findings from violations. Optional: the model needs none of it, and a
 * vendor without {@code jakarta.validation} on its class or module path loads none of it.
 *
 * <p><b>Turning it on.</b> Put a Bean Validation 3.1 provider and an Expression Language implementation
 * beside the library (Spring Boot's {@code spring-boot-starter-validation} does both; otherwise, for
 * example, {@code org.hibernate.validator:hibernate-validator} 9 and {@code org.glassfish.expressly:expressly}
 * 6) and validate as usual, with the provider's default configuration:
 *
 * <pre>{@code
 * Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
 * validator.validate(question);                       // the draft's rules: may it be saved?
 * validator.validate(question, Complete.class);       // and the complete record's: may it be shared?
 * List<Finding> findings = Findings.check(validator, question, Complete.class);
 * }</pre>
 *
 * <p><b>Stages.</b> The {@linkplain jakarta.validation.groups.Default default group} holds what any saved
 * draft must satisfy; the model's builders already refuse values that break those rules, so a built value
 * always passes it. {@link dev.safeguarding.model.validation.Complete} holds what a record must satisfy
 * before it is submitted or shared. A constraint with the {@link dev.safeguarding.model.validation.Query}
 * payload reports a query rather than an error.
 *
 * <p><b>Where the constraints are.</b> Each constraint (the annotation and its validator) lives in the
 * framework package of the record it constrains ({@code need.ConcernRecorded},
 * {@code signsofsafety.ScalingScore}); this package holds only the machinery they share. Every rule is a
 * class-level constraint on the model's abstract type (for example {@code @ConcernRecorded} on {@code ThresholdQuestion}) whose validator reports each
 * breach at the property it is about ({@code indicators[2].description}); see
 * {@link dev.safeguarding.model.validation.RuleValidator} for why. A rule belongs to the record it is
 * checked on and looks into the values the record holds itself: the model declares no {@code @Valid}
 * cascades, because a provider in its default configuration does not see the model's accessors as
 * properties. A vendor's own class may cascade into a model value with {@code @Valid} on a field or getter
 * of its own.
 *
 * <p><b>The records and their constraints.</b> {@code need.ThresholdQuestion} and {@code people.Child};
 * {@code assessment.Assessment} (the Assessment Triangle's completeness); {@code sharing.Consent} and
 * {@code sharing.SharingDecision} (informed consent, a child under 16's own consent, golden rule 7);
 * {@code multiagency.JointSupervisionRequest} (the joint agency group supervision procedure, for the
 * session it holds), {@code multiagency.CadsConsultation} and {@code multiagency.ProfessionalDisagreement};
 * {@code signsofsafety.SignsOfSafetyMap} (what a map lacks to answer the four questions),
 * {@code signsofsafety.ScalingJudgement} (a score from 0 to 10) and {@code signsofsafety.SafetyPlan} (each
 * row's owner and by when; at least one row before it is shared); {@code chronology.Chronology} (what its
 * entries lack: a summary, the significance, the child's view at an incident, injury or visit) and
 * {@code chronology.CaseNote} (the Somerset headings and the child's voice); {@code prebirth.PreBirthAssessment}
 * (the protocol's tasks; risks and a level of need once completed) and {@code prebirth.SafeguardingBirthPlan}
 * (contacts, who is notified of the birth, discharge arrangements, sent to a birthing unit and the EDT).
 * Each type's documentation says which constraints it carries, or why it carries none (the seeds set no
 * rule for it, it is part of a record that checks it, or it is data or a result rather than a record).
 *
 * <p><b>One implementation with the rules module.</b> Where the rules module checks the same rule
 * ({@code Assessments.check}, {@code SharingRecords.check}, the multi-agency {@code check},
 * {@code SignsOfSafetyMaps.check}, {@code Chronologies.check}, {@code CaseNotes.check},
 * {@code PreBirth.check}), the check is written once, package-private beside the record, as a function
 * from the record to its {@link dev.safeguarding.model.validation.Breach}es: the record's public
 * {@code check()} door (which the rules module calls) turns them into findings whose messages may name a
 * dimension or a count, and each constraint's validator
 * reports its own rule's breaches at their paths with the constraint's fixed message. So a finding from the
 * rules and a violation have the same code, severity, path and source. The one exception is a rule the
 * rules report at two severities with two passages (the child's voice: an error for a child who is born, a
 * query for an unborn baby), which Bean Validation declares as two constraints, each with a code of its
 * own. A construction rule that is the guidance's own (a child born or unborn; a child under 16's consent;
 * golden rule 7; a scaling score from 0 to 10; a safety-plan row's owner and by when) is mirrored in the
 * default group, running the builder's own check where it is more than a value being there.
 *
 * <p><b>On a vendor's own form.</b> A rule about one value rather than a record may also be put on a
 * vendor's own field, getter, parameter or container element, with the same code, message and source:
 * {@link dev.safeguarding.model.signsofsafety.ScalingScore} ({@code @ScalingScore Integer score} on a form, a
 * {@code null} score valid), the one constraint with a target other than a type. The other rules need the
 * record as a whole, whose shape on a vendor's form is the vendor's own; validate the model's value built
 * from the form, or use Bean Validation's own constraints ({@code @NotEmpty}, {@code @NotNull}) on the
 * form's fields.
 *
 * <p><b>What Bean Validation cannot check.</b> A rule that needs a date "as of" (a session, a feedback
 * summary, a response or a safety-plan row overdue or late; the patterns in a chronology as of a date; the
 * deadlines of the timescales followed through a chronology), a working-day calendar, or data that is not
 * part of the record (the information-sharing advice a decision followed, the graded care profile a
 * snapshot was taken on, a partnership's escalation protocol) stays in the rules module: validation has no
 * such inputs.
 *
 * <p><b>Messages.</b> Each message is plain English, names the passage of the guidance the rule comes from,
 * and never holds personal data or quotes a value; {@link dev.safeguarding.model.validation.Findings} gives
 * each violation the rule's stable code and source.
 *
 * <p>Source: DESIGN.md, "safeguarding-model" (completeness rules that depend on a workflow stage are Bean
 * Validation constraints).
 */
@NullMarked
package dev.safeguarding.model.validation;

import org.jspecify.annotations.NullMarked;
