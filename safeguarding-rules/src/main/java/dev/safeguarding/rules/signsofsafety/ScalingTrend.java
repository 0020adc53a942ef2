package dev.safeguarding.rules.signsofsafety;

/**
 * Which way one person's scores on a scaling question moved between their last two judgements. On every
 * scale of the guidance 10 is the safer end, so a higher score is an improvement. The guidance names no
 * such trend; the words are the library's.
 *
 * @see PerspectiveScaling#trend()
 */
public enum ScalingTrend {

    /** The latest score is higher than the one before. */
    IMPROVING("Improving"),

    /** The latest score is lower than the one before. */
    DETERIORATING("Deteriorating"),

    /** The latest score is the same as the one before. */
    STATIC("Static");

    private final String label;

    ScalingTrend(String label) {
        this.label = label;
    }

    /** The trend in plain English. */
    public String label() {
        return label;
    }
}
