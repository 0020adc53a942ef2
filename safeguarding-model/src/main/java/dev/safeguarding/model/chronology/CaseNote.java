package dev.safeguarding.model.chronology;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The case note of a visit, under the four headings the Somerset forum gives ({@link CaseNoteHeading}):
 * purpose of visit; observations of the child, including the child's voice; progress on the child's plan;
 * direct work undertaken. "Recording - recording of complex information needs to be clear and
 * unambiguous ... Every effort must be made to keep records accurate and current."
 *
 * <p>The child's voice is held as {@link ChildsView}s (what the child said, or for a baby what was
 * observed: "Use of observation to access the voice and lived experience of the child"), beside the
 * observations written under the second heading.
 *
 * <p>A note may be saved with headings still empty; which are missing is a question for the rules
 * ({@code dev.safeguarding.rules.chronology.CaseNotes.check}). Rejected at construction: a blank
 * identifier, child identifier or heading text.
 *
 * <p>Every heading is free text about a child: {@link #toString()} shows identifiers, the date and which
 * headings are filled in, never their text.
 *
 * <p>Bean Validation: a note saves as a draft with any heading empty; before it is placed on the child's file
 * (the {@link Complete} group) the rules module's queries apply, with the same codes, severities, paths and
 * sources, run by the same check: one for each heading, {@link PurposeOfVisitRecorded},
 * {@link ObservationsOfTheChildRecorded}, {@link ProgressOnPlanAssessed} and {@link DirectWorkRecorded} (at
 * {@code purposeOfVisit} and so on), and {@link CaseNoteChildsVoiceRecorded} (at {@code childsVoice}). They
 * are queries because the forum gives the headings, not which of them must be written.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Case Note Recordings",
 * "Managing Risk - Core Skills" and "Capturing a baby's perspective"; NSCP, <i>Norfolk Guidance to
 * Understanding Continuum of Needs</i> (2023), "Recording what we do and the decisions we take".
 */
@Value.Immutable
@PurposeOfVisitRecorded(groups = Complete.class, payload = Query.class)
@ObservationsOfTheChildRecorded(groups = Complete.class, payload = Query.class)
@ProgressOnPlanAssessed(groups = Complete.class, payload = Query.class)
@DirectWorkRecorded(groups = Complete.class, payload = Query.class)
@CaseNoteChildsVoiceRecorded(groups = Complete.class, payload = Query.class)
public abstract class CaseNote {

    /** The identifier the vendor's system uses for the note; not blank. */
    public abstract String id();

    /** The identifier of the child the visit was about; not blank. */
    public abstract String childId();

    /** The date of the visit. */
    public abstract LocalDate visitedOn();

    /** The practitioner who visited and wrote the note. */
    public abstract Practitioner author();

    /** "Purpose of visit". */
    public abstract Optional<String> purposeOfVisit();

    /** "Observations of the child (including the child's voice)": what was seen. */
    public abstract Optional<String> observationsOfTheChild();

    /** The child's voice on the visit: what the child said, or for a baby what was observed. */
    public abstract List<ChildsView> childsVoice();

    /** "Assess Progress on Child's Plan". */
    public abstract Optional<String> progressOnPlan();

    /** "Direct work undertaken on visit". */
    public abstract Optional<String> directWork();

    /** A builder; the identifiers, the date and the author are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CaseNote}. */
    public static final class Builder extends ImmutableCaseNote.Builder {
    }

    /** The text under {@code heading}, if written. */
    public Optional<String> heading(CaseNoteHeading heading) {
        Objects.requireNonNull(heading, "heading");
        return switch (heading) {
            case PURPOSE_OF_VISIT -> purposeOfVisit();
            case OBSERVATIONS_OF_THE_CHILD -> observationsOfTheChild();
            case PROGRESS_ON_PLAN -> progressOnPlan();
            case DIRECT_WORK -> directWork();
        };
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "childId", childId(), "purposeOfVisit", purposeOfVisit(),
                "observationsOfTheChild", observationsOfTheChild(), "progressOnPlan", progressOnPlan(),
                "directWork", directWork());
        Checks.notBlank(id(), "id");
        Checks.notBlank(childId(), "childId");
        purposeOfVisit().ifPresent(t -> Checks.notBlank(t, "purposeOfVisit"));
        observationsOfTheChild().ifPresent(t -> Checks.notBlank(t, "observationsOfTheChild"));
        progressOnPlan().ifPresent(t -> Checks.notBlank(t, "progressOnPlan"));
        directWork().ifPresent(t -> Checks.notBlank(t, "directWork"));
    }

    /** The identifiers, the date and which headings are written; never their text. */
    @Override
    public String toString() {
        StringBuilder headings = new StringBuilder();
        for (CaseNoteHeading heading : CaseNoteHeading.values()) {
            if (heading(heading).isPresent()) {
                headings.append(headings.length() == 0 ? "" : ", ").append(heading.name());
            }
        }
        return "CaseNote{id=" + id() + ", childId=" + childId() + ", visitedOn=" + visitedOn() + ", author="
                + author().id() + ", headings=[" + headings + "], childsVoice=" + childsVoice().size() + "}";
    }

    /**
     * What the guidance would query in this case note: the case note's headings left empty and the child's voice not
     * recorded. The findings are those of the completeness rules that its Bean Validation constraints (group {@code
     * Complete}) report, with the same codes, severities, paths and sources, each with a message that may name the
     * part of the record it is about; the rules module's {@code CaseNotes.check} reports them too, beside the rules
     * that need a date or a profile. Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(ChronologyChecks.caseNote(this));
    }
}
