package dev.safeguarding.rules.sharing;

import static dev.safeguarding.model.sharing.SharingStatement.DETAIL;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingStatement;
import java.util.List;

/**
 * The information-sharing profiles the library ships. Each is data: the wording of every statement the
 * advisor can give, tied to its golden rules and to the passage it rests on.
 */
public final class SharingProfiles {

    /** The document the Norfolk profile follows. */
    public static final String NORFOLK_CONTINUUM_OF_NEEDS_2023 = Titles.CONTINUUM_OF_NEEDS_2023;

    /** The Norfolk framework that quotes Working Together on fears about sharing. */
    public static final String NORFOLK_MULTI_AGENCY_FRAMEWORK = Titles.MULTI_AGENCY_FRAMEWORK;

    private static final String INFORMATION_SHARING = "Information Sharing";
    private static final String GAINING_CONSENT = "Gaining Consent and Working on a Voluntary Basis with a Family";
    private static final String RECORDING = "Recording what we do and the decisions we take";

    private static final GoldenRule RULE_1 = GoldenRule.DATA_PROTECTION_IS_NOT_A_BARRIER;
    private static final GoldenRule RULE_2 = GoldenRule.BE_OPEN_AND_HONEST;
    private static final GoldenRule RULE_3 = GoldenRule.SEEK_ADVICE;
    private static final GoldenRule RULE_4 = GoldenRule.SHARE_WITH_INFORMED_CONSENT_WHERE_APPROPRIATE;
    private static final GoldenRule RULE_5 = GoldenRule.CONSIDER_SAFETY_AND_WELL_BEING;
    private static final GoldenRule RULE_6 =
            GoldenRule.NECESSARY_PROPORTIONATE_RELEVANT_ADEQUATE_ACCURATE_TIMELY_AND_SECURE;
    private static final GoldenRule RULE_7 = GoldenRule.KEEP_A_RECORD;

    private static final SharingProfile NORFOLK_2023 = buildNorfolk2023();

    private SharingProfiles() {
    }

    /**
     * The Norfolk Safeguarding Children Partnership's 2023 guidance on information sharing and consent,
     * with its seven golden rules (HM Government's, 2018). Each statement is the guidance's own wording
     * where it has one; where a statement joins the guidance's words to the facts of the case ("Consent
     * has been given: ..."), the joining words are the library's.
     */
    public static SharingProfile norfolk2023() {
        return NORFOLK_2023;
    }

    private static SharingProfile buildNorfolk2023() {
        return SharingProfile.builder()
                .id("norfolk-2023")
                .name("Norfolk Guidance to Understanding Continuum of Needs (2023): Information Sharing")
                .source(norfolk(INFORMATION_SHARING))
                .addStatement(statement(SharingAdviceCode.CONSENT_GIVEN, INFORMATION_SHARING, List.of(RULE_4),
                        "Consent has been given: share with informed consent. Consent means that the family is"
                                + " fully informed about the services they are being referred to, agree with the"
                                + " referral being made and understand what information professionals are passing"
                                + " on and why."))
                .addStatement(statement(SharingAdviceCode.SEEK_CONSENT_FIRST, INFORMATION_SHARING,
                        List.of(RULE_2, RULE_4),
                        "Consent has not been sought, and nothing in the facts makes it unsafe or inappropriate"
                                + " to seek it: seek consent first. In general, conversations about what is"
                                + " worrying you happens with the family first to test if they share your worries"
                                + " and assess what help they need. Be open and honest from the outset about why,"
                                + " what, how and with whom information will, or could be shared, and seek their"
                                + " agreement."))
                .addStatement(statement(SharingAdviceCode.CONSENT_FROM_THE_START, GAINING_CONSENT, List.of(RULE_2),
                        "Be clear from the start that it is a voluntary process and be specific about what you are"
                                + " going to be talking to them about and what you are looking for. Talk about any"
                                + " confidentiality issues and who you will need to speak to or share information"
                                + " with. Don't add consent in at the end of the conversation."))
                .addStatement(statement(SharingAdviceCode.CHILD_CONSENT, GAINING_CONSENT, List.of(),
                        "Mental capacity includes asking for consent for children under 16 in line with Gillick"
                                + " competence and Fraser Guidelines: record the basis on which a child's own"
                                + " consent is taken."))
                .addStatement(statement(SharingAdviceCode.SEEKING_CONSENT_WOULD_INCREASE_RISK, INFORMATION_SHARING,
                        List.of(RULE_2, RULE_4, RULE_5),
                        "Having a conversation with the family would place " + DETAIL + " at increased risk of"
                                + " suffering harm: you do not need consent. Seeking the family's agreement would be"
                                + " unsafe, and golden rule 2 asks for it unless it is unsafe or inappropriate to do"
                                + " so."))
                .addStatement(statement(SharingAdviceCode.SERIOUS_CRIME_INVESTIGATION, INFORMATION_SHARING,
                        List.of(RULE_2, RULE_4),
                        "Seeking consent might undermine the investigation of a serious crime: you don't need"
                                + " consent. Golden rule 2 asks for openness with the family unless it is unsafe or"
                                + " inappropriate to do so."))
                .addStatement(statement(SharingAdviceCode.DELAY_WOULD_PUT_CHILD_AT_RISK, INFORMATION_SHARING,
                        List.of(RULE_4, RULE_5),
                        "A delay in getting consent may mean the child or young person is put at further risk of"
                                + " harm: you do not need consent to make a child protection referral."))
                .addStatement(statement(SharingAdviceCode.IMMEDIATE_RISK_OF_HARM, "Section 47 Duty to Investigate",
                        List.of(RULE_4, RULE_5),
                        "There is an immediate risk of harm: safety is at risk, and sharing must not be delayed."
                                + " If you have immediate concerns for a child's safety, you should call 999 for an"
                                + " emergency response."))
                .addStatement(statement(SharingAdviceCode.CHILD_PROTECTION_REFERRAL, INFORMATION_SHARING,
                        List.of(RULE_4, RULE_5),
                        "There is a child protection concern (immediate danger or a Section 47 indicator). While"
                                + " it is usually good practice to seek consent for making any referral, there are"
                                + " some exceptions when it comes to protecting children. This includes making a"
                                + " child protection referral where a delay in getting consent may mean the child"
                                + " or young person is put at further risk of harm. The Children's Advice and Duty"
                                + " Service will also need to know whether you have informed parents / carers of"
                                + " your concern."))
                .addStatement(statement(SharingAdviceCode.SAFETY_OVERRIDES_REFUSAL, INFORMATION_SHARING,
                        List.of(RULE_4),
                        "Consent was refused, but safety may be at risk: you may still share information without"
                                + " consent if, in your judgement, there is good reason to do so, such as where"
                                + " safety may be at risk."))
                .addStatement(statement(SharingAdviceCode.SAFETY_AND_WELL_BEING, INFORMATION_SHARING, List.of(RULE_5),
                        "Base your information sharing decisions on considerations of the safety and well-being of"
                                + " the individual and others who may be affected by their actions."))
                .addStatement(statement(SharingAdviceCode.DATA_PROTECTION_NOT_A_BARRIER, INFORMATION_SHARING,
                        List.of(RULE_1),
                        "The General Data Protection Regulation (GDPR), Data Protection Act 2018 and human rights"
                                + " law are not barriers to justified information sharing, but provide a framework"
                                + " to ensure that personal information about living individuals is shared"
                                + " appropriately."))
                .addStatement(SharingStatement.of(SharingAdviceCode.FEARS_MUST_NOT_STAND_IN_THE_WAY,
                        "Fears about sharing information must not be allowed to stand in the way of the need to"
                                + " promote the welfare, and protect the safety, of children, which must always be"
                                + " the paramount concern (Working Together to Safeguard Children 2018).",
                        List.of(), SourcePassage.of(NORFOLK_MULTI_AGENCY_FRAMEWORK,
                                "2. Joint Assessments and everyday collaborative working")))
                .addStatement(statement(SharingAdviceCode.RESPECT_REFUSAL, INFORMATION_SHARING, List.of(RULE_4),
                        "Consent was refused, and nothing in the facts gives good reason to share without it:"
                                + " where possible, respect the wishes of those who do not consent to share"
                                + " confidential information."))
                .addStatement(statement(SharingAdviceCode.REFUSAL_NOT_A_REASON_TO_ESCALATE, INFORMATION_SHARING,
                        List.of(),
                        "Refusal to give consent to share information or to engage with services should not be"
                                + " seen in isolation as a reason to escalate concerns to the next level. This is"
                                + " more likely to alienate the family than secure cooperation."))
                .addStatement(statement(SharingAdviceCode.ENGAGE_POSITIVELY, INFORMATION_SHARING, List.of(),
                        "All agencies, but particularly those who are referring, have a responsibility to"
                                + " endeavour to engage positively with the family they intend to refer. Building"
                                + " on strengths while being honest about the worries that are identified is the"
                                + " best way of securing both consent, engagement and participation."))
                .addStatement(statement(SharingAdviceCode.SEEK_ADVICE, INFORMATION_SHARING, List.of(RULE_3),
                        "Seek advice from other practitioners if you are in any doubt about sharing the"
                                + " information concerned, without disclosing the identity of the individual where"
                                + " possible."))
                .addStatement(statement(SharingAdviceCode.PURPOSE_NOT_SAFEGUARDING, INFORMATION_SHARING, List.of(),
                        "The purpose of sharing is not safeguarding: the exceptions to seeking consent that the"
                                + " guidance describes are for protecting children. Seek advice before sharing"
                                + " without consent."))
                .addStatement(statement(SharingAdviceCode.CLARIFY_WITH_THE_AGENCY, INFORMATION_SHARING, List.of(),
                        "There may be occasions, such as criminal investigation or local authority proceedings,"
                                + " which require an element of confidentiality from the family involved. Any"
                                + " professional ambiguity should be clarified with the relevant agency to ensure"
                                + " that investigations or proceedings are not compromised."))
                .addStatement(statement(SharingAdviceCode.MIGHT_NOT_EXPECT_SHARING, INFORMATION_SHARING,
                        List.of(RULE_4),
                        "Where you have consent, be mindful that an individual might not expect information to be"
                                + " shared."))
                .addStatement(statement(SharingAdviceCode.NECESSARY_AND_PROPORTIONATE, INFORMATION_SHARING,
                        List.of(RULE_6),
                        "Ensure that the information you share is necessary for the purpose for which you are"
                                + " sharing it, is shared only with those individuals who need to have it, is"
                                + " accurate and up-to-date, is shared in a timely fashion, and is shared"
                                + " securely."))
                .addStatement(statement(SharingAdviceCode.RECORD_THE_DECISION, INFORMATION_SHARING, List.of(RULE_7),
                        "Keep a record of your decision and the reasons for it \u2013 whether it is to share"
                                + " information or not. If you decide to share, then record what you have shared,"
                                + " with whom and for what purpose."))
                .addStatement(statement(SharingAdviceCode.RECORDING_WHAT_WE_DO, RECORDING, List.of(),
                        "All conversations in relation to our involvement in the lives of children and young"
                                + " people, whatever the outcome, need to be recorded appropriately and in"
                                + " accordance with each agency's procedures, in order to show that conversations"
                                + " took place and what was agreed. Record the decisions, the people responsible"
                                + " for actions and the timescales."))
                .addStatement(statement(SharingAdviceCode.RECORD_THE_CONSENT, GAINING_CONSENT, List.of(RULE_7),
                        "When you ask for consent, record the conversation: who was asked, who gave or refused"
                                + " consent, when, for what (which information, which agencies, what purpose) and"
                                + " whether it was informed; for a child under 16 answering for themselves, the"
                                + " basis on which the child's own consent was taken."))
                .addStatement(statement(SharingAdviceCode.SINGLE_AGENCY_RECORD, "Single Agency Record Keeping",
                        List.of(),
                        "Individual agencies should keep a written record of their concerns and action taken,"
                                + " e.g. phoning CADS, on their own database; this will provide an internal audit"
                                + " trail recording any concerns raised with Children's Services."))
                .addStatement(statement(SharingAdviceCode.PROFESSIONAL_JUDGEMENT, INFORMATION_SHARING,
                        List.of(RULE_4),
                        "This is advice to support professional judgement, not a decision: you will need to base"
                                + " your judgement on the facts of the case."))
                .build();
    }

    private static SharingStatement statement(SharingAdviceCode code, String section, List<GoldenRule> rules,
            String text) {
        return SharingStatement.of(code, text, rules, norfolk(section));
    }

    private static SourcePassage norfolk(String section) {
        return SourcePassage.of(NORFOLK_CONTINUUM_OF_NEEDS_2023, section);
    }
}
