package dev.safeguarding.model.sharing;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The record of a decision to share information about a child, or not to (golden rule 7): the decision,
 * what was shared, with whom, for what purpose, on what basis (a {@linkplain #consentId() consent}, or
 * {@linkplain #reasonsWithoutConsent() reasons to share without it}), the reasons, who decided and when.
 *
 * <p>Records are immutable. A correction is a new record whose {@link #corrects()} names the identifier of
 * the record it corrects; the record corrected stays as it was, so the record of every decision is kept.
 *
 * <p>A decision to share must say what was shared, with whom, for what purpose and on exactly one basis:
 * consent or reasons without it. A decision not to share has no reasons to share without consent and no
 * {@linkplain #qualities() rule-6 qualities} (which are about information shared); it may say what was
 * asked for, of whom and why, and refer to the consent that was refused.
 *
 * <p>What was shared, the purpose and the reasons are free text about a family: {@link #toString()} never
 * shows them, nor the child's name or date of birth.
 *
 * <p>Bean Validation: the default group holds golden rule 7's contents ({@link DecisionRecorded}, which the
 * builder enforces too), so every saved record, draft or not, has them. What the record must hold beyond
 * golden rule 7 depends on the advice it followed, which is not part of the record: the rules module's
 * {@code SharingRecords.check(advice, decision)} checks it. Corrections are checked across records
 * ({@code SharingRecords.checkCorrections}), not on one.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" (golden rules 4, 6 and 7), "Recording what we do and the decisions we take" and "Single Agency
 * Record Keeping".
 */
@Value.Immutable
@DecisionRecorded
public abstract class SharingDecision {

    /** The identifier of this record; not blank. */
    public abstract String id();

    /** The identifier of the record this one corrects, if it is a correction. */
    public abstract Optional<String> corrects();

    /** The child the information is about. */
    public abstract Child child();

    /** Whether the decision is to share. */
    public abstract boolean share();

    /** What was shared (for a decision not to share, what was asked for, if recorded); free text. */
    public abstract Optional<String> information();

    /** With whom it was shared (or, for a decision not to share, who asked for it); at least one if shared. */
    public abstract List<Agency> recipients();

    /** For what purpose; free text, required if shared. */
    public abstract Optional<String> purpose();

    /** The {@link Consent} the decision rests on (for a decision not to share, a refusal), if any. */
    public abstract Optional<String> consentId();

    /** The reasons to share without consent; only for a decision to share without consent. */
    public abstract Set<WithoutConsentReason> reasonsWithoutConsent();

    /**
     * The qualities of golden rule 6 the decision-maker confirmed for the information shared; only for a
     * decision to share; may be empty.
     */
    public abstract Set<SharingQuality> qualities();

    /** The reasons for the decision, in the decision-maker's words; free text, not blank. */
    public abstract String reasons();

    /** The practitioners from whom advice was sought (golden rule 3); may be empty. */
    public abstract List<Contributor> adviceSoughtFrom();

    /** The practitioner who decided. */
    public abstract Contributor decidedBy();

    /** The day of the decision. */
    public abstract LocalDate decidedOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SharingDecision}. */
    public static final class Builder extends ImmutableSharingDecision.Builder {
    }

    /** Whether this record corrects another. */
    public boolean isCorrection() {
        return corrects().isPresent();
    }

    /** Whether the decision is to share with consent. */
    public boolean isSharedWithConsent() {
        return share() && consentId().isPresent();
    }

    /** Whether the decision is to share without consent. */
    public boolean isSharedWithoutConsent() {
        return share() && !reasonsWithoutConsent().isEmpty();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "corrects", corrects(), "information", information(), "purpose", purpose(),
                "consentId", consentId(), "reasons", reasons());
        Checks.notBlank(id(), "id");
        corrects().ifPresent(c -> {
            Checks.notBlank(c, "corrects");
            Checks.require(!c.equals(id()), "corrects", "a record cannot correct itself");
        });
        information().ifPresent(i -> Checks.notBlank(i, "information"));
        purpose().ifPresent(p -> Checks.notBlank(p, "purpose"));
        consentId().ifPresent(c -> Checks.notBlank(c, "consentId"));
        Checks.notBlank(reasons(), "reasons");
        Checks.require(decidedBy().kind() == ContributorKind.PRACTITIONER, "decidedBy", "must be a practitioner");
        for (Contributor adviser : adviceSoughtFrom()) {
            Checks.require(adviser.kind() == ContributorKind.PRACTITIONER, "adviceSoughtFrom",
                    "must be practitioners (\"Seek advice from other practitioners\")");
        }
        // golden rules 7 and 4, shared with the constraint DecisionRecorded and the rules module
        List<RecordContent> missing = SharingChecks.contentsMissing(this);
        if (!missing.isEmpty()) {
            RecordContent first = missing.get(0);
            throw new InvalidValueException(first.field(), switch (first) {
                case WHAT_WAS_SHARED -> "must say what was shared";
                case WITH_WHOM -> "must say with whom it was shared";
                case PURPOSE -> "must say for what purpose it was shared";
                case BASIS -> "a decision to share rests on exactly one basis: a consent, or reasons to share"
                        + " without it";
                default -> "must be recorded (golden rule 7)";
            });
        }
        if (share()) {
            Checks.require(consentId().isEmpty() || reasonsWithoutConsent().isEmpty(), "consentId",
                    "a decision to share rests on exactly one basis: a consent, or reasons to share without it");
        } else {
            Checks.require(reasonsWithoutConsent().isEmpty(), "reasonsWithoutConsent",
                    "only for a decision to share");
            Checks.require(qualities().isEmpty(), "qualities", "only for a decision to share");
        }
    }

    /** Identifiers, the decision, the recipients' identifiers and the basis; never free text or personal data. */
    @Override
    public String toString() {
        return "SharingDecision{id=" + id() + corrects().map(c -> ", corrects=" + c).orElse("")
                + ", child=" + child().id() + ", " + (share() ? "share" : "do not share")
                + (recipients().isEmpty() ? "" : ", recipients=" + recipients().stream().map(Agency::id).toList())
                + consentId().map(c -> ", consent=" + c).orElse("")
                + (reasonsWithoutConsent().isEmpty() ? "" : ", reasonsWithoutConsent=" + reasonsWithoutConsent())
                + (qualities().isEmpty() ? "" : ", qualities=" + qualities())
                + (adviceSoughtFrom().isEmpty() ? ""
                        : ", adviceSoughtFrom=" + adviceSoughtFrom().stream().map(Contributor::id).toList())
                + ", decidedBy=" + decidedBy().id() + ", decidedOn=" + decidedOn() + "}";
    }

    /**
     * Whether this record holds {@code content}, whatever the advice it followed: the decision, who decided and
     * when always; the reasons when not blank; what was shared, with whom and for what purpose when recorded, and
     * always for a decision not to share (golden rule 7 asks for them "if you decide to share"); the basis when
     * the record refers to a consent or gives reasons to share without it; the advice sought when someone is
     * named.
     *
     * @throws NullPointerException if {@code content} is null
     */
    public boolean holds(RecordContent content) {
        return SharingChecks.holds(this, Objects.requireNonNull(content, "content"));
    }
}
