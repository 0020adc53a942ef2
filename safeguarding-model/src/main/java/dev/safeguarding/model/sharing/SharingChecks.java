package dev.safeguarding.model.sharing;

import dev.safeguarding.model.GuidanceDocument;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.validation.Breach;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The records of information sharing: the one implementation behind the rules module's
 * {@code SharingRecords.check}, the construction checks of {@link Consent} and {@link SharingDecision},
 * and their Bean Validation constraints.
 *
 * <ul>
 *   <li>Consent given but not informed ({@value #CONSENT_NOT_INFORMED}, a query at {@code informed}):
 *       "Consent means that the family is fully informed about the services they are being referred to,
 *       agree with the referral being made and understand what information professionals are passing on
 *       and why" ("Information Sharing").</li>
 *   <li>A child under 16 answering for themselves: "Mental capacity includes asking for consent for
 *       children under 16 in line with Gillick competence and Fraser Guidelines" ("Gaining Consent and
 *       Working on a Voluntary Basis with a Family").</li>
 *   <li>What a record of a decision holds: golden rule 7, "Keep a record of your decision and the reasons
 *       for it \u2013 whether it is to share information or not. If you decide to share, then record what
 *       you have shared, with whom and for what purpose"; golden rule 4, "be certain of the basis upon
 *       which you are doing so".</li>
 * </ul>
 */
final class SharingChecks {

    /** Consent given but recorded as not informed. */
    static final String CONSENT_NOT_INFORMED = "sharing.consent-not-informed";

    /** A child under 16 refused for themselves before any judgement of their competence was recorded. */
    static final String CHILD_REFUSAL_WITHOUT_BASIS = "sharing.child-refusal-without-basis";

    /** A record lacks something it must contain; the path is the field. */
    static final String CONTENT_MISSING = "sharing.record-content-missing";

    private static final List<RecordContent> GOLDEN_RULE_7 = List.of(RecordContent.DECISION, RecordContent.REASONS,
            RecordContent.WHAT_WAS_SHARED, RecordContent.WITH_WHOM, RecordContent.PURPOSE, RecordContent.BASIS,
            RecordContent.DECIDED_BY, RecordContent.DECIDED_ON);

    /** "Gaining Consent and Working on a Voluntary Basis with a Family" (Gillick competence, Fraser Guidelines). */
    private static final SourcePassage GAINING_CONSENT =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Gaining Consent and Working on a Voluntary Basis with a Family");

    /** "Information Sharing" (the golden rules; consent). */
    private static final SourcePassage INFORMATION_SHARING =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Information Sharing");

    private SharingChecks() {
    }

    /**
     * The breaches of a record of consent: consent given but not informed; a child under 16's own refusal with
     * no judgement of their competence recorded.
     *
     * @throws NullPointerException if {@code consent} is null
     */
    static List<Breach> consent(Consent consent) {
        Objects.requireNonNull(consent, "consent");
        List<Breach> breaches = new ArrayList<>();
        if (consent.isGiven() && !consent.informed()) {
            breaches.add(Breach.of(Severity.QUERY, CONSENT_NOT_INFORMED,
                    "Consent was given but not informed: consent means that the family is fully informed about"
                            + " the services they are being referred to and understands what information"
                            + " professionals are passing on and why.", INFORMATION_SHARING, "informed"));
        }
        if (answeredByChildUnder16(consent) && !consent.isGiven() && consent.childBasis().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, CHILD_REFUSAL_WITHOUT_BASIS,
                    "A child under 16 refused for themselves and no judgement of their competence is recorded: the"
                            + " refusal is recorded as the child's wish; consent for children under 16 is asked in"
                            + " line with Gillick competence and Fraser Guidelines.", GAINING_CONSENT,
                    "childBasis"));
        }
        return List.copyOf(breaches);
    }

    /**
     * Whether the child answered for themselves while under 16 ({@link Consent#AGE_OF_OWN_CONSENT}) on the
     * day of the answer; then the answer rests on a {@linkplain Consent#childBasis() basis}. False for an
     * unborn child, or an answer dated before the child's birth (records the model refuses for other
     * reasons).
     */
    static boolean answeredByChildUnder16(Consent consent) {
        if (!consent.isAnsweredByChild()) {
            return false;
        }
        LocalDate answered = consent.answeredOn();
        return consent.child().dateOfBirth().filter(born -> !answered.isBefore(born)).isPresent()
                && consent.child().ageInYearsOn(answered) < Consent.AGE_OF_OWN_CONSENT;
    }

    /**
     * The rule on a child under 16's own answer that {@code consent} breaks, worded as a rule of
     * {@code childBasis}: consent given with no basis, or given on a basis that is not
     * {@linkplain dev.safeguarding.model.sharing.ChildConsentBasis#isSufficient() sufficient} (not judged
     * Gillick competent, or not meeting every Fraser criterion where the guidelines apply). Empty when the
     * rule is kept, or the child did not answer while under 16. A refusal with no basis keeps it: the child's
     * refusal is recorded as their wish even before a judgement of competence, and is queried instead
     * ({@link #CHILD_REFUSAL_WITHOUT_BASIS}; the library's reading).
     */
    static Optional<String> childUnder16Basis(Consent consent) {
        if (!answeredByChildUnder16(consent)) {
            return Optional.empty();
        }
        if (consent.childBasis().isEmpty() && consent.isGiven()) {
            return Optional.of("must be given when a child under 16 gives consent for themselves (Gillick"
                    + " competence; Fraser guidelines where they apply)");
        }
        if (consent.childBasis().isEmpty()) {
            // a refusal is the child's wish, recorded before any judgement of competence; queried, not refused
            return Optional.empty();
        }
        if (consent.isGiven() && !consent.childBasis().get().isSufficient()) {
            return Optional.of("a child under 16 gives consent only if judged Gillick competent (and meeting every"
                    + " Fraser criterion where the guidelines apply)");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code decision} holds {@code content}, whatever the advice it followed. The decision, who
     * decided and when are always held; the reasons when not blank; what was shared, with whom and for what
     * purpose when recorded, and always for a decision not to share (golden rule 7 asks for them "if you
     * decide to share"); the basis when the record refers to a consent (for a decision not to share, a
     * refusal) or gives reasons to share without it; the advice sought when someone is named.
     */
    static boolean holds(SharingDecision decision, RecordContent content) {
        return switch (content) {
            case DECISION, DECIDED_BY, DECIDED_ON -> true;
            case REASONS -> decision.reasons() != null && !decision.reasons().isBlank();
            case WHAT_WAS_SHARED -> !decision.share() || decision.information().isPresent();
            case WITH_WHOM -> !decision.share() || !decision.recipients().isEmpty();
            case PURPOSE -> !decision.share() || decision.purpose().isPresent();
            case BASIS -> decision.consentId().isPresent() || !decision.reasonsWithoutConsent().isEmpty();
            case ADVICE_SOUGHT -> !decision.adviceSoughtFrom().isEmpty();
        };
    }

    /**
     * What golden rules 7 and 4 ask of every record of a decision, whatever the advice, that
     * {@code decision} lacks, in the order of {@link RecordContent}: the reasons; for a decision to share,
     * what was shared, with whom, for what purpose and on what basis. (A decision not to share needs a
     * basis only where the advice was to respect a refusal: {@code SharingRecords.check(advice, decision)}.)
     */
    static List<RecordContent> contentsMissing(SharingDecision decision) {
        List<RecordContent> missing = new ArrayList<>();
        for (RecordContent content : GOLDEN_RULE_7) {
            boolean required = content != RecordContent.BASIS || decision.share();
            if (required && !holds(decision, content)) {
                missing.add(content);
            }
        }
        return List.copyOf(missing);
    }
}
