package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.SourcePassage;
import java.util.Optional;

/**
 * The four levels of the <i>Framework to Support Multi-agency Working Together in Norfolk</i>, from
 * everyday collaboration between the professionals around a child to the formal resolution of their
 * disagreements. The framework "ensures that practice is collaborative, curious, reflective and
 * supportive of good quality decision-making in the best interests of children".
 *
 * <p>The numbers are the framework's: the joint agency group supervision procedure calls joint
 * supervision "Level 3 of the framework". The labels are the framework's section headings and the
 * descriptions quote each section.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, sections 2
 * to 5; NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), section 1.
 */
public enum FrameworkLevel {

    /** Level 1: joint assessment and everyday collaborative working (framework, section 2). */
    JOINT_ASSESSMENT_AND_COLLABORATIVE_WORKING(1, "Joint Assessments and everyday collaborative working",
            "Joint assessment and collaborative working between professionals are fundamental to all"
                    + " safeguarding practice. The professionals around a child should expect to talk to each"
                    + " other, especially if they notice anything unusual or have any worries they want to"
                    + " talk through."),

    /** Level 2: locality based reflective practice discussions (framework, section 3). */
    LOCALITY_REFLECTIVE_PRACTICE(2, "Locality Based Reflective Practice Discussions",
            "Reflective practice discussions involve taking the time to 'think about' and 'reflect upon'"
                    + " what we do within our everyday practice. Actively reflecting on your work is vital for"
                    + " improving self-awareness, learning, professional development & provides the"
                    + " opportunity to be trauma informed."),

    /** Level 3: joint agency group supervision (framework, section 4; procedure NSCP 3.16). */
    JOINT_AGENCY_GROUP_SUPERVISION(3, "Joint Agency Group Supervision",
            "Joint supervision provides a reflective space for joint analysis of assessment information,"
                    + " an opportunity to explore what professionals know about the lived experience of the"
                    + " child and should help strengthen the relationship between professionals who are"
                    + " working together with families to secure the best outcomes for children. Joint"
                    + " supervision is not about sharing new information or making case decisions."),

    /** Level 4: resolving professional disagreements, in four {@link EscalationStage}s (framework, section 5). */
    RESOLVING_PROFESSIONAL_DISAGREEMENTS(4, "Resolving Professional Disagreements",
            "Professional disagreements should be seen as part of 'healthy' professional working"
                    + " relationships and practitioners should be encouraged to give or receive professional"
                    + " challenge in a constructive and positive way. Professional disputes between agencies"
                    + " should be addressed in timely manner and should not result in a loss of focus on the"
                    + " child or placing the child at increased risk of significant harm.");

    private final int number;
    private final String label;
    private final String description;

    FrameworkLevel(int number, String label, String description) {
        this.number = number;
        this.label = label;
        this.description = description;
    }

    /** The level's number in the framework, 1 to 4. */
    public int number() {
        return number;
    }

    /** The framework's heading for the level. */
    public String label() {
        return label;
    }

    /** The framework's description of the level, quoted. */
    public String description() {
        return description;
    }

    /** The section of the framework that describes the level. */
    public SourcePassage source() {
        return Sources.framework((number + 1) + ". " + label);
    }

    /**
     * The level with {@code number}, or empty.
     *
     * @param number 1 to 4
     */
    public static Optional<FrameworkLevel> ofNumber(int number) {
        return number >= 1 && number <= 4 ? Optional.of(values()[number - 1]) : Optional.empty();
    }
}
