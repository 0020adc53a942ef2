package dev.safeguarding.model.chronology;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.validation.Breaches;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.GuidanceRule;
import dev.safeguarding.model.validation.Query;
import dev.safeguarding.model.validation.RuleValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A case note of a visit has something written under the Somerset heading "Observations of the child
 * (including the child's voice)" (what was seen of the child; what the child said or showed is
 * {@link CaseNoteChildsVoiceRecorded}'s to report). Reported, with the code
 * {@code case-note.observations-of-the-child-missing}, at {@code observationsOfTheChild} when nothing is
 * written there.
 *
 * <p>Declared on {@link CaseNote} in the {@link Complete} group, as a {@link Query}: the forum gives the
 * headings of a case note, not which of them must be written, so a note with a heading empty is looked at
 * before it is placed on the child's file, not refused; a draft note saves with any heading empty.
 *
 * <p>The rules module's {@code CaseNotes.check} reports the same rule with the same code, path and source;
 * both run one check, in the model.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum: Confident &amp;
 * Competent Multi-Agency Working with Children in Need</i> (2017), "Case Note Recordings".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = ChronologyChecks.OBSERVATIONS_OF_THE_CHILD_MISSING, document = Titles.SOMERSET_PRACTITIONER_FORUM_2017,
        section = "Case Note Recordings")
@Constraint(validatedBy = ObservationsOfTheChildRecorded.Validator.class)
public @interface ObservationsOfTheChildRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Nothing is written under the case note heading 'Observations of the child"
            + " (including the child's voice)'."
            + " Source: " + Titles.SOMERSET_PRACTITIONER_FORUM_2017 + ", 'Case Note Recordings'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CaseNote}. */
    final class Validator extends RuleValidator<ObservationsOfTheChildRecorded, CaseNote> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(CaseNote note, Violations violations) {
            Breaches.report(ChronologyChecks.caseNote(note),
                    ChronologyChecks.OBSERVATIONS_OF_THE_CHILD_MISSING, violations);
        }
    }
}
