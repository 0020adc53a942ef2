package dev.safeguarding.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The guidance documents the library is built from and cites, each with its title as a
 * {@link SourcePassage} names it: one place for each title, so that a finding of the rules module and a
 * violation of a Bean Validation constraint name the same document, spelled the same way.
 *
 * <p>A passage of another document (a partnership's own protocol, or a document read from JSON) is still a
 * {@code SourcePassage.of(title, section)}: the enum lists the documents of the library, not every document
 * a passage may come from.
 */
public enum GuidanceDocument {

    /** NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023 edition). */
    CONTINUUM_OF_NEEDS_2023(Titles.CONTINUUM_OF_NEEDS_2023),

    /** NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>. */
    MULTI_AGENCY_FRAMEWORK(Titles.MULTI_AGENCY_FRAMEWORK),

    /** NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022). */
    JOINT_SUPERVISION_PROCEDURE_2022(Titles.JOINT_SUPERVISION_PROCEDURE_2022),

    /**
     * Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum: Confident &amp; Competent
     * Multi-Agency Working with Children in Need</i> (2017): the practitioner forum slides.
     */
    SOMERSET_PRACTITIONER_FORUM_2017(Titles.SOMERSET_PRACTITIONER_FORUM_2017),

    /**
     * Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn Babies</i>
     * (September 2016), as extracted in the Somerset practitioner forum (2017).
     */
    PRE_BIRTH_PROTOCOL_2016(Titles.PRE_BIRTH_PROTOCOL_2016),

    /** HM Government, <i>Working Together to Safeguard Children</i> (2023): the statutory guidance. */
    WORKING_TOGETHER_2023(Titles.WORKING_TOGETHER_2023),

    /** Ofsted, <i>Social care commentary: multi-agency safeguarding arrangements</i>. */
    OFSTED_MULTI_AGENCY_COMMENTARY(Titles.OFSTED_MULTI_AGENCY_COMMENTARY);

    private final String title;

    GuidanceDocument(String title) {
        this.title = title;
    }

    /** The document's title, with its publisher and edition, as a {@link SourcePassage#document()} holds it. */
    public String title() {
        return title;
    }

    /**
     * The passage of this document under {@code section}.
     *
     * @throws InvalidValueException if {@code section} is blank
     */
    public SourcePassage passage(String section) {
        return SourcePassage.ofGuidance(this, section);
    }

    /** The document whose title is exactly {@code title}, if the library knows it. */
    public static Optional<GuidanceDocument> byTitle(String title) {
        Objects.requireNonNull(title, "title");
        return Arrays.stream(values()).filter(document -> document.title.equals(title)).findFirst();
    }

    /**
     * The titles as constants, for what must be a constant: the {@code document} of a
     * {@code GuidanceRule} and the message of a Bean Validation constraint. Each is its document's
     * {@link GuidanceDocument#title()}.
     */
    public static final class Titles {

        /** {@link GuidanceDocument#CONTINUUM_OF_NEEDS_2023}'s title. */
        public static final String CONTINUUM_OF_NEEDS_2023 =
                "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

        /** {@link GuidanceDocument#MULTI_AGENCY_FRAMEWORK}'s title. */
        public static final String MULTI_AGENCY_FRAMEWORK =
                "NSCP 3.15, Framework to Support Multi-agency Working Together in Norfolk";

        /** {@link GuidanceDocument#JOINT_SUPERVISION_PROCEDURE_2022}'s title. */
        public static final String JOINT_SUPERVISION_PROCEDURE_2022 =
                "NSCP 3.16, Joint Agency Group Supervision Procedure (November 2022)";

        /** {@link GuidanceDocument#SOMERSET_PRACTITIONER_FORUM_2017}'s title. */
        public static final String SOMERSET_PRACTITIONER_FORUM_2017 =
                "Somerset Safeguarding Children Board, Multi-Agency Practitioner Forum: Confident & Competent"
                        + " Multi-Agency Working with Children in Need (2017)";

        /** {@link GuidanceDocument#PRE_BIRTH_PROTOCOL_2016}'s title. */
        public static final String PRE_BIRTH_PROTOCOL_2016 = "Somerset Safeguarding Children Board, Multi-agency"
                + " Pre-birth Protocol to Safeguard Unborn Babies (September 2016)";

        /** {@link GuidanceDocument#WORKING_TOGETHER_2023}'s title. */
        public static final String WORKING_TOGETHER_2023 =
                "HM Government, Working Together to Safeguard Children (2023)";

        /** {@link GuidanceDocument#OFSTED_MULTI_AGENCY_COMMENTARY}'s title. */
        public static final String OFSTED_MULTI_AGENCY_COMMENTARY =
                "Ofsted, Social care commentary: multi-agency safeguarding arrangements";

        private Titles() {
        }
    }
}
