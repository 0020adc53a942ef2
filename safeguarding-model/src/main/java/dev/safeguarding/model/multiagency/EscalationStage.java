package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.timescales.TimescaleEvent;
import java.util.Optional;

/**
 * The four stages of resolving a professional disagreement, in order: a disagreement moves to the next
 * stage only, never skips one and never goes past the fourth ({@link #next()}).
 *
 * <p>The labels are the framework's. It refers to NSCP Protocol 10.2, <i>Resolving Professional
 * Disagreements</i>, for the detail; the library has not found per-stage numbers of days in that
 * protocol's public text, so it gives the stages none: a partnership supplies its own in an
 * {@link EscalationProtocol}.
 *
 * <p>"Formal escalation" is not defined by the guidance. The library takes it to start at
 * {@link #FIRST_LINE_MANAGERS}: the Norfolk continuum guidance asks practitioners to consider joint agency
 * group supervision "outside or ahead of any formal escalation" and then, "if you are still unhappy",
 * to progress the conversation "to the line managers / safeguarding leads of each agency"
 * ({@link #isFormalEscalation()}).
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 5,
 * "Resolving Professional Disagreements"; NSCP, <i>Norfolk Guidance to Understanding Continuum of
 * Needs</i> (2023), "Managing Challenge, Disagreement and Uncertainty".
 */
public enum EscalationStage {

    /** Stage One: direct professional to professional discussion. */
    PROFESSIONAL_TO_PROFESSIONAL(1, "Stage One", "Direct Professional to Professional Discussion"),

    /** Stage Two: direct first line manager to first line manager. */
    FIRST_LINE_MANAGERS(2, "Stage Two", "Direct First Line Manager to First Line Manager"),

    /** Stage Three: senior manager to senior manager. */
    SENIOR_MANAGERS(3, "Stage Three", "Senior Manager to Senior Manager"),

    /** Stage Four: the partnership's resolution panel, chaired by its independent chair. */
    RESOLUTION_PANEL(4, "Stage Four",
            "Norfolk Safeguarding Children Partnership (NSCP) Resolution Panel chaired by the NSCP Independent"
                    + " Chair");

    private final int number;
    private final String stageName;
    private final String label;
    private final TimescaleEvent startedEvent;
    private final TimescaleEvent responseEvent;

    EscalationStage(int number, String stageName, String label) {
        this.number = number;
        this.stageName = stageName;
        this.label = label;
        this.startedEvent = TimescaleEvent.of("escalation-stage-" + number,
                stageName + ": " + label);
        this.responseEvent = TimescaleEvent.of("escalation-stage-" + number + "-response",
                "Response at " + stageName + ": " + label);
    }

    /** The stage's number, 1 to 4. */
    public int number() {
        return number;
    }

    /** "Stage One" to "Stage Four". */
    public String stageName() {
        return stageName;
    }

    /** The framework's description of who meets at the stage ("Direct Professional to Professional Discussion"). */
    public String label() {
        return label;
    }

    /**
     * Whether the stage is formal escalation: every stage after the first. The guidance does not define
     * the term; see the class description.
     */
    public boolean isFormalEscalation() {
        return number > 1;
    }

    /** The next stage, or empty for the fourth: there is no stage after the resolution panel. */
    public Optional<EscalationStage> next() {
        return ofNumber(number + 1);
    }

    /** The stage before, or empty for the first. */
    public Optional<EscalationStage> previous() {
        return ofNumber(number - 1);
    }

    /** The stage with {@code number}, or empty unless it is 1 to 4. */
    public static Optional<EscalationStage> ofNumber(int number) {
        return number >= 1 && number <= 4 ? Optional.of(values()[number - 1]) : Optional.empty();
    }

    /**
     * The event of a disagreement reaching this stage ({@code escalation-stage-N}): the trigger of the
     * stage's timescale in an {@link EscalationProtocol}.
     */
    public TimescaleEvent startedEvent() {
        return startedEvent;
    }

    /**
     * The event of the response at this stage ({@code escalation-stage-N-response}): the event a
     * stage's timescale bounds.
     */
    public TimescaleEvent responseEvent() {
        return responseEvent;
    }

    /** The framework's section on resolving professional disagreements. */
    public SourcePassage source() {
        return Sources.framework("5. Resolving Professional Disagreements");
    }
}
