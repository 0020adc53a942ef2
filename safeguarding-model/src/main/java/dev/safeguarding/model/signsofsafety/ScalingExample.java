package dev.safeguarding.model.signsofsafety;

/**
 * The ends of a scale that the guidance gives as examples: what 0 and what 10 might mean. "The scaling
 * question might be designed around a particular concern, or be a gauge by which we assess the level of
 * need for professional involvement. It is always on a scale of 0-10." The first two are the guidance's
 * two examples for the scaling question; the third is the scale of the last question it suggests asking
 * the family ({@link QuestionPrompt#FAMILY_SCALING_QUESTION}).
 *
 * <p>In each, 10 is the safer end, as in every {@link ScalingQuestion}. A case's own scaling question
 * defines its ends for the case: {@link #question(String)} starts one from an example.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework".
 */
public enum ScalingExample {

    /**
     * "0 might be the child will definitely be exposed to the worst example of the concern again and 10
     * might be that there is very little / no risk of the concern ever happening again."
     */
    CONCERN_HAPPENING_AGAIN("the child will definitely be exposed to the worst example of the concern again",
            "there is very little / no risk of the concern ever happening again"),

    /**
     * "0 might mean that a child protection meeting is needed to coordinate a plan that will keep the
     * child safe and 10 is that support for the child and family can safely be coordinated within early
     * help services."
     */
    CHILD_PROTECTION_OR_EARLY_HELP(
            "a child protection meeting is needed to coordinate a plan that will keep the child safe",
            "support for the child and family can safely be coordinated within early help services"),

    /**
     * The family's scale: "0 is that you struggle every day with this issue, and 10 is that today just a
     * bad day".
     */
    STRUGGLE_EVERY_DAY("you struggle every day with this issue", "today just a bad day");

    private final String zeroMeans;
    private final String tenMeans;

    ScalingExample(String zeroMeans, String tenMeans) {
        this.zeroMeans = zeroMeans;
        this.tenMeans = tenMeans;
    }

    /** What 0 means, in the guidance's words. */
    public String zeroMeans() {
        return zeroMeans;
    }

    /** What 10 means, in the guidance's words. */
    public String tenMeans() {
        return tenMeans;
    }

    /**
     * A scaling question with the identifier {@code id} and this example's two ends.
     *
     * @throws dev.safeguarding.model.InvalidValueException if {@code id} is blank
     */
    public ScalingQuestion question(String id) {
        return ScalingQuestion.of(id, zeroMeans, tenMeans);
    }
}
