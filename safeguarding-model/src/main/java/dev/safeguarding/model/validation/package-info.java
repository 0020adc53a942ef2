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
 * <p><b>Where the constraints are.</b> Every rule is a class-level constraint on the model's abstract
 * type (for example {@code @ConcernRecorded} on {@code ThresholdQuestion}) whose validator reports each
 * breach at the property it is about ({@code indicators[2].description}); see
 * {@link dev.safeguarding.model.validation.RuleValidator} for why. A rule belongs to the record it is
 * checked on and looks into the values the record holds itself: the model declares no {@code @Valid}
 * cascades, because a provider in its default configuration does not see the model's accessors as
 * properties. A vendor's own class may cascade into a model value with {@code @Valid} on a field or getter
 * of its own.
 *
 * <p><b>Messages.</b> Each message is plain English, names the passage of the guidance the rule comes from,
 * and never holds personal data or quotes a value; {@link dev.safeguarding.model.validation.Findings} gives
 * each violation the rule's stable code and source.
 *
 * <p>Source: DESIGN.md, "safeguarding-model" (completeness rules that depend on a workflow stage are Bean
 * Validation constraints).
 */
package dev.safeguarding.model.validation;
