package dev.safeguarding.model.prebirth;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A pre-birth assessment of an unborn child: "When agencies are able to anticipate safeguarding risks
 * and vulnerabilities to an unborn baby, such concerns should be addressed through a pre-birth
 * assessment." It records which of the protocol's {@linkplain PreBirthTask tasks} it addressed, the
 * risks and vulnerabilities identified, the siblings it considered ("To take any action to protect the
 * baby (and any other existing siblings)"), the adult services supporting a parent that it worked with,
 * and the level of need it concluded.
 *
 * <p>"Young babies are particularly vulnerable to abuse, and work carried out in the ante-natal period
 * can help minimise any potential harm if there is early assessment, intervention and support." How early
 * is a partnership's own rule (the seed gives no number of weeks; see the library's notes on local
 * timescales): {@link #weeksBeforeDelivery()} says how early this one started.
 *
 * <p>Rejected at construction: a blank identifier, a child who is not unborn (the record of a born child
 * has a date of birth instead of an expected date of delivery), completion before the start, a blank
 * sibling identifier or risk.
 *
 * <p>The risks are free text about a family: {@link #toString()} shows identifiers and counts only.
 *
 * <p>Bean Validation: an assessment saves as a draft at any stage; before it is complete (the
 * {@link Complete} group) the rules module's queries apply, with the same codes, severities, paths and
 * sources, run by the same check: {@link PreBirthTasksAddressed} (at {@code addressedTasks}) and, once it has
 * a date of completion, {@link PreBirthRisksRecorded} (at {@code risks}) and {@link PreBirthLevelOfNeedRecorded}
 * (at {@code levelOfNeed}). How early it started ({@link #weeksBeforeDelivery()}) is a partnership's own rule,
 * on which the seed is silent; no constraint checks it.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol" and "Timeline/Processes" ("Pre-birth Assessment").
 */
@Value.Immutable
@PreBirthTasksAddressed(groups = Complete.class, payload = Query.class)
@PreBirthRisksRecorded(groups = Complete.class, payload = Query.class)
@PreBirthLevelOfNeedRecorded(groups = Complete.class, payload = Query.class)
public abstract class PreBirthAssessment {

    /** The identifier the vendor's system uses for the assessment; not blank. */
    public abstract String id();

    /** The unborn child, with the expected date of delivery. */
    public abstract Child child();

    /** The date the assessment started. */
    public abstract LocalDate startedOn();

    /** The date it was completed, once it is. */
    public abstract Optional<LocalDate> completedOn();

    /** The protocol's tasks the assessment addressed. */
    public abstract Set<PreBirthTask> addressedTasks();

    /** The risks and vulnerabilities identified, in the order recorded; free text. */
    public abstract List<String> risks();

    /** The identifiers of the unborn child's siblings the assessment considered. */
    public abstract List<String> siblingIds();

    /** The adult services providing care, treatment or support to a parent that the assessment worked with. */
    public abstract List<Agency> adultServices();

    /** The level of need the assessment concluded, once it has. */
    public abstract Optional<LevelOfNeed> levelOfNeed();

    /** A builder; the identifier, the unborn child and the start date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PreBirthAssessment}. */
    public static final class Builder extends ImmutablePreBirthAssessment.Builder {
    }

    /** The unborn child's expected date of delivery. */
    public LocalDate expectedDateOfDelivery() {
        return child().expectedDateOfDelivery().orElseThrow();
    }

    /**
     * Whole weeks from the start of the assessment to the expected date of delivery; negative if it started
     * after that date.
     */
    public long weeksBeforeDelivery() {
        return ChronoUnit.WEEKS.between(startedOn(), expectedDateOfDelivery());
    }

    /** The protocol's tasks not addressed, in the protocol's order. */
    public Set<PreBirthTask> tasksNotAddressed() {
        Set<PreBirthTask> missing = EnumSet.allOf(PreBirthTask.class);
        missing.removeAll(addressedTasks());
        return missing;
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "risks", risks(), "siblingIds", siblingIds());
        Checks.notBlank(id(), "id");
        Checks.require(child().isUnborn(), "child", "must be an unborn child, with an expected date of delivery");
        completedOn().ifPresent(d -> Checks.require(!d.isBefore(startedOn()), "completedOn",
                "must not be before startedOn"));
        risks().forEach(r -> Checks.notBlank(r, "risks"));
        siblingIds().forEach(s -> Checks.notBlank(s, "siblingIds"));
    }

    /** The identifiers and counts; never the expected date of delivery or the risks. */
    @Override
    public String toString() {
        return "PreBirthAssessment{id=" + id() + ", child=" + child() + ", completed=" + completedOn().isPresent()
                + ", addressedTasks=" + addressedTasks().size() + "/" + PreBirthTask.values().length
                + ", risks=" + risks().size() + ", siblings=" + siblingIds().size() + ", adultServices="
                + adultServices().size() + levelOfNeed().map(l -> ", levelOfNeed=" + l).orElse("") + "}";
    }

    /**
     * What the guidance would query in this assessment: the protocol's tasks not addressed, no risks recorded and no
     * level of need. The findings are those of the completeness rules that its Bean Validation constraints (group
     * {@code Complete}) report, with the same codes, severities, paths and sources, each with a message that may
     * name the part of the record it is about; the rules module's {@code PreBirth.check} reports them too, beside
     * the rules that need a date or a profile. Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(PreBirthChecks.assessment(this));
    }
}
