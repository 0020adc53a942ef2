package dev.safeguarding.model.need;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every term of the table "Language we may use to Describe Need", with its place on the continuum
 * and the response band the table gives for it. Agencies describe need in different words
 * ("Getting more Help", "Child in Need", "Targeted"); the table lets them find the common level.
 *
 * <p>In the table the "Responses to Need" column spans rows, and the text of the table does not show where
 * each band ends: the early-help text sits beside "Additional Need" and the CADS text beside "Acute". The
 * library reads the terms from "Universal" to "Secondary Prevention" as {@link LevelOfNeed#UNIVERSAL}, the
 * terms "Additional Need" to "Getting Help" as {@link LevelOfNeed#ADDITIONAL}, and the terms from "Targeted"
 * to "Specialist" as {@link LevelOfNeed#COMPLEX} (the guidance calls Family Support "the targeted case
 * holding part of our wider early help offer"). The response band of a term is the band of its level,
 * {@link LevelOfNeed#responseBand()}: one answer for one level. For complex need that is the CADS band,
 * because the guidance reaches the services for complex need through CADS: "It may be as a result a call
 * to CADS that a Family Help service is required" ("Family Help and High Needs (FHHN) Service"); "a formal
 * referral, recording the level of need. Depending on the level, the referral will be processed into either
 * a Family Support Team or Social Work Team" ("The Children's Advice &amp; Duty Service"); and "one or two
 * indicators of need appearing as a higher risk does not necessarily mean that the best response is one
 * from a statutory service" ("Determining the Level of Need or Urgency"). Where the levels begin and end in
 * the table, and the band of complex need, are the library's reading, not the table's words.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Establishing a
 * Shared Language".
 */
public enum SharedLanguageTerm {

    /** "Universal". */
    UNIVERSAL("Universal", LevelOfNeed.UNIVERSAL),
    /** "Thriving". */
    THRIVING("Thriving", LevelOfNeed.UNIVERSAL),
    /** "Community based". */
    COMMUNITY_BASED("Community based", LevelOfNeed.UNIVERSAL),
    /** "Low Level". */
    LOW_LEVEL("Low Level", LevelOfNeed.UNIVERSAL),
    /** "Emerging Needs". */
    EMERGING_NEEDS("Emerging Needs", LevelOfNeed.UNIVERSAL),
    /** "Primary Prevention". */
    PRIMARY_PREVENTION("Primary Prevention", LevelOfNeed.UNIVERSAL),
    /** "Universal Plus". */
    UNIVERSAL_PLUS("Universal Plus", LevelOfNeed.UNIVERSAL),
    /** "Inclusion". */
    INCLUSION("Inclusion", LevelOfNeed.UNIVERSAL),
    /** "Getting Advice". */
    GETTING_ADVICE("Getting Advice", LevelOfNeed.UNIVERSAL),
    /** "Secondary Prevention". */
    SECONDARY_PREVENTION("Secondary Prevention", LevelOfNeed.UNIVERSAL),
    /** "Additional Need". */
    ADDITIONAL_NEED("Additional Need", LevelOfNeed.ADDITIONAL),
    /** "Early Help". */
    EARLY_HELP("Early Help", LevelOfNeed.ADDITIONAL),
    /** "Getting Help". */
    GETTING_HELP("Getting Help", LevelOfNeed.ADDITIONAL),
    /** "Targeted". */
    TARGETED("Targeted", LevelOfNeed.COMPLEX),
    /** "Multiple Needs". */
    MULTIPLE_NEEDS("Multiple Needs", LevelOfNeed.COMPLEX),
    /** "Complex". */
    COMPLEX("Complex", LevelOfNeed.COMPLEX),
    /** "Child in Need". */
    CHILD_IN_NEED("Child in Need", LevelOfNeed.COMPLEX),
    /** "Getting more Help". */
    GETTING_MORE_HELP("Getting more Help", LevelOfNeed.COMPLEX),
    /** "Statutory". */
    STATUTORY("Statutory", LevelOfNeed.COMPLEX),
    /** "Specialist". */
    SPECIALIST("Specialist", LevelOfNeed.COMPLEX),
    /** "Acute". */
    ACUTE("Acute", LevelOfNeed.ACUTE),
    /** "Getting Risk Support". */
    GETTING_RISK_SUPPORT("Getting Risk Support", LevelOfNeed.ACUTE),
    /** "Child Protection". */
    CHILD_PROTECTION("Child Protection", LevelOfNeed.ACUTE);

    private static final Map<String, SharedLanguageTerm> BY_KEY = Collections.unmodifiableMap(
            Arrays.stream(values()).collect(Collectors.toMap(t -> key(t.term), t -> t, (a, b) -> a,
                    LinkedHashMap::new)));

    private final String term;
    private final LevelOfNeed level;

    SharedLanguageTerm(String term, LevelOfNeed level) {
        this.term = term;
        this.level = level;
    }

    /** The term exactly as the table writes it. */
    public String term() {
        return term;
    }

    /** The term as the table writes it (the same as {@link #term()}, for rendering alongside other enums). */
    public String label() {
        return term;
    }

    /** The term's place on the continuum. */
    public LevelOfNeed level() {
        return level;
    }

    /** The response band for the term: the band of its {@linkplain #level() level}, {@link LevelOfNeed#responseBand()}. */
    public ResponseBand responseBand() {
        return level.responseBand();
    }

    /**
     * The term for {@code text}, ignoring case, white space, hyphens and underscores
     * ("getting more help", "Getting-More-Help" and "GETTING_MORE_HELP" all find
     * {@link #GETTING_MORE_HELP}).
     *
     * @return the term, or empty when the table has no such term
     */
    public static Optional<SharedLanguageTerm> find(String text) {
        Objects.requireNonNull(text, "text");
        return Optional.ofNullable(BY_KEY.get(key(text)));
    }

    /**
     * The term for {@code text}, as {@link #find(String)}.
     *
     * @throws IllegalArgumentException if the table has no such term; the message lists the known
     *                                  terms (and does not repeat the text, which may be free text)
     */
    public static SharedLanguageTerm of(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "not a term of the shared-language table; known terms: "
                        + Arrays.stream(values()).map(SharedLanguageTerm::term)
                                .collect(Collectors.joining(", "))));
    }

    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '_') {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
