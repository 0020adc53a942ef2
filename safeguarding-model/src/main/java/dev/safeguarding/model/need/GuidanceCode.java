package dev.safeguarding.model.need;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stable codes of the reasons and considerations threshold guidance can give. A code names the
 * rule of the guidance; the wording for it comes from a {@link ThresholdProfile}, so a partnership can
 * word it its own way while vendors match on the code.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023); each constant
 * names its section.
 */
public enum GuidanceCode {

    /** Reason: immediate concerns for the child's safety ("Section 47 Duty to Investigate"). */
    IMMEDIATE_DANGER("need.immediate-danger"),

    /** Reason, one per indicator present ("Section 47, Children Act 1989: Child Protection enquiries"). */
    SECTION_47_INDICATOR("need.section-47-indicator"),

    /** Reason: the highest level the indicators point to ("Determining the Level of Need or Urgency"). */
    HIGHEST_INDICATED_LEVEL("need.highest-indicated-level"),

    /**
     * Reason: no concern of any kind was recorded (no indicator, Section 47 indicator, immediate danger,
     * neglect, early help in place or cohort with additional needs).
     */
    NO_INDICATORS("need.no-indicators"),

    /** Reason: early help was reviewed and needs are not met or risk has increased ("Undertaking an EHAP"). */
    EARLY_HELP_STEP_UP("need.early-help-step-up"),

    /**
     * Consideration, with a step up when consent has not been sought: seek consent from the parent or
     * carer to consult CADS ("Undertaking an EHAP").
     */
    EARLY_HELP_STEP_UP_CONSENT("need.early-help-step-up-consent"),

    /**
     * Reason: early help is in place, and support already being provided should continue until it is
     * clear it is no longer required ("Determining the Level of Need or Urgency").
     */
    EARLY_HELP_IN_PLACE("need.early-help-in-place"),

    /** Consideration: a combination of lower level indicators ("Determining the Level of Need or Urgency"). */
    COMBINATION_OF_INDICATORS("need.combination-of-indicators"),

    /** Consideration: an enhanced early help offer ("Determining the Level of Need or Urgency"). */
    ENHANCED_EARLY_HELP("need.enhanced-early-help"),

    /** Consideration: refused consent is not in itself a reason to escalate ("Information Sharing"). */
    REFUSED_CONSENT_NOT_ESCALATION("need.refused-consent-not-escalation"),

    /** Consideration: consent refused and needs unmet at the additional level ("Using the Signs of Safety Framework"). */
    REFUSED_CONSENT_UNMET_NEEDS("need.refused-consent-unmet-needs"),

    /**
     * Consideration, with a Section 47 indicator or immediate danger and no consent given: consent is not
     * needed where seeking it would put the child at risk, including for a child protection referral
     * ("Information Sharing").
     */
    CHILD_PROTECTION_CONSENT_EXCEPTION("need.child-protection-consent-exception"),

    /** Reason: neglect known or suspected ("Norfolk Graded Care Profile"). */
    GRADED_CARE_PROFILE("need.graded-care-profile"),

    /** Reason, one per basis recorded for known or suspected neglect ({@link NeglectBasis}). */
    NEGLECT_BASIS("need.neglect-basis"),

    /** Reason, one per cohort ("Consideration of Additional Needs"). */
    ADDITIONAL_NEEDS_COHORT("need.additional-needs-cohort"),

    /** Consideration: talk to the line manager or designated safeguarding lead ("Determining the Level of Need or Urgency"). */
    TALK_TO_LINE_MANAGER("need.talk-to-line-manager"),

    /** The statement that guidance is advice supporting professional judgement, not a decision ("Introduction"). */
    PROFESSIONAL_JUDGEMENT("need.professional-judgement");

    private final String code;

    GuidanceCode(String code) {
        this.code = code;
    }

    /** The stable code, for example {@code need.immediate-danger}. */
    public String code() {
        return code;
    }

    /** The constant with the given stable {@link #code()}, or empty. */
    public static Optional<GuidanceCode> find(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /**
     * The constant with the given stable {@link #code()}.
     *
     * @throws IllegalArgumentException listing the known codes, if there is none
     */
    public static GuidanceCode ofCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("not a guidance code; known codes: "
                + Arrays.stream(values()).map(GuidanceCode::code).collect(Collectors.joining(", "))));
    }
}
