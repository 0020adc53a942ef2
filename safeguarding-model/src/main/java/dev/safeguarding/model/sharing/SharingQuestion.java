package dev.safeguarding.model.sharing;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts of a situation in which a practitioner is deciding whether to share information about a
 * child or family: where consent stands, and the circumstances in which the guidance says consent is not
 * needed. An information-sharing advisor turns a question into advice (never a decision).
 *
 * <p>It holds facts only, no personal data. Every fact is optional: consent
 * {@linkplain ConsentStatus#NOT_SOUGHT not sought}, nobody at increased risk if consent were sought, no
 * serious crime investigation to undermine, no risk from delay, no immediate risk of harm, no child
 * protection concern, not in doubt,
 * and a safeguarding purpose (the library's default: it advises safeguarding practitioners; set
 * {@code purposeIsSafeguarding(false)} for sharing for another purpose).
 *
 * <p>Bean Validation: no constraint. Every fact is optional and each has a meaning when absent, so the
 * seeds give no rule a question could break; the advisor answers any question.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" ("there are some exceptions when it comes to protecting children ...") and its golden rules
 * 3, 4 and 5.
 */
@Value.Immutable
public abstract class SharingQuestion {

    /** Where consent stands: not sought, given or refused. */
    @Value.Default
    public ConsentStatus consent() {
        return ConsentStatus.NOT_SOUGHT;
    }

    /**
     * Who seeking consent ("having a conversation with the family") would place at increased risk of
     * suffering harm; empty if nobody.
     */
    public abstract Set<PersonAtRisk> atRiskIfConsentSought();

    /** Whether seeking consent might undermine the investigation of a serious crime. */
    @Value.Default
    public boolean wouldUndermineSeriousCrimeInvestigation() {
        return false;
    }

    /** Whether a delay in getting consent may mean the child or young person is put at further risk of harm. */
    @Value.Default
    public boolean delayWouldPutChildAtRisk() {
        return false;
    }

    /** Whether there is an immediate risk of harm to the child. */
    @Value.Default
    public boolean immediateRiskOfHarm() {
        return false;
    }

    /**
     * Whether the sharing is for a child protection concern: immediate danger or a Section 47 indicator,
     * the circumstances "which would lead to a S47 assessment" ({@code ThresholdQuestion#sharingQuestion()}
     * sets it). The guidance's exception then applies: "This includes making a child protection referral
     * where a delay in getting consent may mean the child or young person is put at further risk of harm."
     */
    @Value.Default
    public boolean childProtectionConcern() {
        return false;
    }

    /** Whether the purpose of sharing is safeguarding (protecting children); by default it is. */
    @Value.Default
    public boolean purposeIsSafeguarding() {
        return true;
    }

    /** Whether the practitioner is in any doubt about sharing the information concerned (golden rule 3). */
    @Value.Default
    public boolean inDoubt() {
        return false;
    }

    /** A builder; every fact has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code question}, to change one fact of it. */
    public static Builder builder(SharingQuestion question) {
        Builder builder = new Builder();
        builder.from(question);
        return builder;
    }

    /** Builds a {@link SharingQuestion}. */
    public static final class Builder extends ImmutableSharingQuestion.Builder {
    }

    /**
     * Whether safety may be at risk: an immediate risk of harm, a risk from delay, someone who would be
     * put at increased risk by seeking consent, or a child protection concern (reasonable cause to suspect
     * that the child is suffering, or is likely to suffer, significant harm: reading a Section 47 indicator
     * as "safety may be at risk", golden rule 4, is the library's reading). (A serious crime investigation
     * is a reason to share without consent, but not in itself a risk to safety.)
     */
    public boolean isSafetyAtRisk() {
        return immediateRiskOfHarm() || delayWouldPutChildAtRisk() || !atRiskIfConsentSought().isEmpty()
                || childProtectionConcern();
    }
}
