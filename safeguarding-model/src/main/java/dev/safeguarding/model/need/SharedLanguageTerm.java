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
 * <p>In the table the "Responses to Need" column spans rows: the terms from "Universal" to "Secondary
 * Prevention" share the universal band, those from "Additional Need" to "Specialist" the early-help
 * band, and "Acute", "Getting Risk Support" and "Child Protection" the CADS band. The table does not
 * mark where the early-help band passes from additional to complex need; the library reads the terms
 * up to "Getting Help" as {@link LevelOfNeed#ADDITIONAL} and the terms from "Targeted" (the guidance
 * calls Family Support "the targeted case holding part of our wider early help offer") as
 * {@link LevelOfNeed#COMPLEX}. That boundary is the library's reading, not the table's words.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Establishing a
 * Shared Language".
 */
public enum SharedLanguageTerm {

    /** "Universal". */
    UNIVERSAL("Universal", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Thriving". */
    THRIVING("Thriving", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Community based". */
    COMMUNITY_BASED("Community based", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Low Level". */
    LOW_LEVEL("Low Level", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Emerging Needs". */
    EMERGING_NEEDS("Emerging Needs", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Primary Prevention". */
    PRIMARY_PREVENTION("Primary Prevention", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Universal Plus". */
    UNIVERSAL_PLUS("Universal Plus", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Inclusion". */
    INCLUSION("Inclusion", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Getting Advice". */
    GETTING_ADVICE("Getting Advice", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Secondary Prevention". */
    SECONDARY_PREVENTION("Secondary Prevention", LevelOfNeed.UNIVERSAL, ResponseBand.UNIVERSAL),
    /** "Additional Need". */
    ADDITIONAL_NEED("Additional Need", LevelOfNeed.ADDITIONAL, ResponseBand.EARLY_HELP),
    /** "Early Help". */
    EARLY_HELP("Early Help", LevelOfNeed.ADDITIONAL, ResponseBand.EARLY_HELP),
    /** "Getting Help". */
    GETTING_HELP("Getting Help", LevelOfNeed.ADDITIONAL, ResponseBand.EARLY_HELP),
    /** "Targeted". */
    TARGETED("Targeted", LevelOfNeed.COMPLEX, ResponseBand.EARLY_HELP),
    /** "Multiple Needs". */
    MULTIPLE_NEEDS("Multiple Needs", LevelOfNeed.COMPLEX, ResponseBand.EARLY_HELP),
    /** "Complex". */
    COMPLEX("Complex", LevelOfNeed.COMPLEX, ResponseBand.EARLY_HELP),
    /** "Child in Need". */
    CHILD_IN_NEED("Child in Need", LevelOfNeed.COMPLEX, ResponseBand.EARLY_HELP),
    /** "Getting more Help". */
    GETTING_MORE_HELP("Getting more Help", LevelOfNeed.COMPLEX, ResponseBand.EARLY_HELP),
    /** "Statutory". */
    STATUTORY("Statutory", LevelOfNeed.COMPLEX, ResponseBand.EARLY_HELP),
    /** "Specialist". */
    SPECIALIST("Specialist", LevelOfNeed.COMPLEX, ResponseBand.EARLY_HELP),
    /** "Acute". */
    ACUTE("Acute", LevelOfNeed.ACUTE, ResponseBand.CADS),
    /** "Getting Risk Support". */
    GETTING_RISK_SUPPORT("Getting Risk Support", LevelOfNeed.ACUTE, ResponseBand.CADS),
    /** "Child Protection". */
    CHILD_PROTECTION("Child Protection", LevelOfNeed.ACUTE, ResponseBand.CADS);

    private static final Map<String, SharedLanguageTerm> BY_KEY = Collections.unmodifiableMap(
            Arrays.stream(values()).collect(Collectors.toMap(t -> key(t.term), t -> t, (a, b) -> a,
                    LinkedHashMap::new)));

    private final String term;
    private final LevelOfNeed level;
    private final ResponseBand responseBand;

    SharedLanguageTerm(String term, LevelOfNeed level, ResponseBand responseBand) {
        this.term = term;
        this.level = level;
        this.responseBand = responseBand;
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

    /** The response band the table gives for the term. */
    public ResponseBand responseBand() {
        return responseBand;
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
