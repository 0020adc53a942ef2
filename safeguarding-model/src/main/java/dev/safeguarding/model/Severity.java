package dev.safeguarding.model;

/**
 * How much a {@link Finding} matters. A record may be saved as a draft with findings of either kind;
 * before it is complete, submitted or shared its errors must be put right and its queries looked at.
 *
 * <p>Source: DESIGN.md ("Incomplete-but-saveable records (drafts) are allowed and checked by validation
 * that returns findings (ERROR / QUERY)"); the guidance asks that records are accurate and that "fact
 * is distinguished from opinion" (NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i>
 * (2023), "Determining the Level of Need or Urgency").
 */
public enum Severity {

    /** Something the record must have, or must not have, before it is complete. */
    ERROR("Error"),

    /** Something worth checking: it may be right, but a practitioner or manager should look. */
    QUERY("Query");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }
}
