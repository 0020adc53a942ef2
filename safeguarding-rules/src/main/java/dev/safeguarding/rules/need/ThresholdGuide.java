package dev.safeguarding.rules.need;

import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.sharing.ConsentStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Threshold guidance: advice with reasons on the level of need and the response for a child, following
 * a partnership's threshold document. It supports professional judgement and never replaces it.
 *
 * <pre>{@code
 * ThresholdGuidance g = ThresholdGuide.norfolk2023().assess(question);
 * g.level(); g.response(); g.reasons(); g.considerations();
 * }</pre>
 *
 * <p>What the guide does, each rule from the Norfolk guidance ("Determining the Level of Need or
 * Urgency" unless said otherwise):
 * <ol>
 *   <li>Immediate danger: level acute, response {@link Pathway#EMERGENCY} ("Section 47 Duty to
 *       Investigate": "call 999").</li>
 *   <li>Any Section 47 indicator: level acute, response {@link Pathway#SECTION_47_ENQUIRY} (unless
 *       there is immediate danger); each indicator is a reason.</li>
 *   <li>Otherwise the level is the highest the indicators point to, raised to at least the floors below;
 *       with no concern of any kind ({@link ThresholdQuestion#isConcernRecorded()}), universal. The highest
 *       level indicated is a reason whenever there are indicators; "no indicators" is a reason only when no
 *       concern of any kind is recorded.</li>
 *   <li>Neglect known or suspected: a reason, and the level is at least additional need, so the response
 *       is at least an Early Help Assessment and Plan, the assessment in which the Norfolk Graded Care
 *       Profile "mandated for using in cases where neglect is known or suspected" is used ("Norfolk Graded
 *       Care Profile"; "We know that the cumulative impact of neglect can have serious implications ...
 *       including significant harm"). The floor of additional need is the library's reading: the guidance
 *       mandates the tool, not a level. Each {@link NeglectBasis} recorded (a chronology pattern, an
 *       assessment, a graded care profile) is a reason of its own.</li>
 *   <li>Each cohort with additional needs: a reason, and the level is at least additional need (such
 *       children "may require statutory intervention and / or may be eligible for additional support and /
 *       or entitled to an assessment", "Consideration of Additional Needs"; the floor is the library's
 *       reading).</li>
 *   <li>Early help in place (reviewed or not): a reason, and the level is at least additional need, the
 *       level early help meets, so the response never reads as a step down: "Support already being provided
 *       by an organisation to the child / family should continue until it's clear that support is no longer
 *       required". Reviewed with needs not met or risk increased: the step-up reason, the level at least
 *       complex (the next level along the continuum, "step up"; the library's reading) and the response a
 *       consultation with CADS; when consent has not been sought, the consideration to seek it from the
 *       parent or carer first ("Undertaking an EHAP").</li>
 *   <li>A combination of lower level indicators (the profile's number of indicators, at any level below
 *       acute, across its number of triangle domains, which for Norfolk is one) adds the consideration
 *       that the risk may be heightened overall and the next level considered. The level is not raised:
 *       that is for the practitioner to weigh.</li>
 *   <li>One or two indicators at the complex level, with nothing else (and no early-help plan already
 *       failing), add the consideration that an enhanced early-help offer may meet the need more
 *       effectively.</li>
 *   <li>Refused consent never changes the level or the response ("Information Sharing"); it adds that
 *       consideration and, at the additional level or with a failing early help plan, a prompt to discuss
 *       with the line manager or designated safeguarding lead whether statutory services are needed
 *       ("Using the Signs of Safety Framework").</li>
 *   <li>Immediate danger or a Section 47 indicator with consent not given: the consideration that consent
 *       is not needed where seeking it would put the child at increased risk, including "making a child
 *       protection referral where a delay in getting consent may mean the child or young person is put at
 *       further risk of harm" ("Information Sharing"). {@link ThresholdQuestion#sharingQuestion()} asks the
 *       information-sharing advisor on the same facts.</li>
 *   <li>Every guidance ends its considerations with the prompt to talk to the line manager or
 *       safeguarding lead, and always has a response ("never do nothing").</li>
 * </ol>
 *
 * <p>Instances are immutable and safe to share between threads; {@link #assess} is a pure function of
 * the question and the profile.
 */
public final class ThresholdGuide {

    private static final ThresholdGuide NORFOLK_2023 = new ThresholdGuide(ThresholdProfiles.norfolk2023());

    private final ThresholdProfile profile;

    private ThresholdGuide(ThresholdProfile profile) {
        this.profile = profile;
    }

    /** The guide of the Norfolk Safeguarding Children Partnership's 2023 guidance. */
    public static ThresholdGuide norfolk2023() {
        return NORFOLK_2023;
    }

    /** A guide following {@code profile}. */
    public static ThresholdGuide of(ThresholdProfile profile) {
        return new ThresholdGuide(Objects.requireNonNull(profile, "profile"));
    }

    /** The profile this guide follows. */
    public ThresholdProfile profile() {
        return profile;
    }

    /**
     * The guidance for {@code question}.
     *
     * @throws NullPointerException if {@code question} is null
     */
    public ThresholdGuidance assess(ThresholdQuestion question) {
        Objects.requireNonNull(question, "question");
        List<GuidanceStatement> reasons = new ArrayList<>();
        List<GuidanceStatement> considerations = new ArrayList<>();

        boolean danger = question.immediateDanger();
        Set<Section47Indicator> section47 = question.section47Indicators();
        if (danger) {
            reasons.add(statement(GuidanceCode.IMMEDIATE_DANGER));
        }
        for (Section47Indicator indicator : section47) {
            reasons.add(statement(GuidanceCode.SECTION_47_INDICATOR).withDetail(indicator.label()));
        }

        List<NeedIndicator> indicators = question.indicators();
        LevelOfNeed indicated = highestLevel(indicators);
        List<NeedIndicator> atIndicated = indicators.stream().filter(i -> i.level() == indicated).toList();
        boolean overridden = question.isChildProtectionConcern();
        if (!indicators.isEmpty()) {
            reasons.add(statement(GuidanceCode.HIGHEST_INDICATED_LEVEL).withDetail(
                    indicated.label() + " (" + count(atIndicated.size(), indicators.size()) + ")"));
        } else if (!question.isConcernRecorded()) {
            reasons.add(statement(GuidanceCode.NO_INDICATORS));
        }

        boolean stepUp = question.earlyHelp().isStepUpIndicated();
        LevelOfNeed level = indicated;
        if (question.neglectKnownOrSuspected()) {
            level = level.max(LevelOfNeed.ADDITIONAL);
            reasons.add(statement(GuidanceCode.GRADED_CARE_PROFILE));
            for (NeglectBasis basis : question.neglectBases()) {
                reasons.add(statement(GuidanceCode.NEGLECT_BASIS).withDetail(basis.label()));
            }
        }
        for (AdditionalNeedsCohort cohort : question.cohorts()) {
            level = level.max(LevelOfNeed.ADDITIONAL);
            reasons.add(statement(GuidanceCode.ADDITIONAL_NEEDS_COHORT).withDetail(cohort.label()));
        }
        if (stepUp) {
            level = level.max(LevelOfNeed.COMPLEX);
            reasons.add(statement(GuidanceCode.EARLY_HELP_STEP_UP));
        } else if (question.earlyHelp().isInPlace()) {
            level = level.max(LevelOfNeed.ADDITIONAL);
            reasons.add(statement(GuidanceCode.EARLY_HELP_IN_PLACE));
        }
        if (overridden) {
            level = LevelOfNeed.ACUTE;
        }

        Pathway response;
        if (danger) {
            response = Pathway.EMERGENCY;
        } else if (!section47.isEmpty()) {
            response = Pathway.SECTION_47_ENQUIRY;
        } else if (stepUp) {
            response = Pathway.CADS_CONSULTATION;
        } else {
            response = profile.response(level);
        }

        if (!overridden) {
            combination(indicated, indicators).ifPresent(considerations::add);
            if (!stepUp && isEnhancedEarlyHelpCase(indicators)) {
                considerations.add(statement(GuidanceCode.ENHANCED_EARLY_HELP));
            }
            if (stepUp && question.consent() == ConsentStatus.NOT_SOUGHT) {
                considerations.add(statement(GuidanceCode.EARLY_HELP_STEP_UP_CONSENT));
            }
        }
        if (overridden && question.consent() != ConsentStatus.GIVEN) {
            considerations.add(statement(GuidanceCode.CHILD_PROTECTION_CONSENT_EXCEPTION));
        }
        if (question.consent() == ConsentStatus.REFUSED) {
            considerations.add(statement(GuidanceCode.REFUSED_CONSENT_NOT_ESCALATION));
            if (level == LevelOfNeed.ADDITIONAL || stepUp && !overridden) {
                considerations.add(statement(GuidanceCode.REFUSED_CONSENT_UNMET_NEEDS));
            }
        }
        considerations.add(statement(GuidanceCode.TALK_TO_LINE_MANAGER));

        return ThresholdGuidance.builder()
                .profileId(profile.id())
                .level(level)
                .response(response)
                .reasons(reasons)
                .considerations(considerations)
                .professionalJudgement(statement(GuidanceCode.PROFESSIONAL_JUDGEMENT))
                .build();
    }

    private Optional<GuidanceStatement> combination(LevelOfNeed indicated, List<NeedIndicator> indicators) {
        Optional<LevelOfNeed> next = indicated.next();
        if (next.isEmpty() || indicators.size() < profile.combinationMinimumIndicators()) {
            return Optional.empty();
        }
        Set<AssessmentDomain> domains = EnumSet.noneOf(AssessmentDomain.class);
        indicators.forEach(i -> domains.add(i.domain()));
        if (domains.size() < profile.combinationMinimumDomains()) {
            return Optional.empty();
        }
        return Optional.of(statement(GuidanceCode.COMBINATION_OF_INDICATORS).withDetail(
                count(indicators.size(), -1) + " up to " + indicated.label() + " across " + domains.size()
                        + (domains.size() == 1 ? " domain" : " domains") + " of the assessment triangle;"
                        + " consider the next level, " + next.get().label()));
    }

    private boolean isEnhancedEarlyHelpCase(List<NeedIndicator> indicators) {
        return !indicators.isEmpty()
                && indicators.size() <= profile.enhancedEarlyHelpMaximumIndicators()
                && indicators.stream().allMatch(i -> i.level() == LevelOfNeed.COMPLEX);
    }

    private GuidanceStatement statement(GuidanceCode code) {
        return profile.statement(code);
    }

    private static LevelOfNeed highestLevel(List<NeedIndicator> indicators) {
        LevelOfNeed highest = LevelOfNeed.UNIVERSAL;
        for (NeedIndicator indicator : indicators) {
            highest = highest.max(indicator.level());
        }
        return highest;
    }

    /** "2 of 3 indicators", or with {@code of < 0} "3 indicators". */
    private static String count(int n, int of) {
        String noun = (of < 0 ? n : of) == 1 ? " indicator" : " indicators";
        return of < 0 ? n + noun : n + " of " + of + noun;
    }

    @Override
    public String toString() {
        return "ThresholdGuide{profile=" + profile.id() + "}";
    }
}
