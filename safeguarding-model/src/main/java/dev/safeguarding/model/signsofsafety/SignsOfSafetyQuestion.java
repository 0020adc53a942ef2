package dev.safeguarding.model.signsofsafety;

import java.util.Arrays;
import java.util.List;

/**
 * The four questions of Signs of Safety, in the guidance's order and words: "It uses four simple
 * questions to ask when thinking about and working with a family." The first three are answered by the
 * statements of a {@link SignsOfSafetyMap} (each in one of the question's {@linkplain #categories()
 * categories}); the fourth, the scaling question, by {@link ScalingJudgement}s.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework".
 */
public enum SignsOfSafetyQuestion {

    /** "1. What are we worried about?" */
    WORRIED_ABOUT(1, "What are we worried about?"),

    /** "2. What's working well?" */
    WORKING_WELL(2, "What's working well?"),

    /** "3. What needs to happen?" */
    NEEDS_TO_HAPPEN(3, "What needs to happen?"),

    /**
     * "4. How worried are we on a scale of 0 – 10": "The Scaling Question – this is critical to
     * multi-agency working and dialogue."
     */
    SCALING(4, "How worried are we on a scale of 0 – 10");

    private final int number;
    private final String label;

    SignsOfSafetyQuestion(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The question's number in the guidance's list, 1 to 4. */
    public int number() {
        return number;
    }

    /** The question in the guidance's words. */
    public String label() {
        return label;
    }

    /**
     * The categories of map statement that answer the question, in the order of the map; none for
     * {@link #SCALING}, which is answered by scaling judgements.
     */
    public List<MapCategory> categories() {
        return Arrays.stream(MapCategory.values()).filter(c -> c.question() == this).toList();
    }

    /**
     * The prompts the guidance gives for the question, in its order: for the first three, those it lists
     * under the question among the "Questions you might ask when concerns arise in working with children,
     * young people and families"; for {@link #SCALING}, the two questions that explore the rationale of a
     * score. The questions the guidance lists for asking the family are {@link
     * QuestionPrompt#forAudience(PromptAudience) QuestionPrompt.forAudience(PromptAudience.FAMILY)}.
     */
    public List<QuestionPrompt> prompts() {
        return Arrays.stream(QuestionPrompt.values())
                .filter(p -> p.audience() != PromptAudience.FAMILY && p.question().orElse(null) == this)
                .toList();
    }
}
