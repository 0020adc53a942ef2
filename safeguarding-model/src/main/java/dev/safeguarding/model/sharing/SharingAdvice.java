package dev.safeguarding.model.sharing;

import dev.safeguarding.model.internal.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an information-sharing advisor suggests for a {@link SharingQuestion}: an
 * {@linkplain SharingAction action}, the reasons for it (each naming the golden rules it rests on and
 * its source passage), the considerations the practitioner is asked to weigh, and the
 * {@linkplain RecordRequirement record} the decision needs, whatever it is. Where the action is to share
 * without consent, {@link #reasonsWithoutConsent()} gives the basis.
 *
 * <p>It is advice that supports professional judgement, never a decision: "You may still share
 * information without consent if, in your judgement, there is good reason to do so ... You will need to
 * base your judgement on the facts of the case"; {@link #professionalJudgement()} says so.
 *
 * <p>Bean Validation: no constraint. It is the rules module's advice, not a record a vendor drafts and
 * completes; a decision is checked against it by {@code SharingRecords.check(advice, decision)}.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" and "Recording what we do and the decisions we take".
 */
@Value.Immutable
public abstract class SharingAdvice {

    /** The id of the {@link SharingProfile} that gave the advice. */
    public abstract String profileId();

    /** What the advice suggests doing. */
    public abstract SharingAction action();

    /** The basis for sharing without consent; not empty exactly when the action is to share without consent. */
    public abstract Set<WithoutConsentReason> reasonsWithoutConsent();

    /** Why the action is suggested, in order; never empty. */
    public abstract List<SharingStatement> reasons();

    /** What the guidance asks the practitioner to weigh, in order; may be empty. */
    public abstract List<SharingStatement> considerations();

    /** The record the decision needs (every advice requires one). */
    public abstract RecordRequirement record();

    /** The statement that this is advice supporting professional judgement, not a decision. */
    public abstract SharingStatement professionalJudgement();

    /** A builder; every attribute but the reasons without consent and the considerations is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SharingAdvice}. */
    public static final class Builder extends ImmutableSharingAdvice.Builder {
    }

    /**
     * The golden rules the advice rests on: those of its reasons and of its record statements, in the rules'
     * order. Always includes rule 7 (keep a record).
     */
    public Set<GoldenRule> goldenRules() {
        Set<GoldenRule> rules = EnumSet.noneOf(GoldenRule.class);
        reasons().forEach(r -> rules.addAll(r.goldenRules()));
        record().statements().forEach(s -> rules.addAll(s.goldenRules()));
        return Collections.unmodifiableSet(rules);
    }

    /** Whether the advice is to share now (with or without consent). */
    public boolean permitsSharing() {
        return action().permitsSharing();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("profileId", profileId());
        Checks.notBlank(profileId(), "profileId");
        Checks.require(!reasons().isEmpty(), "reasons", "must hold at least one reason");
        Checks.require(reasonsWithoutConsent().isEmpty() != (action() == SharingAction.SHARE_WITHOUT_CONSENT),
                "reasonsWithoutConsent", "must be given exactly when the action is "
                        + SharingAction.SHARE_WITHOUT_CONSENT);
        Checks.require(professionalJudgement().code() == SharingAdviceCode.PROFESSIONAL_JUDGEMENT,
                "professionalJudgement", "must have the code " + SharingAdviceCode.PROFESSIONAL_JUDGEMENT.code());
    }
}
