package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.GuidanceDocument;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.validation.Breach;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The multi-agency procedures' rules that need nothing but the record: the one implementation behind the
 * rules module's {@code JointAgencyGroupSupervision.check}, {@code CadsConsultations.check},
 * {@code PlanningMeetings.check} and {@code Escalation.check} and the Bean Validation constraints of
 * the records (group {@code Complete}).
 * What depends on a date "as of" or a calendar (a session, a feedback summary or a response overdue or
 * late) and on a partnership's escalation protocol (its timescales) stays in the rules module.
 */
final class MultiagencyChecks {

    /** The most supervisees a session may have: "no more than 8-10 supervisees". */
    static final int MAXIMUM_SUPERVISEES = 10;

    /** Above this many supervisees a session is queried: the procedure's "8-10" allows up to ten, hoping for eight. */
    static final int SUPERVISEES_QUERIED_ABOVE = 8;

    /** A request for a child at immediate risk of harm not redirected to a Section 47 strategy meeting. */
    static final String JAGS_IMMEDIATE_RISK = "multiagency.jags-immediate-risk";
    /** The requester decided their own request. */
    static final String JAGS_SELF_APPROVED = "multiagency.jags-self-approved";
    /** A session with nothing recorded of how its thinking points were shared with the family. */
    static final String JAGS_FAMILY_FEEDBACK_NOT_RECORDED = "multiagency.jags-family-feedback-not-recorded";
    /** A session held with no decision, or a decision not to agree. */
    static final String JAGS_SESSION_WITHOUT_AGREEMENT = "multiagency.jags-session-without-agreement";
    /** Not exactly two supervisors. */
    static final String JAGS_TWO_SUPERVISORS = "multiagency.jags-two-supervisors";
    /** The supervisors are from one agency. */
    static final String JAGS_SUPERVISORS_ONE_AGENCY = "multiagency.jags-supervisors-one-agency";
    /** No lead coordinator. */
    static final String JAGS_NO_LEAD_COORDINATOR = "multiagency.jags-no-lead-coordinator";
    /** More than ten supervisees. */
    static final String JAGS_TOO_MANY_SUPERVISEES = "multiagency.jags-too-many-supervisees";
    /** Nine or ten supervisees. */
    static final String JAGS_MANY_SUPERVISEES = "multiagency.jags-many-supervisees";
    /** Participants not told that the minutes will be shared on a subject access request. */
    static final String JAGS_DISCLOSURE_NOT_EXPLAINED = "multiagency.jags-disclosure-not-explained";
    /** No date the record was circulated. */
    static final String JAGS_RECORD_NOT_CIRCULATED = "multiagency.jags-record-not-circulated";
    /** No date the record was placed on the child's file. */
    static final String JAGS_RECORD_NOT_ON_FILE = "multiagency.jags-record-not-on-file";
    /** The record is on file but no keyworker is recorded. */
    static final String JAGS_KEYWORKER_NOT_RECORDED = "multiagency.jags-keyworker-not-recorded";
    /** Further sessions agreed with no dates confirmed. */
    static final String JAGS_FURTHER_DATES_NOT_CONFIRMED = "multiagency.jags-further-dates-not-confirmed";

    /** No outcome of a CADS consultation. */
    static final String CADS_NO_OUTCOME = "multiagency.cads-no-outcome";
    /** An outcome, but not every script step recorded. */
    static final String CADS_SCRIPT_INCOMPLETE = "multiagency.cads-script-incomplete";
    /** A formal referral with consent not sought. */
    static final String CADS_CONSENT_NOT_SOUGHT = "multiagency.cads-consent-not-sought";
    /** A referral whose recorded level of need contradicts its pathway (a FAST referral at Universal). */
    static final String CADS_LEVEL_CONTRADICTS_PATHWAY = "multiagency.cads-level-contradicts-pathway";
    /** No named Consultant Social Worker. */
    static final String CADS_CONSULTANT_NOT_NAMED = "multiagency.cads-consultant-not-named";

    /** Professionals excluded by the family from a planning meeting, not recorded in the minutes. */
    static final String PLANNING_EXCLUSION_NOT_MINUTED = "multiagency.planning-exclusion-not-minuted";
    /** Professionals excluded, and the concern, the plan or the review of thresholds not recorded. */
    static final String PLANNING_EXCLUSION_NOT_ACTED_ON = "multiagency.planning-exclusion-not-acted-on";
    /** Professionals excluded, and their views not represented. */
    static final String PLANNING_EXCLUDED_VIEWS_NOT_REPRESENTED =
            "multiagency.planning-excluded-views-not-represented";

    /** A stage of a disagreement with fewer than two participants. */
    static final String ESCALATION_PARTICIPANTS_MISSING = "multiagency.escalation-participants-missing";
    /** Formally escalated with joint agency group supervision not considered. */
    static final String ESCALATION_JOINT_SUPERVISION_NOT_CONSIDERED =
            "multiagency.escalation-joint-supervision-not-considered";
    /** Resolved with no resolution recorded. */
    static final String ESCALATION_RESOLUTION_NOT_RECORDED = "multiagency.escalation-resolution-not-recorded";

    /** "The Children's Advice &amp; Duty Service". */
    private static final SourcePassage CADS =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("The Children's Advice & Duty Service");

    /** NSCP 3.15, section 5: the Norfolk escalation protocol's source. */
    private static final SourcePassage FRAMEWORK_DISAGREEMENTS =
            GuidanceDocument.MULTI_AGENCY_FRAMEWORK.passage("5. Resolving Professional Disagreements");

    /** NSCP 3.15, section 2 (planning meetings). */
    private static final SourcePassage FRAMEWORK_JOINT_ASSESSMENTS =
            GuidanceDocument.MULTI_AGENCY_FRAMEWORK.passage("2. Joint Assessments and everyday collaborative working");

    /** NSCP 3.15, section 4 (participants told of disclosure). */
    private static final SourcePassage FRAMEWORK_JOINT_SUPERVISION =
            GuidanceDocument.MULTI_AGENCY_FRAMEWORK.passage("4. Joint Agency Group Supervision");

    /** NSCP 3.16, section 2 (immediate risk of harm; "nothing about us, without us"). */
    private static final SourcePassage JOINT_SUPERVISION_PROCEDURE_2 =
            GuidanceDocument.JOINT_SUPERVISION_PROCEDURE_2022.passage("2. Purpose of the Joint Agency Group Supervision");

    /** NSCP 3.16, section 3 (thinking points shared with the child, parents and carers). */
    private static final SourcePassage JOINT_SUPERVISION_PROCEDURE_3 =
            GuidanceDocument.JOINT_SUPERVISION_PROCEDURE_2022.passage("3. Principles");

    /** NSCP 3.16, section 4. */
    private static final SourcePassage JOINT_SUPERVISION_PROCEDURE_4 =
            GuidanceDocument.JOINT_SUPERVISION_PROCEDURE_2022.passage("4. Joint Agency Group Supervision Procedure");

    /** "Managing Challenge, Disagreement and Uncertainty". */
    private static final SourcePassage MANAGING_DISAGREEMENT =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Managing Challenge, Disagreement and Uncertainty");

    /** "Recording what we do and the decisions we take". */
    private static final SourcePassage RECORDING =
            GuidanceDocument.CONTINUUM_OF_NEEDS_2023.passage("Recording what we do and the decisions we take");

    private MultiagencyChecks() {
    }

    /**
     * What {@code request} and its session, if held, do against the procedure, in the rules module's order:
     * a child at immediate risk not redirected, a requester who decided their own request, then the session's
     * breaches; empty when nothing is wrong. Paths start at the request ({@code decision},
     * {@code session/supervisors}).
     *
     * @throws NullPointerException if {@code request} is null
     */
    static List<Breach> jointSupervision(JointSupervisionRequest request) {
        Objects.requireNonNull(request, "request");
        SourcePassage procedure = JOINT_SUPERVISION_PROCEDURE_4;
        List<Breach> breaches = new ArrayList<>();
        boolean declined = request.decision().filter(d -> !d.agreed()).isPresent();
        if (request.immediateRiskOfHarm() && !declined) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_IMMEDIATE_RISK,
                    "The child is recorded at immediate risk of harm: a Section 47 strategy meeting should be"
                            + " convened to discuss the concerns and make a plan to keep the child safe, instead of"
                            + " joint supervision.", JOINT_SUPERVISION_PROCEDURE_2, "immediateRiskOfHarm"));
        }
        if (request.decision().filter(d -> d.decidedBy().id().equals(request.requestedBy().id())).isPresent()) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_SELF_APPROVED,
                    "The request was decided by the person who made it: the case should be discussed by the"
                            + " accountable team manager or safeguarding supervisor and agreement reached.",
                    procedure, "decision", "decidedBy"));
        }
        Optional<JointSupervisionSession> held = request.session();
        if (held.isEmpty()) {
            return List.copyOf(breaches);
        }
        JointSupervisionSession session = held.get();
        if (!request.isAgreed()) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_SESSION_WITHOUT_AGREEMENT,
                    "A session was held without the accountable manager's agreement that the case should be"
                            + " subject to joint supervision.", procedure, "decision"));
        }
        List<Practitioner> supervisors = session.supervisors();
        if (supervisors.size() != 2) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_TWO_SUPERVISORS,
                    "Two supervisors from two agencies should facilitate the session; " + supervisors.size()
                            + " recorded.", procedure, "session", "supervisors"));
        }
        if (supervisors.size() >= 2 && supervisors.stream().map(s -> s.agency().id()).distinct().count() == 1) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_SUPERVISORS_ONE_AGENCY,
                    "The supervisors are from one agency; the procedure asks for two supervisors from two"
                            + " agencies.", procedure, "session", "supervisors"));
        }
        if (session.leadCoordinatorId().isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_NO_LEAD_COORDINATOR,
                    "No lead coordinator: one of the two supervisors should be the lead coordinator.", procedure,
                    "session", "leadCoordinatorId"));
        }
        int supervisees = session.supervisees().size();
        if (supervisees > MAXIMUM_SUPERVISEES) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_TOO_MANY_SUPERVISEES,
                    supervisees + " supervisees; sessions should include no more than 8-10.", procedure,
                    "session", "supervisees"));
        } else if (supervisees > SUPERVISEES_QUERIED_ABOVE) {
            breaches.add(Breach.of(Severity.QUERY, JAGS_MANY_SUPERVISEES,
                    supervisees + " supervisees; sessions should include no more than 8-10.", procedure,
                    "session", "supervisees"));
        }
        if (!session.participantsToldOfDisclosure()) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_DISCLOSURE_NOT_EXPLAINED,
                    "Participants should be told before supervision starts that the discussion is minuted and that"
                            + " the minutes will be shared if a parent or carer makes a subject access request.",
                    FRAMEWORK_JOINT_SUPERVISION, "session", "participantsToldOfDisclosure"));
        }
        if (session.recordCirculatedOn().isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_RECORD_NOT_CIRCULATED,
                    "The record of the session should be circulated to all attendees.", procedure,
                    "session", "recordCirculatedOn"));
        }
        if (session.recordPlacedOnFileOn().isEmpty()) {
            breaches.add(Breach.of(Severity.ERROR, JAGS_RECORD_NOT_ON_FILE,
                    "The record of the session should be placed on the child's file by the keyworker.", procedure,
                    "session", "recordPlacedOnFileOn"));
        } else if (session.keyworker().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, JAGS_KEYWORKER_NOT_RECORDED,
                    "The record is on the child's file; the keyworker who placed it there is not recorded.",
                    procedure, "session", "keyworker"));
        }
        if (session.furtherSessionsAgreed() && session.furtherSessionDates().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, JAGS_FURTHER_DATES_NOT_CONFIRMED,
                    "Further sessions were agreed; their dates should be confirmed with the group.", procedure,
                    "session", "furtherSessionDates"));
        }
        if (session.familyFeedback().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, JAGS_FAMILY_FEEDBACK_NOT_RECORDED,
                    "Nothing is recorded of how the session's thinking points were shared with the child and family:"
                            + " share them with the child, parents or carers, or at the next Core Group, CiN meeting"
                            + " or Family Support Meeting ('nothing about us, without us').",
                    JOINT_SUPERVISION_PROCEDURE_3, "session", "familyFeedback"));
        }
        return List.copyOf(breaches);
    }

    /**
     * What the record of a CADS consultation lacks, whatever the date, in the rules module's order: no
     * outcome, or an outcome with script steps not recorded; a formal referral with consent not sought; a
     * referral whose level of need contradicts its pathway ({@link #levelsOf}); no named Consultant Social
     * Worker.
     *
     * @throws NullPointerException if {@code consultation} is null
     */
    static List<Breach> cads(CadsConsultation consultation) {
        Objects.requireNonNull(consultation, "consultation");
        List<Breach> breaches = new ArrayList<>();
        if (consultation.outcome().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, CADS_NO_OUTCOME,
                    "No outcome recorded: every consultation results in a clearly defined pathway ('never do"
                            + " nothing').", CADS, "outcome"));
        } else if (!consultation.missingSteps().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, CADS_SCRIPT_INCOMPLETE,
                    "Script steps not recorded as completed: " + consultation.missingSteps().stream()
                            .map(step -> String.valueOf(step.number())).collect(Collectors.joining(", "))
                            + " of " + CadsScriptStep.values().length + ".", CADS, "completedSteps"));
        }
        if (consultation.outcome().orElse(null) == CadsOutcome.FORMAL_REFERRAL
                && consultation.consent() == ConsentStatus.NOT_SOUGHT) {
            breaches.add(Breach.of(Severity.QUERY, CADS_CONSENT_NOT_SOUGHT,
                    "A formal referral with consent not sought: Consultant Social Workers support professionals to"
                            + " gain consent, if it has not already been given.", CADS, "consent"));
        }
        if (consultation.referralPathway().isPresent() && consultation.levelOfNeed().isPresent()
                && !levelsOf(consultation.referralPathway().get()).contains(consultation.levelOfNeed().get())) {
            breaches.add(Breach.of(Severity.QUERY, CADS_LEVEL_CONTRADICTS_PATHWAY,
                    "The level of need recorded (" + consultation.levelOfNeed().get().label() + ") contradicts the"
                            + " referral (" + consultation.referralPathway().get().label() + "): depending on the"
                            + " level, the referral will be processed into either a Family Support Team or Social"
                            + " Work Team.", CADS, "levelOfNeed"));
        }
        if (consultation.consultantSocialWorker().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, CADS_CONSULTANT_NOT_NAMED,
                    "No named Consultant Social Worker recorded: the named Consultant Social Worker provides the"
                            + " feedback summary.", RECORDING, "consultantSocialWorker"));
        }
        return List.copyOf(breaches);
    }

    /**
     * What the record of a planning meeting from which the family excluded professionals lacks, in this order:
     * the exclusion not minuted; not considered as a safeguarding concern, no plan to manage non engagement,
     * thresholds not reviewed (one breach each, with one code); the excluded professionals' views not
     * represented. Empty when no professional was excluded.
     *
     * @throws NullPointerException if {@code meeting} is null
     */
    static List<Breach> planningMeeting(PlanningMeeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        if (!meeting.isProfessionalsExcluded()) {
            return List.of();
        }
        SourcePassage framework = FRAMEWORK_JOINT_ASSESSMENTS;
        List<Breach> breaches = new ArrayList<>();
        if (!meeting.exclusionMinuted()) {
            breaches.add(Breach.of(Severity.ERROR, PLANNING_EXCLUSION_NOT_MINUTED,
                    "The parents did not want professionals included in the meeting: this should be recorded in the"
                            + " minutes.", framework, "exclusionMinuted"));
        }
        if (!meeting.exclusionTreatedAsSafeguardingConcern()) {
            breaches.add(Breach.of(Severity.ERROR, PLANNING_EXCLUSION_NOT_ACTED_ON,
                    "The parents did not want professionals included: participants should consider this as a"
                            + " safeguarding concern.", framework, "exclusionTreatedAsSafeguardingConcern"));
        }
        if (!meeting.nonEngagementPlanAgreed()) {
            breaches.add(Breach.of(Severity.ERROR, PLANNING_EXCLUSION_NOT_ACTED_ON,
                    "The parents did not want professionals included: participants should agree a plan to manage"
                            + " non engagement.", framework, "nonEngagementPlanAgreed"));
        }
        if (!meeting.thresholdsReviewed()) {
            breaches.add(Breach.of(Severity.ERROR, PLANNING_EXCLUSION_NOT_ACTED_ON,
                    "The parents did not want professionals included: participants should review thresholds.",
                    framework, "thresholdsReviewed"));
        }
        if (!meeting.excludedProfessionalsViewsRepresented()) {
            breaches.add(Breach.of(Severity.QUERY, PLANNING_EXCLUDED_VIEWS_NOT_REPRESENTED,
                    "Nothing is recorded of the excluded professionals' views: their absence should not stop the"
                            + " lead from talking to them to ensure their views can be represented.", framework,
                    "excludedProfessionalsViewsRepresented"));
        }
        return List.copyOf(breaches);
    }

    /**
     * The levels of need a referral to {@code pathway} is consistent with: Family Support, "the targeted case
     * holding part of our wider early help offer" for "complex and persistent needs", at Additional Need or
     * Complex; FAST, for a child "at risk or likely risk of harm requiring a statutory Social Work Assessment"
     * (a Child in Need Plan or a Child Protection Plan), at Complex or Acute. "A formal referral, recording the
     * level of need. Depending on the level, the referral will be processed into either a Family Support Team or
     * Social Work Team." The guidance gives no table; this one is the library's reading of those passages and of
     * the shared-language table, and no referral is consistent with Universal.
     *
     * @throws IllegalArgumentException if {@code pathway} is not a referral pathway of a consultation
     */
    static Set<LevelOfNeed> levelsOf(Pathway pathway) {
        return switch (pathway) {
            case FAMILY_SUPPORT_REFERRAL -> EnumSet.of(LevelOfNeed.ADDITIONAL, LevelOfNeed.COMPLEX);
            case FAST_REFERRAL -> EnumSet.of(LevelOfNeed.COMPLEX, LevelOfNeed.ACUTE);
            default -> throw new IllegalArgumentException("pathway: must be a referral pathway");
        };
    }

    /**
     * The stage at {@code index} of a disagreement with fewer than two participants: a stage is a
     * discussion between the two sides. {@code source} is the escalation protocol's passage.
     */
    static Optional<Breach> stageParticipants(DisagreementStage stage, int index, SourcePassage source) {
        if (stage.participants().size() >= 2) {
            return Optional.empty();
        }
        return Optional.of(Breach.of(Severity.QUERY, ESCALATION_PARTICIPANTS_MISSING,
                stage.stage().stageName() + " (" + stage.stage().label() + "): " + stage.participants().size()
                        + " participants recorded; a stage is a discussion between the two sides.", source,
                "stages", index, "participants"));
    }

    /**
     * What the record of {@code disagreement} lacks after its stages, in the rules module's order: joint
     * agency group supervision not considered before formal escalation; a resolution date with no
     * resolution. {@code source} is the escalation protocol's passage (of the second).
     *
     * @throws NullPointerException if an argument is null
     */
    static List<Breach> disagreementRecord(ProfessionalDisagreement disagreement, SourcePassage source) {
        Objects.requireNonNull(disagreement, "disagreement");
        Objects.requireNonNull(source, "source");
        List<Breach> breaches = new ArrayList<>();
        if (disagreement.isFormallyEscalated() && !disagreement.jointSupervisionConsidered()) {
            breaches.add(Breach.of(Severity.QUERY, ESCALATION_JOINT_SUPERVISION_NOT_CONSIDERED,
                    "Formally escalated without considering joint agency group supervision, which should happen"
                            + " outside or ahead of any formal escalation.", MANAGING_DISAGREEMENT,
                    "jointSupervisionConsidered"));
        }
        if (disagreement.isResolved() && disagreement.resolution().isEmpty()) {
            breaches.add(Breach.of(Severity.QUERY, ESCALATION_RESOLUTION_NOT_RECORDED,
                    "Resolved with no resolution recorded: clear records should be kept of disagreements and"
                            + " resolutions reached by all parties.", source, "resolution"));
        }
        return List.copyOf(breaches);
    }

    /**
     * Every breach of {@code disagreement} that needs no date or protocol timescale: the stages' participants,
     * then {@link #disagreementRecord}; sourced to the Norfolk framework's section 5.
     *
     * @throws NullPointerException if {@code disagreement} is null
     */
    static List<Breach> disagreement(ProfessionalDisagreement disagreement) {
        return disagreement(disagreement, FRAMEWORK_DISAGREEMENTS);
    }

    /**
     * Every breach of {@code disagreement} that needs no date or protocol timescale: the stages' participants,
     * then {@link #disagreementRecord}; {@code source} is the escalation protocol's passage.
     *
     * @throws NullPointerException if an argument is null
     */
    static List<Breach> disagreement(ProfessionalDisagreement disagreement, SourcePassage source) {
        Objects.requireNonNull(disagreement, "disagreement");
        Objects.requireNonNull(source, "source");
        List<Breach> breaches = new ArrayList<>();
        for (int i = 0; i < disagreement.stages().size(); i++) {
            stageParticipants(disagreement.stages().get(i), i, source).ifPresent(breaches::add);
        }
        breaches.addAll(disagreementRecord(disagreement, source));
        return List.copyOf(breaches);
    }
}
