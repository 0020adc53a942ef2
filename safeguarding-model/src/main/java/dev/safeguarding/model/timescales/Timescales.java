package dev.safeguarding.model.timescales;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.SourcePassage;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of the timescales the library ships: those of Working Together to Safeguard Children
 * 2023 and those of the Norfolk procedures in the seeds. Each counts exclusive of the trigger day
 * (the library's default); {@link Timescale#withConvention} gives the inclusive count.
 *
 * <pre>{@code
 * Timescale t = Timescales.byId("wt2023.initial-child-protection-conference");
 * Deadline d = t.dueFrom(strategyDiscussion, UkCalendars.englandAndWales());
 * d.status(today);   // due later / due today / overdue, with working days left or overdue
 * }</pre>
 *
 * <table>
 *   <caption>The timescales</caption>
 *   <tr><th>id</th><th>timescale</th><th>from</th></tr>
 *   <tr><td>{@code wt2023.referral-decision}</td><td>1 working day</td><td>referral received</td></tr>
 *   <tr><td>{@code wt2023.assessment}</td><td>45 working days</td><td>referral</td></tr>
 *   <tr><td>{@code wt2023.initial-child-protection-conference}</td><td>15 working days</td>
 *       <td>strategy discussion</td></tr>
 *   <tr><td>{@code wt2023.first-core-group}</td><td>10 working days</td><td>initial conference</td></tr>
 *   <tr><td>{@code wt2023.first-review-conference}</td><td>3 months</td><td>initial conference</td></tr>
 *   <tr><td>{@code wt2023.subsequent-review-conference}</td><td>6 months</td>
 *       <td>previous review conference</td></tr>
 *   <tr><td>{@code norfolk.cads-feedback-summary}</td><td>5 working days</td><td>CADS consultation</td></tr>
 *   <tr><td>{@code norfolk.joint-agency-group-supervision}</td><td>15 working days</td>
 *       <td>accountable leads' decision</td></tr>
 * </table>
 *
 * <p>Not here, on purpose: a strategy discussion has no number of days in Working Together 2023 (it is
 * held whenever there is reasonable cause to suspect significant harm), the stages of escalating a
 * professional disagreement have none in the public text of the Norfolk protocol, and pre-birth
 * conferences and statutory visits are set by each partnership. A vendor adds such timescales with
 * {@code Timescales.catalogue().with(...)}.
 *
 * <p>Sources: HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3; NSCP,
 * <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we do and the
 * decisions we take"; NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022),
 * section 4; the library's notes {@code docs/timescales.md}.
 */
public final class Timescales {

    /** The statutory guidance the {@code wt2023.} timescales come from. */
    public static final String WORKING_TOGETHER_2023 = Titles.WORKING_TOGETHER_2023;

    /** The Norfolk guidance the CADS feedback timescale comes from. */
    public static final String NORFOLK_CONTINUUM_OF_NEEDS_2023 = Titles.CONTINUUM_OF_NEEDS_2023;

    /** The Norfolk procedure the joint agency group supervision timescale comes from. */
    public static final String NORFOLK_JOINT_AGENCY_GROUP_SUPERVISION = Titles.JOINT_SUPERVISION_PROCEDURE_2022;

    private static final SourcePassage WT2023_CHAPTER_3 =
            SourcePassage.of(WORKING_TOGETHER_2023, "Chapter 3: Providing help, support and protection");

    /**
     * {@code wt2023.referral-decision}: a decision about the type of response required within 1 working
     * day of the referral being received.
     */
    public static final Timescale REFERRAL_DECISION = Timescale.builder()
            .id("wt2023.referral-decision")
            .label("Decision on a referral")
            .description("A decision about the type of response required within 1 working day of the"
                    + " referral being received")
            .amount(1).unit(TimescaleUnit.WORKING_DAYS)
            .triggerEvent(TimescaleEvent.REFERRAL_RECEIVED)
            .boundedEvent(TimescaleEvent.RESPONSE_DECISION)
            .source(WT2023_CHAPTER_3)
            .build();

    /**
     * {@code wt2023.assessment}: the assessment concluded, so that a decision on next steps can be
     * made, no longer than 45 working days from the point of referral.
     */
    public static final Timescale ASSESSMENT = Timescale.builder()
            .id("wt2023.assessment")
            .label("Assessment")
            .description("The assessment concluded, so that a decision on next steps can be made, no longer"
                    + " than 45 working days from the point of referral")
            .amount(45).unit(TimescaleUnit.WORKING_DAYS)
            .triggerEvent(TimescaleEvent.REFERRAL_RECEIVED)
            .boundedEvent(TimescaleEvent.ASSESSMENT_CONCLUDED)
            .source(WT2023_CHAPTER_3)
            .build();

    /**
     * {@code wt2023.initial-child-protection-conference}: an initial child protection conference within
     * 15 working days of the strategy discussion (or of the strategy discussion at which section 47
     * enquiries were initiated, where more than one was held).
     */
    public static final Timescale INITIAL_CHILD_PROTECTION_CONFERENCE = Timescale.builder()
            .id("wt2023.initial-child-protection-conference")
            .label("Initial child protection conference")
            .description("An initial child protection conference within 15 working days of the strategy"
                    + " discussion, or of the strategy discussion at which section 47 enquiries were"
                    + " initiated where more than one was held")
            .amount(15).unit(TimescaleUnit.WORKING_DAYS)
            .triggerEvent(TimescaleEvent.STRATEGY_DISCUSSION)
            .boundedEvent(TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE)
            .source(WT2023_CHAPTER_3)
            .build();

    /**
     * {@code wt2023.first-core-group}: the first core group meeting within 10 working days of the
     * initial child protection conference.
     */
    public static final Timescale FIRST_CORE_GROUP = Timescale.builder()
            .id("wt2023.first-core-group")
            .label("First core group meeting")
            .description("The first core group meeting within 10 working days of the initial child"
                    + " protection conference")
            .amount(10).unit(TimescaleUnit.WORKING_DAYS)
            .triggerEvent(TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE)
            .boundedEvent(TimescaleEvent.FIRST_CORE_GROUP_MEETING)
            .source(WT2023_CHAPTER_3)
            .build();

    /**
     * {@code wt2023.first-review-conference}: the first review child protection conference within 3
     * months of the initial conference.
     */
    public static final Timescale FIRST_REVIEW_CONFERENCE = Timescale.builder()
            .id("wt2023.first-review-conference")
            .label("First review child protection conference")
            .description("The first review child protection conference within 3 months of the initial"
                    + " child protection conference")
            .amount(3).unit(TimescaleUnit.MONTHS)
            .triggerEvent(TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE)
            .boundedEvent(TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE)
            .source(WT2023_CHAPTER_3)
            .build();

    /**
     * {@code wt2023.subsequent-review-conference}: further review conferences at intervals of not more
     * than 6 months; the trigger is the previous review conference.
     */
    public static final Timescale SUBSEQUENT_REVIEW_CONFERENCE = Timescale.builder()
            .id("wt2023.subsequent-review-conference")
            .label("Subsequent review child protection conference")
            .description("Further review child protection conferences at intervals of not more than 6"
                    + " months")
            .amount(6).unit(TimescaleUnit.MONTHS)
            .triggerEvent(TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE)
            .boundedEvent(TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE)
            .source(WT2023_CHAPTER_3)
            .build();

    /**
     * {@code norfolk.cads-feedback-summary}: "The named Consultant Social Worker will always provide the
     * caller a feedback summary of the conversation and agreed decision within five working days."
     */
    public static final Timescale CADS_FEEDBACK_SUMMARY = Timescale.builder()
            .id("norfolk.cads-feedback-summary")
            .label("CADS feedback summary")
            .description("The named Consultant Social Worker will always provide the caller a feedback"
                    + " summary of the conversation and agreed decision within five working days")
            .amount(5).unit(TimescaleUnit.WORKING_DAYS)
            .triggerEvent(TimescaleEvent.CADS_CONSULTATION)
            .boundedEvent(TimescaleEvent.CADS_FEEDBACK_SUMMARY)
            .source(SourcePassage.of(NORFOLK_CONTINUUM_OF_NEEDS_2023, "Recording what we do and the decisions we take"))
            .build();

    /**
     * {@code norfolk.joint-agency-group-supervision}: "The supervision session should be arranged within
     * 15 working days from the date of the accountable leads' decision to provide a joint supervision
     * session."
     */
    public static final Timescale JOINT_AGENCY_GROUP_SUPERVISION = Timescale.builder()
            .id("norfolk.joint-agency-group-supervision")
            .label("Joint agency group supervision session")
            .description("The supervision session should be arranged within 15 working days from the date"
                    + " of the accountable leads' decision to provide a joint supervision session")
            .amount(15).unit(TimescaleUnit.WORKING_DAYS)
            .triggerEvent(TimescaleEvent.JOINT_SUPERVISION_DECISION)
            .boundedEvent(TimescaleEvent.JOINT_SUPERVISION_SESSION)
            .source(SourcePassage.of(NORFOLK_JOINT_AGENCY_GROUP_SUPERVISION,
                    "4. Joint Agency Group Supervision Procedure"))
            .build();

    private static final TimescaleCatalogue CATALOGUE = TimescaleCatalogue.of(List.of(
            REFERRAL_DECISION, ASSESSMENT, INITIAL_CHILD_PROTECTION_CONFERENCE, FIRST_CORE_GROUP,
            FIRST_REVIEW_CONFERENCE, SUBSEQUENT_REVIEW_CONFERENCE, CADS_FEEDBACK_SUMMARY,
            JOINT_AGENCY_GROUP_SUPERVISION));

    private Timescales() {
    }

    /**
     * The library's timescale with {@code id}.
     *
     * @throws NullPointerException      if {@code id} is null
     * @throws UnknownTimescaleException if there is none; its message lists the known ids
     */
    public static Timescale byId(String id) {
        return CATALOGUE.byId(id);
    }

    /**
     * The library's timescale with {@code id}, or empty.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public static Optional<Timescale> find(String id) {
        return CATALOGUE.find(id);
    }

    /** Every timescale the library ships, Working Together 2023's first. */
    public static List<Timescale> all() {
        return CATALOGUE.all();
    }

    /** The ids of the timescales the library ships. */
    public static List<String> ids() {
        return CATALOGUE.ids();
    }

    /** The library's timescales as a catalogue, to which a vendor adds its own with {@code with(...)}. */
    public static TimescaleCatalogue catalogue() {
        return CATALOGUE;
    }
}
