package dev.safeguarding.model.sharing;

import java.util.Optional;

/**
 * The qualities golden rule 6 asks of information that is shared: "Necessary, proportionate, relevant,
 * adequate, accurate, timely and secure", in the rule's order.
 *
 * <p>{@link #description()} is the clause of rule 6 that explains the quality, where the rule has one:
 * "Ensure that the information you share is necessary for the purpose for which you are sharing it, is
 * shared only with those individuals who need to have it, is accurate and up-to-date, is shared in a
 * timely fashion, and is shared securely". The seed explains neither "proportionate", "relevant" nor
 * "adequate" (the clause "shared only with those individuals who need to have it" is not tied to one
 * word), so those have no description: the library does not invent one.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing", golden rule 6.
 */
public enum SharingQuality {

    /** "Necessary": "necessary for the purpose for which you are sharing it". */
    NECESSARY("Necessary", "necessary for the purpose for which you are sharing it"),

    /** "Proportionate" (the seed gives no explanation). */
    PROPORTIONATE("Proportionate", null),

    /** "Relevant" (the seed gives no explanation). */
    RELEVANT("Relevant", null),

    /** "Adequate" (the seed gives no explanation). */
    ADEQUATE("Adequate", null),

    /** "Accurate": "accurate and up-to-date". */
    ACCURATE("Accurate", "accurate and up-to-date"),

    /** "Timely": "shared in a timely fashion". */
    TIMELY("Timely", "shared in a timely fashion"),

    /** "Secure": "shared securely". */
    SECURE("Secure", "shared securely");

    private final String label;
    private final String description;

    SharingQuality(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The quality as rule 6 names it. */
    public String label() {
        return label;
    }

    /** The clause of rule 6 that explains the quality, where there is one. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }
}
