package dev.safeguarding.model.need;

import java.util.Objects;
import java.util.Optional;

/**
 * The four levels along the Norfolk continuum of needs, from universal to acute, in increasing order
 * of need ({@link #compareTo} follows the continuum).
 *
 * <p>"In Norfolk we are working to a model of staged intervention in recognition of a continuum of
 * need." The labels are the words of the shared-language table ({@link SharedLanguageTerm}); the
 * descriptions quote the guidance's account of the services at each level.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Introduction",
 * "Establishing a Shared Language" and "Pathways to Support and Early Help".
 */
public enum LevelOfNeed {

    /** Needs met by universal services; the response band is universal services and self-help. */
    UNIVERSAL("Universal",
            "Most children reach their full potential through the care of their families and communities."
                    + " Universal Services are provided to all children and their families through community"
                    + " networks such as schools, primary healthcare, leisure services, voluntary and"
                    + " universal groups.",
            ResponseBand.UNIVERSAL),

    /** Additional needs, met by early help. */
    ADDITIONAL("Additional Need",
            "Early help: the initial response offered by all services in contact with children, young"
                    + " people and families when they need extra support to flourish. Consider starting an"
                    + " Early Help Assessment & Plan or making a request for a consultation with an Early"
                    + " Help Advisor.",
            ResponseBand.EARLY_HELP),

    /**
     * Complex needs: targeted family support, child in need; the response band is the Children's Advice
     * &amp; Duty Service, because the services for complex need (Family Support, a social work assessment
     * and a Child in Need plan) are reached through a consultation with CADS (see {@link SharedLanguageTerm}
     * for this reading of the table).
     */
    COMPLEX("Complex",
            "A family may require additional support to meet a range of complex and persistent needs and"
                    + " would benefit from the allocation of a case holding Family Practitioner (Family"
                    + " Support), or a child in need requires a social work assessment and a Child in Need"
                    + " Plan.",
            ResponseBand.CADS),

    /** Acute: child protection. */
    ACUTE("Acute",
            "A child is at risk or likely risk of harm requiring a statutory Social Work Assessment;"
                    + " a Child Protection Plan for those children at risk of significant harm.",
            ResponseBand.CADS);

    private final String label;
    private final String description;
    private final ResponseBand responseBand;

    LevelOfNeed(String label, String description, ResponseBand responseBand) {
        this.label = label;
        this.description = description;
        this.responseBand = responseBand;
    }

    /** The level's name in the shared-language table ("Universal", "Additional Need", "Complex", "Acute"). */
    public String label() {
        return label;
    }

    /** The guidance's description of the level and the services that meet it. */
    public String description() {
        return description;
    }

    /**
     * The band of the shared-language table's "Responses to Need" column that the level sits in: the one
     * source of the level's response. {@link SharedLanguageTerm#responseBand()} is the band of the term's
     * level, and the Norfolk threshold profile answers each level with {@link ResponseBand#pathway()}.
     */
    public ResponseBand responseBand() {
        return responseBand;
    }

    /** Whether this level is further along the continuum than {@code other}. */
    public boolean isHigherThan(LevelOfNeed other) {
        return compareTo(Objects.requireNonNull(other, "other")) > 0;
    }

    /** The higher of this level and {@code other}. */
    public LevelOfNeed max(LevelOfNeed other) {
        return isHigherThan(other) ? this : other;
    }

    /** The next level along the continuum ("step up"), or empty for {@link #ACUTE}. */
    public Optional<LevelOfNeed> next() {
        LevelOfNeed[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }
}
