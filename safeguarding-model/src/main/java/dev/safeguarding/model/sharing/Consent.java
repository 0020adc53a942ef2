package dev.safeguarding.model.sharing;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of asking for consent about a child: who asked, who was asked, who gave or refused it and
 * when, for what ({@linkplain ConsentScope which information, which agencies, what purpose}), whether it
 * was informed, and, where the child answered for themselves while under 16, the
 * {@linkplain ChildConsentBasis basis} on which the child's own consent was taken.
 *
 * <p>A record is immutable. Asking again is a new record; a {@linkplain ConsentWithdrawal withdrawal} is
 * a later event that refers to this record by its identifier, never an edit of it.
 * {@link #statusOn(LocalDate, Collection)} gives where consent stands on a day.
 *
 * <p>The model rejects, as making no sense: an answer of {@link ConsentStatus#NOT_SOUGHT}; an answer
 * before the question; consent asked by anyone but a practitioner, or asked of or answered by a
 * practitioner; a reference to a child other than this one; an answer by an unborn child; consent given by
 * a child under 16 on the day of the answer without the basis of their consent; consent given by a child
 * under 16 whose basis is not {@linkplain ChildConsentBasis#isSufficient() sufficient} (that is not the
 * child's consent); and a basis where the answer is not the child's own, or the child is 16 or over.
 *
 * <p>Whether consent was informed is recorded, not enforced: "Consent means that the family is fully
 * informed about the services they are being referred to, agree with the referral being made and
 * understand what information professionals are passing on and why", so consent that was not informed
 * is a record to question (see the rules module's record checks), not one to refuse.
 *
 * <p>{@link #toString()} shows identifiers, the answer and dates of the conversation only; never the
 * child's name or date of birth, nor the scope's free text.
 *
 * <p>Bean Validation: the default group holds the guidance's rule on a child under 16's own consent
 * ({@link ConsentOfAChildUnder16}, which the builder enforces too); before consent is relied on (the
 * {@link Complete} group) consent given but not informed is a query ({@link ConsentInformed}), and so is a
 * child under 16's own refusal with no judgement of their competence ({@link ChildsRefusalJudged}: the refusal
 * is recorded as the child's wish even before that judgement, the library's reading), as in the rules module's
 * record checks. The guidance is silent on the other parts of the record (who was asked,
 * the scope): they have no constraint.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing", "Gaining Consent and Working on a Voluntary Basis with a Family" and "Recording what we do and
 * the decisions we take".
 */
@Value.Immutable
@ConsentOfAChildUnder16
@ConsentInformed(groups = Complete.class, payload = Query.class)
@ChildsRefusalJudged(groups = Complete.class, payload = Query.class)
public abstract class Consent {

    /** The age from which a child answers for themselves without a {@link ChildConsentBasis}: {@value}. */
    public static final int AGE_OF_OWN_CONSENT = 16;

    /** The identifier of this record; not blank. */
    public abstract String id();

    /** The child the information is about. */
    public abstract Child child();

    /** The practitioner who asked. */
    public abstract Contributor askedBy();

    /** Who was asked: the child or a member of the family. */
    public abstract Contributor asked();

    /** Who gave or refused consent; by default the person asked. */
    @Value.Default
    public Contributor answeredBy() {
        return asked();
    }

    /** The day consent was asked for. */
    public abstract LocalDate askedOn();

    /** The day consent was given or refused; by default the day it was asked for. */
    @Value.Default
    public LocalDate answeredOn() {
        return askedOn();
    }

    /** The answer: {@link ConsentStatus#GIVEN} or {@link ConsentStatus#REFUSED}. */
    public abstract ConsentStatus answer();

    /** What consent was asked for. */
    public abstract ConsentScope scope();

    /**
     * Whether the person was fully informed: about the services, what information would be passed on and
     * why ("why, what, how and with whom information will, or could be shared").
     */
    public abstract boolean informed();

    /**
     * For a child under 16 answering for themselves, the basis on which their own consent was taken: required
     * for consent given; for a refusal it may follow later (the refusal is the child's wish, queried until a
     * judgement of competence is recorded).
     */
    public abstract Optional<ChildConsentBasis> childBasis();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Consent}. */
    public static final class Builder extends ImmutableConsent.Builder {
    }

    /** Whether consent was given. */
    public boolean isGiven() {
        return answer() == ConsentStatus.GIVEN;
    }

    /** Whether the child answered for themselves. */
    public boolean isAnsweredByChild() {
        return answeredBy().kind() == ContributorKind.CHILD;
    }

    /**
     * The earliest day, among {@code withdrawals}, on which this consent was withdrawn; withdrawals of other
     * consents are ignored.
     *
     * @throws IllegalArgumentException if a withdrawal of this consent is of a refusal, or dated before the
     *     consent was given
     */
    public Optional<LocalDate> withdrawnOn(Collection<ConsentWithdrawal> withdrawals) {
        Objects.requireNonNull(withdrawals, "withdrawals");
        Optional<LocalDate> earliest = withdrawals.stream()
                .filter(w -> w.consentId().equals(id()))
                .map(ConsentWithdrawal::withdrawnOn)
                .min(Comparator.naturalOrder());
        earliest.ifPresent(day -> {
            if (!isGiven()) {
                throw new IllegalArgumentException("withdrawals: only consent that was given can be withdrawn");
            }
            if (day.isBefore(answeredOn())) {
                throw new IllegalArgumentException(
                        "withdrawals: a withdrawal of this consent is dated before the consent was given");
            }
        });
        return earliest;
    }

    /**
     * Where this consent stands on {@code date}, given the withdrawals recorded (withdrawals of other
     * consents are ignored): {@link ConsentStatus#NOT_SOUGHT} before the day of the answer; the answer from
     * then on; and, once consent that was given has been withdrawn, {@link ConsentStatus#REFUSED} from the
     * day of the withdrawal (the person no longer agrees; {@code ConsentStatus} has no separate value for
     * withdrawn consent, and the seed names none).
     *
     * @throws IllegalArgumentException as {@link #withdrawnOn(Collection)}
     */
    public ConsentStatus statusOn(LocalDate date, Collection<ConsentWithdrawal> withdrawals) {
        Objects.requireNonNull(date, "date");
        Optional<LocalDate> withdrawn = withdrawnOn(withdrawals);
        if (date.isBefore(answeredOn())) {
            return ConsentStatus.NOT_SOUGHT;
        }
        if (withdrawn.isPresent() && !date.isBefore(withdrawn.get())) {
            return ConsentStatus.REFUSED;
        }
        return answer();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id());
        Checks.notBlank(id(), "id");
        Checks.require(answer() != ConsentStatus.NOT_SOUGHT, "answer",
                "must be GIVEN or REFUSED: consent that was not sought has no record");
        Checks.require(askedBy().kind() == ContributorKind.PRACTITIONER, "askedBy", "must be a practitioner");
        Checks.require(asked().kind() != ContributorKind.PRACTITIONER, "asked",
                "must be the child or a member of the family, not a practitioner");
        Checks.require(answeredBy().kind() != ContributorKind.PRACTITIONER, "answeredBy",
                "must be the child or a member of the family, not a practitioner");
        Checks.require(isThisChild(asked()), "asked", "a child asked must be the child the record is about");
        Checks.require(isThisChild(answeredBy()), "answeredBy",
                "a child answering must be the child the record is about");
        Checks.require(!answeredOn().isBefore(askedOn()), "answeredOn", "must not be before askedOn");
        if (isAnsweredByChild()) {
            Checks.require(!child().isUnborn(), "answeredBy", "an unborn child cannot answer");
            LocalDate born = child().dateOfBirth().orElseThrow();
            Checks.require(!answeredOn().isBefore(born), "answeredOn",
                    "must not be before the child's date of birth");
            // the guidance's rule, shared with the constraint ConsentOfAChildUnder16
            Optional<String> broken = SharingChecks.childUnder16Basis(this);
            if (broken.isPresent()) {
                throw new InvalidValueException("childBasis", broken.get());
            }
            Checks.require(SharingChecks.answeredByChildUnder16(this) || childBasis().isEmpty(), "childBasis",
                    "applies only to a child under 16 on the day of the answer");
        } else {
            Checks.require(childBasis().isEmpty(), "childBasis",
                    "applies only when the child answers for themselves");
        }
    }

    private boolean isThisChild(Contributor contributor) {
        return contributor.kind() != ContributorKind.CHILD || contributor.id().equals(child().id());
    }

    /** Identifiers, the answer and the dates of the conversation; never personal data or free text. */
    @Override
    public String toString() {
        return "Consent{id=" + id() + ", child=" + child().id() + ", askedBy=" + askedBy().id()
                + ", asked=" + asked().kind() + " " + asked().id()
                + (answeredBy().equals(asked()) ? "" : ", answeredBy=" + answeredBy().kind() + " " + answeredBy().id())
                + ", askedOn=" + askedOn() + (answeredOn().equals(askedOn()) ? "" : ", answeredOn=" + answeredOn())
                + ", answer=" + answer() + ", scope=" + scope() + ", informed=" + informed()
                + childBasis().map(b -> ", childBasis=" + b).orElse("") + "}";
    }

    /**
     * What the guidance would query in this consent: consent not informed and a child's refusal without its basis.
     * The findings are those of the completeness rules that its Bean Validation constraints (group {@code Complete})
     * report, with the same codes, severities, paths and sources, each with a message that may name the part of the
     * record it is about; the rules module's {@code SharingRecords.check} reports them too, beside the rules that
     * need a date or a profile. Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(SharingChecks.consent(this));
    }
}
