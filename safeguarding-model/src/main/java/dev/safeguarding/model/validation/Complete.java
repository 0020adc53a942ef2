package dev.safeguarding.model.validation;

import jakarta.validation.groups.Default;

/**
 * The validation group for what a record must satisfy before it is submitted or shared: a question
 * taken to the Children's Advice and Duty Service, a record placed on the child's file. The
 * {@linkplain Default default group} holds what any saved draft must satisfy; a record is a draft until
 * it satisfies this group too.
 *
 * <p>{@code Complete} extends {@link Default}, so validating it checks the draft's rules as well:
 *
 * <pre>{@code
 * validator.validate(question);                  // may it be saved as a draft?
 * validator.validate(question, Complete.class);  // may it be submitted or shared?
 * }</pre>
 *
 * <p>The guidance does not name the stages of a record (it speaks of recording a conversation, sharing
 * information and placing a record on the child's file), so the library has one group for "ready to
 * submit or share" rather than a group per stage. Source: NSCP, <i>Norfolk Guidance to Understanding
 * Continuum of Needs</i> (2023), "Recording what we do and the decisions we take"; DESIGN.md
 * ("completeness rules that depend on a workflow stage are Bean Validation constraints").
 */
public interface Complete extends Default {
}
