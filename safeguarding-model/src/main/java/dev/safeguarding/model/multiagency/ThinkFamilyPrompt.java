package dev.safeguarding.model.multiagency;

/**
 * The guidance's tips "on how to think family": a Think Family approach "refers to the steps taken by
 * children's, young people's and adult's practitioners to identify wider family needs which extend
 * beyond the individual they are supporting". In the guidance's order and words.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Whole Family
 * Working".
 */
public enum ThinkFamilyPrompt {

    /** Be curious. */
    BE_CURIOUS("Be curious!",
            "Remember, don't work in your own silo, think broader than your own professional background and"
                    + " ask questions that help you understand how children, young people and their families"
                    + " can FLOURISH."),

    /** Have early conversations. */
    HAVE_EARLY_CONVERSATIONS("Have early conversations.",
            "Use opportunities you have with a family to weave curiosity into everyday conversations. Use"
                    + " 'open' questions that don't seek a yes or no response. Let conversation flow and"
                    + " engage family members to understand their view, gaining rapport, expressing empathy,"
                    + " and focusing on the aspirations they seek."),

    /** Be strengths based. */
    BE_STRENGTHS_BASED("Be strengths based.",
            "Once engaged with a family about their situation, focus on creating shared agenda, maybe with"
                    + " the help of others, evoking a conversation about bringing about change for the whole"
                    + " families benefit. Make a plan about what needs to happen next to that will help the"
                    + " family achieve their goals."),

    /** Be trauma informed. */
    BE_TRAUMA_INFORMED("Be trauma informed.",
            "Shift your thinking and questions away from 'what's wrong' to 'what's happened'. This will"
                    + " enable us to consider the root causes of the pain, behaviours and difficulties"
                    + " children, young people and adults are experiencing. For more information about trauma"
                    + " informed practice take a look at the NSCP website."),

    /** Think family and think FLOURISH. */
    THINK_FAMILY_THINK_FLOURISH("Think family & think FLOURISH.",
            "In Norfolk we want all children, young people, and families to flourish. You may find it"
                    + " helpful to use these domains to frame questions that could help you think family:");

    private final String label;
    private final String description;

    ThinkFamilyPrompt(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The tip's heading ("Be curious!"). */
    public String label() {
        return label;
    }

    /** The guidance's text of the tip, quoted. */
    public String description() {
        return description;
    }
}
