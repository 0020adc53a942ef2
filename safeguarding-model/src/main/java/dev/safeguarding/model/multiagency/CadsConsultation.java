package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A consultation with a Consultant Social Worker in the Children's Advice and Duty Service (CADS): a
 * telephone conversation with a professional who has concerns about a child. "A consultation with the
 * Children's Advice and Duty Service should be regarded as one of the most vital conversation
 * opportunities."
 *
 * <p>The record holds the caller and their agency ({@link #caller()}), the named Consultant Social
 * Worker, the seven {@linkplain CadsScriptStep script steps} completed, where consent stands, the
 * {@linkplain CadsOutcome outcome} and, for a formal referral, the pathway (a Family Support team or
 * FAST) and the level of need recorded, and the date the caller was given the feedback summary, due
 * "within five working days" ({@code norfolk.cads-feedback-summary}).
 *
 * <p>Rejected at construction: a blank identifier, child identifier or concern; a referral pathway other
 * than {@link Pathway#FAMILY_SUPPORT_REFERRAL} or {@link Pathway#FAST_REFERRAL}; a pathway without a level
 * of need or a level without a pathway; a formal referral with no pathway; a pathway with advice and
 * signposting or with no outcome; a feedback summary before the consultation. When the child is at
 * risk of immediate harm ({@link CadsOutcome#SHARED_IN_MASH}) a pathway may be recorded too, where the
 * MASH's information gathering leads to a referral to FAST.
 *
 * <p>The concern is free text about a family: {@link #toString()} never shows it, nor any name.
 *
 * <p>Bean Validation: a consultation saves as a draft at any stage; before its record is complete (the
 * {@link Complete} group) the rules module's queries apply, with the same codes and paths, run by the same
 * check: {@link CadsOutcomeRecorded}, {@link CadsScriptCompleted}, {@link CadsReferralConsentSought},
 * {@link CadsLevelMatchesPathway} (a referral whose level of need contradicts its pathway, such as a FAST
 * referral at Universal) and {@link ConsultantSocialWorkerNamed}. Whether the feedback summary is overdue or was late needs a date "as
 * of" and a calendar, which Bean Validation does not have: that stays with the rules module.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Children's
 * Advice &amp; Duty Service", "The Multi-Agency Safeguarding Hub (MASH)", "Family Help and High Needs
 * (FHHN) Service" and "Recording what we do and the decisions we take".
 */
@Value.Immutable
@CadsOutcomeRecorded(groups = Complete.class, payload = Query.class)
@CadsScriptCompleted(groups = Complete.class, payload = Query.class)
@CadsReferralConsentSought(groups = Complete.class, payload = Query.class)
@ConsultantSocialWorkerNamed(groups = Complete.class, payload = Query.class)
@CadsLevelMatchesPathway(groups = Complete.class, payload = Query.class)
public abstract class CadsConsultation {

    /** The identifier the vendor's system uses for the consultation; not blank. */
    public abstract String id();

    /** The identifiers of the children the consultation is about; may be empty. */
    public abstract List<String> childIds();

    /** The professional who called, with their role and agency. */
    public abstract Practitioner caller();

    /** The date of the conversation: the trigger of the feedback summary's timescale. */
    public abstract LocalDate consultedOn();

    /** The named Consultant Social Worker who handled the call. */
    public abstract Optional<Practitioner> consultantSocialWorker();

    /** The reason for the call, as the caller gave it; free text, never shown by {@link #toString()}. */
    public abstract Optional<String> concern();

    /** The steps of the script completed; may be empty. */
    public abstract Set<CadsScriptStep> completedSteps();

    /** Where consent stands; {@link ConsentStatus#NOT_SOUGHT} unless set. */
    @Value.Default
    public ConsentStatus consent() {
        return ConsentStatus.NOT_SOUGHT;
    }

    /** How the consultation ended, once it has. */
    public abstract Optional<CadsOutcome> outcome();

    /** For a referral, the team it goes to: {@link Pathway#FAMILY_SUPPORT_REFERRAL} or {@link Pathway#FAST_REFERRAL}. */
    public abstract Optional<Pathway> referralPathway();

    /** For a referral, the level of need recorded ("a formal referral, recording the level of need"). */
    public abstract Optional<LevelOfNeed> levelOfNeed();

    /** The date the caller was given the feedback summary of the conversation and agreed decision. */
    public abstract Optional<LocalDate> feedbackSummaryGivenOn();

    /** A builder; the identifier, caller and date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code consultation}, to record its outcome or feedback. */
    public static Builder builder(CadsConsultation consultation) {
        Builder builder = new Builder();
        builder.from(consultation);
        return builder;
    }

    /** Builds a {@link CadsConsultation}; {@code build()} checks the outcome, the referral and the dates. */
    public static final class Builder extends ImmutableCadsConsultation.Builder {
    }

    /** The script steps not completed, in the script's order. */
    public Set<CadsScriptStep> missingSteps() {
        Set<CadsScriptStep> missing = EnumSet.allOf(CadsScriptStep.class);
        missing.removeAll(completedSteps());
        return missing;
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "childIds", childIds(), "concern", concern());
        Checks.notBlank(id(), "id");
        for (String childId : childIds()) {
            Checks.notBlank(childId, "childIds");
        }
        concern().ifPresent(c -> Checks.notBlank(c, "concern"));
        referralPathway().ifPresent(p -> Checks.require(
                p == Pathway.FAMILY_SUPPORT_REFERRAL || p == Pathway.FAST_REFERRAL, "referralPathway",
                "must be FAMILY_SUPPORT_REFERRAL or FAST_REFERRAL"));
        Checks.require(referralPathway().isPresent() == levelOfNeed().isPresent(), "levelOfNeed",
                "must be recorded with a referral pathway, and only with one");
        CadsOutcome outcome = outcome().orElse(null);
        if (outcome == CadsOutcome.FORMAL_REFERRAL) {
            Checks.require(referralPathway().isPresent(), "referralPathway",
                    "must be given for a formal referral (Family Support or FAST)");
        } else if (outcome != CadsOutcome.SHARED_IN_MASH) {
            Checks.require(referralPathway().isEmpty(), "referralPathway",
                    "must be empty unless the outcome is a formal referral or information shared in the MASH");
        }
        feedbackSummaryGivenOn().ifPresent(d -> Checks.require(!d.isBefore(consultedOn()),
                "feedbackSummaryGivenOn", "must not be before the consultation"));
    }

    /** The identifiers, dates and shape; never the concern or a name. */
    @Override
    public String toString() {
        return "CadsConsultation{id=" + id() + ", childIds=" + childIds() + ", caller=" + caller()
                + ", consultedOn=" + consultedOn()
                + ", consultantSocialWorker=" + consultantSocialWorker().map(Practitioner::id).orElse("none")
                + (concern().isPresent() ? ", concern recorded" : "")
                + ", completedSteps=" + completedSteps().size() + "/" + CadsScriptStep.values().length
                + ", consent=" + consent() + ", outcome=" + outcome().map(Enum::name).orElse("none")
                + referralPathway().map(p -> ", referralPathway=" + p).orElse("")
                + levelOfNeed().map(l -> ", levelOfNeed=" + l).orElse("")
                + ", feedbackSummaryGivenOn=" + feedbackSummaryGivenOn().map(LocalDate::toString).orElse("none")
                + "}";
    }

    /**
     * What the guidance would query in this consultation: what the record of the consultation lacks: the script, the
     * outcome, consent to a referral, the consultant social worker and a level that matches the pathway. The
     * findings are those of the completeness rules that its Bean Validation constraints (group {@code Complete})
     * report, with the same codes, severities, paths and sources, each with a message that may name the part of the
     * record it is about; the rules module's {@code CadsConsultations.check} reports them too, beside the rules that
     * need a date or a profile. Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(MultiagencyChecks.cads(this));
    }
}
