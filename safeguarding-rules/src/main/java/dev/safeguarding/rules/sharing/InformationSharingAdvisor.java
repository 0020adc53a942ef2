package dev.safeguarding.rules.sharing;

import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.PersonAtRisk;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.RecordRequirement;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Information-sharing advice: given the facts of a situation, what the guidance suggests (seek consent
 * first; share with consent; share without consent, with the reason; seek advice when in doubt; or
 * respect a refusal), with reasons that name the golden rules they rest on, and the record the decision
 * needs, whatever it is. It supports professional judgement and never replaces it.
 *
 * <pre>{@code
 * SharingAdvice advice = InformationSharingAdvisor.norfolk2023().advise(SharingQuestion.builder()
 *         .addAtRiskIfConsentSought(PersonAtRisk.CHILD)
 *         .build());
 * advice.action();          // SHARE_WITHOUT_CONSENT
 * advice.goldenRules();     // the rules it rests on, always including rule 7
 * advice.record();          // what the record of the decision must contain
 * }</pre>
 *
 * <p>What the advisor does, each rule from the Norfolk guidance ("Information Sharing" unless said
 * otherwise). "Safety at risk" is {@link SharingQuestion#isSafetyAtRisk()}: an immediate risk of harm, a
 * risk from delay, someone whom seeking consent would put at increased risk, or a child protection concern.
 * <ol>
 *   <li>Consent given: share with consent (golden rule 4), mindful that the individual might not expect
 *       information to be shared.</li>
 *   <li>Otherwise, each exception the guidance names is a reason to share without consent: seeking consent
 *       would place the child, another child, someone else or the referrer at increased risk of harm (when
 *       consent has not been sought); seeking it might undermine the investigation of a serious crime
 *       (when the purpose is safeguarding); a delay may put the child at further risk; an immediate risk
 *       of harm ("Section 47 Duty to Investigate": call 999); a child protection concern (immediate
 *       danger or a Section 47 indicator: "This includes making a child protection referral where a delay
 *       in getting consent may mean the child or young person is put at further risk of harm"; sharing
 *       without consent on this ground alone is the library's reading, so that a Section 47 case is never
 *       advised to seek consent first; {@code ThresholdQuestion.sharingQuestion()} gives the threshold
 *       guide's facts to the advisor); consent refused where safety may be at risk (golden rule 4). With
 *       any of these the advice is to share without consent, naming each reason,
 *       golden rule 1 (data protection law is not a barrier to justified sharing) and, where safety is at
 *       risk, golden rule 5 and Working Together's "Fears about sharing information must not be allowed to
 *       stand in the way" (quoted by NSCP 3.15).</li>
 *   <li>Whenever seeking consent might undermine a serious crime investigation (and consent is not given):
 *       clarify with the relevant agency so that investigations or proceedings are not compromised, and no
 *       prompt to be open with the family from the start, to engage with them or to record a consent
 *       conversation: "There may be occasions, such as criminal investigation or local authority proceedings,
 *       which require an element of confidentiality from the family involved."</li>
 *   <li>A serious crime investigation alone, when the purpose is not safeguarding: seek advice. The
 *       guidance's exceptions are "when it comes to protecting children"; it is silent on other purposes.
 *       Where safety is at risk, the purpose is taken to be safeguarding whatever the question says.</li>
 *   <li>Otherwise, in doubt: seek advice from other practitioners, without disclosing the identity of the
 *       individual where possible (golden rule 3).</li>
 *   <li>Otherwise, consent not sought: seek consent first (golden rules 2 and 4), being clear from the start
 *       and never adding consent in at the end of the conversation ("Gaining Consent and Working on a
 *       Voluntary Basis with a Family"); the Gillick and Fraser reminder for children under 16.</li>
 *   <li>Otherwise, consent refused: respect the wish not to share (golden rule 4). Refusal is never in itself
 *       a reason to escalate or to share: every advice on refused consent says so, and it asks for positive
 *       engagement with the family when it does not share.</li>
 *   <li>Advice that permits sharing adds golden rule 6 (necessary, proportionate, ...); advice that does not
 *       seek advice but finds the practitioner in doubt adds golden rule 3 as a consideration.</li>
 *   <li>Every advice requires a record (golden rule 7; "Recording what we do and the decisions we take";
 *       "Single Agency Record Keeping"): the decision, the reasons, who decided and when; for a decision to
 *       share, what was shared, with whom, for what purpose and on what basis; for a refusal respected, the
 *       refusal (the basis); when seeking advice, from whom. When consent is to be sought, the consent
 *       conversation is recorded too (a {@code Consent}).</li>
 * </ol>
 *
 * <p>So, whatever the facts: with any safety risk the advice permits sharing; consent is only ever sought
 * before sharing, never after; refusal alone never leads to sharing or escalation; and every advice
 * requires a record.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #advise} is a pure function of the
 * question and the profile.
 */
public final class InformationSharingAdvisor {

    private static final InformationSharingAdvisor NORFOLK_2023 =
            new InformationSharingAdvisor(SharingProfiles.norfolk2023());

    private static final Set<RecordContent> ALWAYS = EnumSet.of(RecordContent.DECISION, RecordContent.REASONS,
            RecordContent.DECIDED_BY, RecordContent.DECIDED_ON);

    private static final Set<RecordContent> SHARED = EnumSet.of(RecordContent.WHAT_WAS_SHARED,
            RecordContent.WITH_WHOM, RecordContent.PURPOSE, RecordContent.BASIS);

    private final SharingProfile profile;

    private InformationSharingAdvisor(SharingProfile profile) {
        this.profile = profile;
    }

    /** The advisor of the Norfolk Safeguarding Children Partnership's 2023 guidance. */
    public static InformationSharingAdvisor norfolk2023() {
        return NORFOLK_2023;
    }

    /** An advisor following {@code profile}. */
    public static InformationSharingAdvisor of(SharingProfile profile) {
        return new InformationSharingAdvisor(Objects.requireNonNull(profile, "profile"));
    }

    /** The profile this advisor follows. */
    public SharingProfile profile() {
        return profile;
    }

    /**
     * The advice for {@code question}.
     *
     * @throws NullPointerException if {@code question} is null
     */
    public SharingAdvice advise(SharingQuestion question) {
        Objects.requireNonNull(question, "question");
        ConsentStatus consent = question.consent();
        boolean safetyAtRisk = question.isSafetyAtRisk();
        boolean safeguarding = question.purposeIsSafeguarding() || safetyAtRisk;
        boolean crime = question.wouldUndermineSeriousCrimeInvestigation();

        List<SharingStatement> reasons = new ArrayList<>();
        List<SharingStatement> considerations = new ArrayList<>();
        Set<WithoutConsentReason> withoutConsent = EnumSet.noneOf(WithoutConsentReason.class);
        SharingAction action;

        if (consent == ConsentStatus.GIVEN) {
            action = SharingAction.SHARE_WITH_CONSENT;
            reasons.add(statement(SharingAdviceCode.CONSENT_GIVEN));
            if (question.immediateRiskOfHarm()) {
                reasons.add(statement(SharingAdviceCode.IMMEDIATE_RISK_OF_HARM));
            }
            considerations.add(statement(SharingAdviceCode.MIGHT_NOT_EXPECT_SHARING));
        } else {
            List<SharingStatement> exceptions = new ArrayList<>();
            if (consent == ConsentStatus.NOT_SOUGHT && !question.atRiskIfConsentSought().isEmpty()) {
                withoutConsent.add(WithoutConsentReason.SEEKING_CONSENT_WOULD_INCREASE_RISK_OF_HARM);
                exceptions.add(statement(SharingAdviceCode.SEEKING_CONSENT_WOULD_INCREASE_RISK)
                        .withDetail(people(question.atRiskIfConsentSought())));
            }
            if (crime && safeguarding) {
                withoutConsent.add(WithoutConsentReason.WOULD_UNDERMINE_INVESTIGATION_OF_SERIOUS_CRIME);
                exceptions.add(statement(SharingAdviceCode.SERIOUS_CRIME_INVESTIGATION));
            }
            if (question.delayWouldPutChildAtRisk()) {
                withoutConsent.add(WithoutConsentReason.DELAY_WOULD_PUT_CHILD_AT_FURTHER_RISK);
                exceptions.add(statement(SharingAdviceCode.DELAY_WOULD_PUT_CHILD_AT_RISK));
            }
            if (question.immediateRiskOfHarm()) {
                withoutConsent.add(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK);
                exceptions.add(statement(SharingAdviceCode.IMMEDIATE_RISK_OF_HARM));
            }
            if (question.childProtectionConcern()) {
                withoutConsent.add(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK);
                exceptions.add(statement(SharingAdviceCode.CHILD_PROTECTION_REFERRAL));
            }
            if (consent == ConsentStatus.REFUSED && safetyAtRisk) {
                withoutConsent.add(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK);
                exceptions.add(statement(SharingAdviceCode.SAFETY_OVERRIDES_REFUSAL));
            }

            if (!withoutConsent.isEmpty()) {
                action = SharingAction.SHARE_WITHOUT_CONSENT;
                reasons.addAll(exceptions);
                if (safetyAtRisk) {
                    reasons.add(statement(SharingAdviceCode.SAFETY_AND_WELL_BEING));
                }
                reasons.add(statement(SharingAdviceCode.DATA_PROTECTION_NOT_A_BARRIER));
                if (safetyAtRisk) {
                    reasons.add(statement(SharingAdviceCode.FEARS_MUST_NOT_STAND_IN_THE_WAY));
                }
            } else if (crime) {
                action = SharingAction.SEEK_ADVICE;
                reasons.add(statement(SharingAdviceCode.PURPOSE_NOT_SAFEGUARDING));
                reasons.add(statement(SharingAdviceCode.SEEK_ADVICE));
            } else if (question.inDoubt()) {
                action = SharingAction.SEEK_ADVICE;
                reasons.add(statement(SharingAdviceCode.SEEK_ADVICE));
            } else if (consent == ConsentStatus.NOT_SOUGHT) {
                action = SharingAction.SEEK_CONSENT;
                reasons.add(statement(SharingAdviceCode.SEEK_CONSENT_FIRST));
            } else {
                action = SharingAction.RESPECT_REFUSAL;
                reasons.add(statement(SharingAdviceCode.RESPECT_REFUSAL));
            }
        }

        if (crime && consent != ConsentStatus.GIVEN) {
            considerations.add(statement(SharingAdviceCode.CLARIFY_WITH_THE_AGENCY));
        }
        // with a serious crime investigation to protect, nothing prompts openness with the family: the
        // investigating agency is asked first (CLARIFY_WITH_THE_AGENCY)
        boolean consentToSeek = consent == ConsentStatus.NOT_SOUGHT && !action.permitsSharing() && !crime;
        if (consentToSeek) {
            considerations.add(statement(SharingAdviceCode.CONSENT_FROM_THE_START));
            considerations.add(statement(SharingAdviceCode.CHILD_CONSENT));
        }
        if (consent == ConsentStatus.REFUSED) {
            considerations.add(statement(SharingAdviceCode.REFUSAL_NOT_A_REASON_TO_ESCALATE));
            if (!action.permitsSharing() && !crime) {
                considerations.add(statement(SharingAdviceCode.ENGAGE_POSITIVELY));
            }
        }
        if (action.permitsSharing()) {
            considerations.add(statement(SharingAdviceCode.NECESSARY_AND_PROPORTIONATE));
        }
        if (question.inDoubt() && action != SharingAction.SEEK_ADVICE) {
            considerations.add(statement(SharingAdviceCode.SEEK_ADVICE));
        }

        return SharingAdvice.builder()
                .profileId(profile.id())
                .action(action)
                .reasonsWithoutConsent(withoutConsent)
                .reasons(reasons)
                .considerations(considerations)
                .record(record(action, consentToSeek))
                .professionalJudgement(statement(SharingAdviceCode.PROFESSIONAL_JUDGEMENT))
                .build();
    }

    private RecordRequirement record(SharingAction action, boolean consentToSeek) {
        Set<RecordContent> contents = EnumSet.copyOf(ALWAYS);
        switch (action) {
            case SHARE_WITH_CONSENT, SHARE_WITHOUT_CONSENT -> contents.addAll(SHARED);
            case RESPECT_REFUSAL -> contents.add(RecordContent.BASIS);
            case SEEK_ADVICE -> contents.add(RecordContent.ADVICE_SOUGHT);
            case SEEK_CONSENT -> {
                // the decision to seek consent first; the consent itself is recorded as a Consent
            }
            default -> throw new AssertionError(action);
        }
        List<SharingStatement> statements = new ArrayList<>();
        statements.add(statement(SharingAdviceCode.RECORD_THE_DECISION));
        statements.add(statement(SharingAdviceCode.RECORDING_WHAT_WE_DO));
        if (consentToSeek) {
            statements.add(statement(SharingAdviceCode.RECORD_THE_CONSENT));
        }
        statements.add(statement(SharingAdviceCode.SINGLE_AGENCY_RECORD));
        return RecordRequirement.of(contents, statements);
    }

    private SharingStatement statement(SharingAdviceCode code) {
        return profile.statement(code);
    }

    /** "the child", "the child and someone else", "the child, another child and you the referrer". */
    private static String people(Set<PersonAtRisk> people) {
        List<String> labels = people.stream().sorted().map(PersonAtRisk::label).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    @Override
    public String toString() {
        return "InformationSharingAdvisor{profile=" + profile.id() + "}";
    }
}
