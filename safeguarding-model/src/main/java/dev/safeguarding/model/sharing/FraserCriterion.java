package dev.safeguarding.model.sharing;

/**
 * The five Fraser guidelines, from the same case as Gillick competence, for contraceptive advice and
 * treatment of a young person under 16 without their parents' knowledge. All five must be met.
 *
 * <p>The Norfolk guidance names them without listing them ("Mental capacity includes asking for consent
 * for children under 16 in line with Gillick competence and Fraser Guidelines"); the wording here is the
 * library's domain facts' statement of the guidelines.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Gaining Consent
 * and Working on a Voluntary Basis with a Family"; <i>Gillick v West Norfolk and Wisbech AHA</i> (1985)
 * (Lord Fraser), as summarised in the library's {@code docs/practice-frameworks.md}, "Consent of a child
 * under 16".
 */
public enum FraserCriterion {

    /** The young person understands the advice. */
    UNDERSTANDS_THE_ADVICE("The young person understands the advice"),

    /** They cannot be persuaded to tell their parents, or to allow the practitioner to tell them. */
    CANNOT_BE_PERSUADED_TO_TELL_PARENTS(
            "Cannot be persuaded to tell their parents or allow the practitioner to"),

    /** They are likely to begin or continue having sexual intercourse with or without treatment. */
    LIKELY_TO_HAVE_SEXUAL_INTERCOURSE(
            "Is likely to begin or continue having sexual intercourse with or without treatment"),

    /** Unless they receive the advice or treatment, their physical or mental health is likely to suffer. */
    HEALTH_LIKELY_TO_SUFFER(
            "Unless they receive it, their physical or mental health is likely to suffer"),

    /** Their best interests require the advice or treatment without parental consent. */
    BEST_INTERESTS_REQUIRE_IT(
            "Their best interests require the advice or treatment without parental consent");

    private final String label;

    FraserCriterion(String label) {
        this.label = label;
    }

    /** The criterion, as the domain facts word it (the young person is the subject of each). */
    public String label() {
        return label;
    }
}
