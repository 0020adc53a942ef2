package dev.safeguarding.model.sharing;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stable codes of the statements information-sharing advice can give. A code names the rule of the
 * guidance; the wording comes from a {@link SharingProfile}, so that a partnership can word it its own
 * way while vendors match on the code.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" unless a constant says otherwise.
 */
public enum SharingAdviceCode {

    /** Reason: consent has been given; share with informed consent (golden rule 4). */
    CONSENT_GIVEN("sharing.consent-given"),

    /** Reason: seek consent first, being open and honest from the outset (golden rules 2 and 4). */
    SEEK_CONSENT_FIRST("sharing.seek-consent-first"),

    /** Consideration: be clear from the start; never add consent in at the end ("Gaining Consent ..."). */
    CONSENT_FROM_THE_START("sharing.consent-from-the-start"),

    /** Consideration: children under 16, Gillick competence and the Fraser guidelines ("Gaining Consent ..."). */
    CHILD_CONSENT("sharing.child-consent"),

    /** Reason, naming who would be at risk: seeking consent would increase the risk of harm. */
    SEEKING_CONSENT_WOULD_INCREASE_RISK("sharing.seeking-consent-would-increase-risk"),

    /** Reason: seeking consent might undermine the investigation of a serious crime. */
    SERIOUS_CRIME_INVESTIGATION("sharing.serious-crime-investigation"),

    /** Reason: a delay in getting consent may put the child at further risk of harm. */
    DELAY_WOULD_PUT_CHILD_AT_RISK("sharing.delay-would-put-child-at-risk"),

    /** Reason: there is an immediate risk of harm ("Section 47 Duty to Investigate": call 999). */
    IMMEDIATE_RISK_OF_HARM("sharing.immediate-risk-of-harm"),

    /** Reason: consent was refused, but safety may be at risk (golden rule 4). */
    SAFETY_OVERRIDES_REFUSAL("sharing.safety-overrides-refusal"),

    /** Reason: safety and well-being (golden rule 5). */
    SAFETY_AND_WELL_BEING("sharing.safety-and-well-being"),

    /** Reason: data protection law is not a barrier to justified sharing (golden rule 1). */
    DATA_PROTECTION_NOT_A_BARRIER("sharing.data-protection-not-a-barrier"),

    /** Reason: fears about sharing must not stand in the way (NSCP 3.15, quoting Working Together 2018). */
    FEARS_MUST_NOT_STAND_IN_THE_WAY("sharing.fears-must-not-stand-in-the-way"),

    /** Reason: respect the wishes of those who do not consent (golden rule 4). */
    RESPECT_REFUSAL("sharing.respect-refusal"),

    /** Consideration: refusal is not in itself a reason to escalate. */
    REFUSAL_NOT_A_REASON_TO_ESCALATE("sharing.refusal-not-a-reason-to-escalate"),

    /**
     * Reason: a child protection concern (immediate danger or a Section 47 indicator); consent is not
     * needed to make a child protection referral where seeking it or a delay would put the child at further
     * risk ("Information Sharing").
     */
    CHILD_PROTECTION_REFERRAL("sharing.child-protection-referral"),

    /** Consideration: keep engaging positively with the family. */
    ENGAGE_POSITIVELY("sharing.engage-positively"),

    /** Reason or consideration: seek advice if in doubt, without naming the person where possible (golden rule 3). */
    SEEK_ADVICE("sharing.seek-advice"),

    /** Reason: the purpose is not safeguarding, so the exceptions for protecting children do not apply as such. */
    PURPOSE_NOT_SAFEGUARDING("sharing.purpose-not-safeguarding"),

    /** Consideration: clarify with the relevant agency so that investigations are not compromised. */
    CLARIFY_WITH_THE_AGENCY("sharing.clarify-with-the-agency"),

    /** Consideration: be mindful that an individual might not expect information to be shared (golden rule 4). */
    MIGHT_NOT_EXPECT_SHARING("sharing.might-not-expect-sharing"),

    /** Consideration: necessary, proportionate, relevant, adequate, accurate, timely and secure (golden rule 6). */
    NECESSARY_AND_PROPORTIONATE("sharing.necessary-and-proportionate"),

    /** Record: keep a record of the decision and the reasons for it (golden rule 7). */
    RECORD_THE_DECISION("sharing.record-the-decision"),

    /** Record: "All conversations ... need to be recorded" ("Recording what we do and the decisions we take"). */
    RECORDING_WHAT_WE_DO("sharing.recording-what-we-do"),

    /** Record: the consent conversation, when consent is asked for (a {@link Consent} record). */
    RECORD_THE_CONSENT("sharing.record-the-consent"),

    /** Record: the agency's own written record of its concerns and actions ("Single Agency Record Keeping"). */
    SINGLE_AGENCY_RECORD("sharing.single-agency-record"),

    /** The statement that advice supports professional judgement, not a decision (golden rule 4). */
    PROFESSIONAL_JUDGEMENT("sharing.professional-judgement");

    private final String code;

    SharingAdviceCode(String code) {
        this.code = code;
    }

    /** The stable code, for example {@code sharing.seek-consent-first}. */
    public String code() {
        return code;
    }

    /** The constant with the given stable {@link #code()}, or empty. */
    public static Optional<SharingAdviceCode> find(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /**
     * The constant with the given stable {@link #code()}.
     *
     * @throws IllegalArgumentException listing the known codes, if there is none
     */
    public static SharingAdviceCode ofCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a sharing advice code; known codes: "
                + Arrays.stream(values()).map(SharingAdviceCode::code).collect(Collectors.joining(", "))));
    }
}
