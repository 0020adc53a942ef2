package dev.safeguarding.model.signsofsafety;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The questions the guidance suggests asking, in its order and with its wording, so that a vendor can
 * render them: those it lists under each of the first three {@linkplain SignsOfSafetyQuestion questions}
 * "when concerns arise", the two that explore a scaling score's rationale, and those it lists for asking
 * the family. The guidance writes scores in bold ("**0-10**"); the text here is plain.
 *
 * <p>The guidance ties each prompt of the first list to one of the four questions, and the last question
 * for the family to the scaling question; it does not tie the other questions for the family to one of
 * the four, so their {@link #question()} is empty.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework".
 */
public enum QuestionPrompt {

    /** "What have you seen or heard that worries you?" */
    SEEN_OR_HEARD(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORRIED_ABOUT,
            "What have you seen or heard that worries you?"),

    /** "Are there any barriers preventing all members of the family from speaking openly?" */
    BARRIERS_TO_SPEAKING_OPENLY(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORRIED_ABOUT,
            "Are there any barriers preventing all members of the family from speaking openly?"),

    /** "What are you most worried about?" */
    MOST_WORRIED_ABOUT(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORRIED_ABOUT,
            "What are you most worried about?"),

    /** "If nothing changes what are you worried will happen to the child?" */
    IF_NOTHING_CHANGES(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORRIED_ABOUT,
            "If nothing changes what are you worried will happen to the child?"),

    /** "Have things become worse recently?" */
    WORSE_RECENTLY(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORRIED_ABOUT,
            "Have things become worse recently?"),

    /** "What has been the impact on that child?" */
    IMPACT_ON_CHILD(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORRIED_ABOUT,
            "What has been the impact on that child?"),

    /** "What are the child's worries?" */
    CHILDS_WORRIES(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORRIED_ABOUT,
            "What are the child's worries?"),

    /**
     * "What do you already know about the family and the child's needs and difficulties that makes this
     * problem harder for them to manage?"
     */
    HARDER_TO_MANAGE(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORRIED_ABOUT,
            "What do you already know about the family and the child's needs and difficulties that makes this"
                    + " problem harder for them to manage?"),

    /** "Where do the family and child get their best support from?" */
    BEST_SUPPORT(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORKING_WELL,
            "Where do the family and child get their best support from?"),

    /** "Who and what are those supports?" */
    WHO_AND_WHAT_SUPPORTS(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORKING_WELL,
            "Who and what are those supports?"),

    /** "In relation to the worry, what do the family and child do already that makes things even a little better?" */
    ALREADY_MAKES_THINGS_BETTER(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORKING_WELL,
            "In relation to the worry, what do the family and child do already that makes things even a little"
                    + " better?"),

    /** "What has already been done to try and help the situation: who did what and when?" */
    ALREADY_DONE(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.WORKING_WELL,
            "What has already been done to try and help the situation: who did what and when?"),

    /** "What do you think needs to happen to make the situation better?" */
    MAKE_THE_SITUATION_BETTER(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.NEEDS_TO_HAPPEN,
            "What do you think needs to happen to make the situation better?"),

    /** "Are other universal services needed for this family?" */
    OTHER_UNIVERSAL_SERVICES(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.NEEDS_TO_HAPPEN,
            "Are other universal services needed for this family?"),

    /** "Will a coordinated, multi-agency approach help this family?" */
    COORDINATED_MULTI_AGENCY_APPROACH(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.NEEDS_TO_HAPPEN,
            "Will a coordinated, multi-agency approach help this family?"),

    /** "Have the family been told about Early Help?" */
    TOLD_ABOUT_EARLY_HELP(PromptAudience.PRACTITIONERS, SignsOfSafetyQuestion.NEEDS_TO_HAPPEN,
            "Have the family been told about Early Help?"),

    /** "What makes it a 6 in your opinion?": the rationale of a score. */
    WHAT_MAKES_IT_THIS_SCORE(PromptAudience.FAMILY_MEMBERS_AND_PROFESSIONALS, SignsOfSafetyQuestion.SCALING,
            "What makes it a 6 in your opinion?"),

    /** "What else would need to happen for it to be 10?": what would make a score higher. */
    WHAT_WOULD_MAKE_IT_TEN(PromptAudience.FAMILY_MEMBERS_AND_PROFESSIONALS, SignsOfSafetyQuestion.SCALING,
            "What else would need to happen for it to be 10?"),

    /** "Is there anyone else supporting you at the moment?" */
    ANYONE_ELSE_SUPPORTING(PromptAudience.FAMILY, null,
            "Is there anyone else supporting you at the moment?"),

    /** "Do you mind if I speak to them?" */
    MIND_IF_I_SPEAK_TO_THEM(PromptAudience.FAMILY, null,
            "Do you mind if I speak to them?"),

    /** "Is there any other support that you feel you need at the moment?" */
    OTHER_SUPPORT_NEEDED(PromptAudience.FAMILY, null,
            "Is there any other support that you feel you need at the moment?"),

    /** "Have you heard of our Early Help hub?" */
    HEARD_OF_EARLY_HELP_HUB(PromptAudience.FAMILY, null,
            "Have you heard of our Early Help hub?"),

    /** "What would you ideally like to see happen next?" */
    IDEALLY_HAPPEN_NEXT(PromptAudience.FAMILY, null,
            "What would you ideally like to see happen next?"),

    /** "Have you told anyone about this before?" */
    TOLD_ANYONE_BEFORE(PromptAudience.FAMILY, null,
            "Have you told anyone about this before?"),

    /** "Has this happened before?" */
    HAPPENED_BEFORE(PromptAudience.FAMILY, null,
            "Has this happened before?"),

    /** "Do you feel that professionals understand your concerns?" */
    PROFESSIONALS_UNDERSTAND(PromptAudience.FAMILY, null,
            "Do you feel that professionals understand your concerns?"),

    /**
     * "On a scale of 0-10 where 0 is that you struggle every day with this issue, and 10 is that today
     * just a bad day, where are you?" (its scale is {@link ScalingExample#STRUGGLE_EVERY_DAY}).
     */
    FAMILY_SCALING_QUESTION(PromptAudience.FAMILY, SignsOfSafetyQuestion.SCALING,
            "On a scale of 0-10 where 0 is that you struggle every day with this issue, and 10 is that today"
                    + " just a bad day, where are you?");

    private final PromptAudience audience;
    private final @Nullable SignsOfSafetyQuestion question;
    private final String text;

    QuestionPrompt(PromptAudience audience, @Nullable SignsOfSafetyQuestion question, String text) {
        this.audience = audience;
        this.question = question;
        this.text = text;
    }

    /** Whom the guidance suggests asking. */
    public PromptAudience audience() {
        return audience;
    }

    /** The one of the four questions the guidance gives the prompt under; empty where it gives none. */
    public Optional<SignsOfSafetyQuestion> question() {
        return Optional.ofNullable(question);
    }

    /** The prompt in the guidance's words. */
    public String text() {
        return text;
    }

    /**
     * The prompts for {@code audience}, in the guidance's order.
     *
     * @throws NullPointerException if {@code audience} is null
     */
    public static List<QuestionPrompt> forAudience(PromptAudience audience) {
        Objects.requireNonNull(audience, "audience");
        return Arrays.stream(values()).filter(p -> p.audience == audience).toList();
    }
}
