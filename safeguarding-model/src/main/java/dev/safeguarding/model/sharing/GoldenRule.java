package dev.safeguarding.model.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven golden rules of information sharing, in the guidance's order and with its wording.
 *
 * <p>{@link #text()} is each rule exactly as the guidance words it. The seed gives a heading of its own
 * only to rules 5 ("Consider safety and well-being") and 6 ("Necessary, proportionate, relevant,
 * adequate, accurate, timely and secure"); for the others {@link #label()} is the library's short title,
 * taken from the rule's own words, for display. Rule 6's qualities are their own values:
 * {@link SharingQuality}.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" ("Seven golden rules of information sharing"), which follows HM Government, <i>Information
 * sharing: advice for practitioners providing safeguarding services</i> (2018).
 */
public enum GoldenRule {

    /** Rule 1: data protection and human rights law are not barriers to justified information sharing. */
    DATA_PROTECTION_IS_NOT_A_BARRIER(1, "Data protection law is not a barrier to justified sharing",
            "Remember that the General Data Protection Regulation (GDPR), Data Protection Act 2018 and human"
                    + " rights law are not barriers to justified information sharing, but provide a framework to"
                    + " ensure that personal information about living individuals is shared appropriately."),

    /** Rule 2: be open and honest from the outset, and seek agreement unless it is unsafe or inappropriate. */
    BE_OPEN_AND_HONEST(2, "Be open and honest",
            "Be open and honest with the individual (and / or their family where appropriate) from the outset"
                    + " about why, what, how and with whom information will, or could be shared, and seek their"
                    + " agreement, unless it is unsafe or inappropriate to do so."),

    /** Rule 3: seek advice when in doubt, without disclosing the identity of the individual where possible. */
    SEEK_ADVICE(3, "Seek advice if in doubt",
            "Seek advice from other practitioners if you are in any doubt about sharing the information"
                    + " concerned, without disclosing the identity of the individual where possible."),

    /** Rule 4: share with informed consent where appropriate; share without it where there is good reason. */
    SHARE_WITH_INFORMED_CONSENT_WHERE_APPROPRIATE(4, "Share with informed consent where appropriate",
            "Share with informed consent where appropriate and, where possible, respect the wishes of those who"
                    + " do not consent to share confidential information. You may still share information without"
                    + " consent if, in your judgement, there is good reason to do so, such as where safety may be"
                    + " at risk. You will need to base your judgement on the facts of the case. When you are"
                    + " sharing or requesting personal information from someone, be certain of the basis upon"
                    + " which you are doing so. Where you have consent, be mindful that an individual might not"
                    + " expect information to be shared."),

    /** Rule 5: base decisions on the safety and well-being of the individual and others. */
    CONSIDER_SAFETY_AND_WELL_BEING(5, "Consider safety and well-being",
            "Consider safety and well-being: Base your information sharing decisions on considerations of the"
                    + " safety and well-being of the individual and others who may be affected by their actions."),

    /** Rule 6: necessary, proportionate, relevant, adequate, accurate, timely and secure. */
    NECESSARY_PROPORTIONATE_RELEVANT_ADEQUATE_ACCURATE_TIMELY_AND_SECURE(6,
            "Necessary, proportionate, relevant, adequate, accurate, timely and secure",
            "Necessary, proportionate, relevant, adequate, accurate, timely and secure: Ensure that the"
                    + " information you share is necessary for the purpose for which you are sharing it, is shared"
                    + " only with those individuals who need to have it, is accurate and up-to-date, is shared in a"
                    + " timely fashion, and is shared securely (see principles)."),

    /** Rule 7: keep a record of the decision and the reasons for it, whether to share or not. */
    KEEP_A_RECORD(7, "Keep a record",
            "Keep a record of your decision and the reasons for it \u2013 whether it is to share information or"
                    + " not. If you decide to share, then record what you have shared, with whom and for what"
                    + " purpose.");

    private final int number;
    private final String label;
    private final String text;

    GoldenRule(int number, String label, String text) {
        this.number = number;
        this.label = label;
        this.text = text;
    }

    /** The rule's number, 1 to 7, as the guidance numbers it. */
    public int number() {
        return number;
    }

    /** A short title for display (the guidance's own heading for rules 5 and 6). */
    public String label() {
        return label;
    }

    /** The rule as the guidance words it. */
    public String text() {
        return text;
    }

    /** The rule numbered {@code number}, or empty if there is none (the rules are numbered 1 to 7). */
    public static Optional<GoldenRule> find(int number) {
        return Arrays.stream(values()).filter(r -> r.number == number).findFirst();
    }

    /**
     * The rule numbered {@code number}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= number <= 7}
     */
    public static GoldenRule ofNumber(int number) {
        return find(number).orElseThrow(
                () -> new IllegalArgumentException("number: the golden rules are numbered 1 to 7"));
    }
}
