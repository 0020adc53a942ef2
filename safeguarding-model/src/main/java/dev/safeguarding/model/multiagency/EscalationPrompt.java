package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.SourcePassage;

/**
 * What the guidance asks practitioners to keep in mind while a professional disagreement lasts: the
 * prompts the escalation rules give ({@code dev.safeguarding.rules.multiagency.Escalation#prompts}).
 * Each quotes its passage and names it ({@link #source()}).
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Managing
 * Challenge, Disagreement and Uncertainty"; NSCP 3.15, <i>Framework to Support Multi-agency Working
 * Together in Norfolk</i>, sections 4 and 5.
 */
public enum EscalationPrompt {

    /** Keep the child's safety in focus while the disagreement lasts. */
    KEEP_CHILD_IN_FOCUS("Professional disputes between agencies should be addressed in timely manner and should"
            + " not result in a loss of focus on the child or placing the child at increased risk of"
            + " significant harm.",
            Sources.framework("5. Resolving Professional Disagreements")),

    /** Immediate risk of harm calls for a strategy meeting, not a disagreement process. */
    IMMEDIATE_RISK_STRATEGY_MEETING("Where there are serious concerns which place a child, young person or their"
            + " families at immediate risk of harm a Section 47 Strategy meeting should be convened to discuss"
            + " the concerns and make a plan to keep the child safe.",
            Sources.framework("4. Joint Agency Group Supervision")),

    /** Talk first with the line manager or designated child protection lead. */
    TALK_TO_LINE_MANAGER("In the first instance talk with your line manager or designated child protection lead"
            + " for your organisation.",
            Sources.continuum("Managing Challenge, Disagreement and Uncertainty")),

    /** Check the written record of the conversation. */
    CHECK_WRITTEN_RECORD("In the written record of the conversation, check that it has included all of the"
            + " relevant information and reflects what you are worried about: have you articulated it clearly"
            + " and has this been captured?",
            Sources.continuum("Managing Challenge, Disagreement and Uncertainty")),

    /** Consider joint agency group supervision before formal escalation. */
    CONSIDER_JOINT_SUPERVISION("Consider asking for a Joint Agency Group Supervision to enable reflective"
            + " conversations with the professional network; this should happen outside or ahead of any formal"
            + " escalation",
            Sources.continuum("Managing Challenge, Disagreement and Uncertainty")),

    /** Keep clear records of the disagreement and its resolution. */
    KEEP_CLEAR_RECORDS("Clear records should be kept of disagreements and resolutions reached by all parties.",
            Sources.framework("5. Resolving Professional Disagreements"));

    private final String text;
    private final SourcePassage source;

    EscalationPrompt(String text, SourcePassage source) {
        this.text = text;
        this.source = source;
    }

    /** The prompt, in the guidance's words. */
    public String text() {
        return text;
    }

    /** The passage the prompt quotes. */
    public SourcePassage source() {
        return source;
    }
}
