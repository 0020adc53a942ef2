package dev.safeguarding.examples;

import static dev.safeguarding.model.need.AssessmentDimension.BASIC_CARE;
import static dev.safeguarding.model.need.AssessmentDimension.EDUCATION;
import static dev.safeguarding.model.need.AssessmentDimension.EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT;
import static dev.safeguarding.model.need.AssessmentDimension.EMOTIONAL_WARMTH;
import static dev.safeguarding.model.need.AssessmentDimension.ENSURING_SAFETY;
import static dev.safeguarding.model.need.AssessmentDimension.FAMILYS_SOCIAL_INTEGRATION;
import static dev.safeguarding.model.need.AssessmentDimension.FAMILY_AND_SOCIAL_RELATIONSHIPS;
import static dev.safeguarding.model.need.AssessmentDimension.FAMILY_HISTORY_AND_FUNCTIONING;
import static dev.safeguarding.model.need.AssessmentDimension.GUIDANCE_AND_BOUNDARIES;
import static dev.safeguarding.model.need.AssessmentDimension.HEALTH;
import static dev.safeguarding.model.need.AssessmentDimension.HOUSING;
import static dev.safeguarding.model.need.AssessmentDimension.IDENTITY;
import static dev.safeguarding.model.need.AssessmentDimension.INCOME;
import static dev.safeguarding.model.need.AssessmentDimension.STABILITY;
import static dev.safeguarding.model.need.AssessmentDimension.STIMULATION;
import static dev.safeguarding.model.need.AssessmentDimension.WIDER_FAMILY;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.DescriptorCatalogue;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.FactOrOpinion;
import dev.safeguarding.model.assessment.MyWorldItem;
import dev.safeguarding.model.assessment.MyWorldSide;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.flourish.FlourishEntry;
import dev.safeguarding.model.flourish.FlourishProfile;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.rules.assessment.Assessments;
import dev.safeguarding.rules.assessment.DescriptorCatalogues;
import dev.safeguarding.rules.flourish.FlourishProfiles;
import dev.safeguarding.rules.need.ThresholdGuide;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An assessment on the Assessment Triangle of a baby like the one in the Somerset practitioner forum
 * (2017): a baby girl on a Child in Need plan, whose three older siblings live with others under Special
 * Guardianship Orders, and whose parents both have significant mental health needs. It records both
 * parents' capacity and observations of the baby ("Use of observation to access the voice and lived
 * experience of the child"), then prints the assessment's completeness findings, a My World and a
 * Flourish view of it, and the threshold guidance it leads to.
 *
 * <p>The draft is deliberately unfinished: two dimensions of the baby's development and two of family and
 * environmental factors are not yet recorded, and the father's capacity rests on others' opinions only
 * ("Practitioners must be careful not to lose sight of the competency and engagement of the second
 * carer"), so the findings have something to say.
 *
 * <p>Every person in it is made up; identifiers stand in for names. The indicators come from the
 * library's illustrative descriptors catalogue, which is not Norfolk's (or anyone's) Descriptors of Need.
 * Dates are fixed, so the example prints the same thing every time. Run it from the repository's root
 * with {@code mvn -q -Pexample -Dexample=AssessmentExample -DskipTests package}.
 */
public final class AssessmentExample {

    private static final LocalDate VISIT = LocalDate.of(2017, 3, 9);
    private static final LocalDate LATER_VISIT = LocalDate.of(2017, 3, 23);

    private static final Agency HEALTH_TRUST = Agency.of("community-health", "Community health trust", AgencyType.HEALTH);
    private static final Agency MENTAL_HEALTH = Agency.of("mental-health", "Mental health trust", AgencyType.HEALTH);
    private static final Agency CHILDRENS_SERVICES = Agency.of("childrens-services", "Children's services",
            AgencyType.LOCAL_AUTHORITY);

    private static final Practitioner HEALTH_VISITOR = Practitioner.of("hv-0101", "Health visitor", HEALTH_TRUST);
    private static final Practitioner MIDWIFE = Practitioner.of("mw-0102", "Specialist midwife", HEALTH_TRUST);
    private static final Practitioner PSYCHIATRIC_NURSE = Practitioner.of("cpn-0103", "Community psychiatric nurse",
            MENTAL_HEALTH);
    private static final Practitioner SOCIAL_WORKER = Practitioner.of("sw-0104", "Consultant social worker",
            CHILDRENS_SERVICES);

    private static final Child BABY = Child.born("baby-0417", LocalDate.of(2016, 12, 2));
    private static final FamilyMember MOTHER = FamilyMember.of("mother-0418", FamilyRelationship.MOTHER);
    private static final FamilyMember FATHER = FamilyMember.of("father-0419", FamilyRelationship.FATHER);

    private AssessmentExample() {
    }

    /** Builds the assessment and prints what the library makes of it. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        DescriptorCatalogue descriptors = DescriptorCatalogues.illustrativeExample();
        Assessment assessment = assessment(descriptors);

        heading(out, "The assessment");
        out.println("A baby girl of three months on a Child in Need plan; her three older siblings live with others");
        out.println("under Special Guardianship Orders; both parents have significant mental health needs.");
        out.printf("%d family members, %d findings on dimensions, %d parents' capacity, %d records of the baby's"
                + " voice.%n", assessment.familyMembers().size(), assessment.allFindings().size(),
                assessment.parentingCapacity().size(), assessment.childsVoice().size());

        heading(out, "1. Is it complete?");
        for (Finding finding : Assessments.check(assessment)) {
            out.printf("  %-5s %s (%s)%n", finding.severity(), finding.path(), finding.code());
            out.println("        " + finding.message());
        }

        heading(out, "2. The same record, seen from the My World triangle");
        for (MyWorldSide side : MyWorldSide.values()) {
            out.println("  " + side.label());
            for (MyWorldItem item : MyWorldItem.values()) {
                if (item.side() == side) {
                    List<DimensionFinding> findings = assessment.findingsFor(item);
                    out.printf("    %-60s %d finding%s%s%n", item.label(), findings.size(),
                            findings.size() == 1 ? "" : "s", highest(findings).map(l -> ", " + l.label()).orElse(""));
                }
            }
        }

        heading(out, "3. The Flourish view");
        FlourishProfile flourish = FlourishProfiles.from(assessment, LATER_VISIT);
        for (FlourishEntry entry : flourish.entries()) {
            out.printf("  %-19s %-16s going well: %d, worries: %d%n", entry.domain().label(),
                    entry.level().map(LevelOfNeed::label).orElse("(not rated)"), entry.goingWell().size(),
                    entry.worries().size());
        }

        heading(out, "4. The threshold guidance it leads to");
        ThresholdQuestion question = ThresholdQuestion.builder(Assessments.thresholdQuestion(assessment))
                .consent(ConsentStatus.GIVEN)
                .build();
        out.println("Indicators from the assessment: " + question.indicators().size());
        ThresholdGuidance guidance = ThresholdGuide.norfolk2023().assess(question);
        out.println("Suggested level:    " + guidance.level().label());
        out.println("Suggested response: " + guidance.response().label());
        out.println("Because:");
        guidance.reasons().forEach(reason -> bullet(out, reason));
        out.println("Consider:");
        guidance.considerations().forEach(consideration -> bullet(out, consideration));
        out.println(guidance.professionalJudgement().text());
    }

    /** The draft assessment of the baby. */
    static Assessment assessment(DescriptorCatalogue descriptors) {
        return Assessment.builder()
                .id("assessment-0420")
                .child(BABY)
                .startedOn(VISIT)
                .addFamilyMembers(MOTHER, FATHER)
                .addFamilyMembers(sibling("sibling-0421"), sibling("sibling-0422"), sibling("sibling-0423"))
                // the child's developmental needs (social presentation and selfcare skills not yet recorded)
                .addDimension(DimensionFinding.builder(HEALTH)
                        .addWorkingWell(fact("Weight gain along her centile; immunisations up to date.", HEALTH_VISITOR))
                        .addWorkingWell(fact("Six-month ages and stages check booked as a home visit.", HEALTH_VISITOR))
                        .level(LevelOfNeed.UNIVERSAL)
                        .build())
                .addDimension(DimensionFinding.builder(EDUCATION)
                        .addWorkingWell(fact("Goes to baby groups with her mother two or three times a week.",
                                HEALTH_VISITOR))
                        .level(LevelOfNeed.UNIVERSAL)
                        .build())
                .addDimension(DimensionFinding.builder(EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT)
                        .addWorkingWell(fact("Observant and determined; settles with her muslin over her face when"
                                + " tired.", HEALTH_VISITOR))
                        .level(LevelOfNeed.UNIVERSAL)
                        .build())
                .addDimension(DimensionFinding.builder(IDENTITY)
                        .addWorkingWell(opinion("Her parents describe her as strong willed and see her as her own"
                                + " person.", SOCIAL_WORKER))
                        .build())
                .addDimension(DimensionFinding.builder(FAMILY_AND_SOCIAL_RELATIONSHIPS)
                        .addWorkingWell(fact("Recognises both parents and gives them special responses.",
                                HEALTH_VISITOR))
                        .addWorry(fact("Has no contact with her three older siblings.", SOCIAL_WORKER))
                        .level(LevelOfNeed.ADDITIONAL)
                        .build())
                // family and environmental factors (employment and community resources not yet recorded)
                .addDimension(DimensionFinding.builder(FAMILY_HISTORY_AND_FUNCTIONING)
                        .addWorry(fact("Three older children live with others under Special Guardianship Orders.",
                                SOCIAL_WORKER))
                        .addWorry(fact("The mother spent time in local authority care as a child.", SOCIAL_WORKER))
                        .addIndicator(descriptors.indicator("family-history.complex.1"))
                        .level(LevelOfNeed.COMPLEX)
                        .build())
                .addDimension(DimensionFinding.builder(WIDER_FAMILY)
                        .addWorkingWell(opinion("The maternal aunt is willing to help.", SOCIAL_WORKER))
                        .build())
                .addDimension(DimensionFinding.builder(HOUSING)
                        .addWorkingWell(fact("A settled tenancy; the home is warm and clean.", HEALTH_VISITOR))
                        .level(LevelOfNeed.UNIVERSAL)
                        .build())
                .addDimension(DimensionFinding.builder(INCOME)
                        .addWorry(fact("Both parents receive benefits; a debt to the energy supplier.", SOCIAL_WORKER))
                        .addIndicator(descriptors.indicator("income.additional.1"))
                        .build())
                .addDimension(DimensionFinding.builder(FAMILYS_SOCIAL_INTEGRATION)
                        .addWorkingWell(fact("Known at two local baby groups.", HEALTH_VISITOR))
                        .build())
                .addParentingCapacity(ParentingCapacity.of(MOTHER.id(), List.of(
                        DimensionFinding.builder(BASIC_CARE)
                                .addWorkingWell(observed("Fed and changed the baby in good time during the visit.",
                                        ObservationPrompt.PARENT_RESPONDS_TO_CUES))
                                .level(LevelOfNeed.UNIVERSAL).build(),
                        DimensionFinding.builder(ENSURING_SAFETY)
                                .addWorry(fact("Significant mental health needs; sectioned in the past.",
                                        PSYCHIATRIC_NURSE))
                                .addWorkingWell(fact("Keeps every appointment with the community psychiatric nurse.",
                                        PSYCHIATRIC_NURSE))
                                .addIndicator(descriptors.indicator("ensuring-safety.complex.1"))
                                .build(),
                        DimensionFinding.builder(EMOTIONAL_WARMTH)
                                .addWorkingWell(observed("Plays peek-a-boo in the morning; the baby grins at her.",
                                        ObservationPrompt.PARENT_INITIATES_POSITIVE_INTERACTIONS))
                                .addWorkingWell(observed("Comforts her quickly when she cries.",
                                        ObservationPrompt.PARENT_COMFORTS_THE_INFANT))
                                .build(),
                        DimensionFinding.builder(STIMULATION)
                                .addWorkingWell(fact("Takes her to baby groups two or three times a week.",
                                        HEALTH_VISITOR))
                                .build(),
                        DimensionFinding.builder(GUIDANCE_AND_BOUNDARIES)
                                .addWorkingWell(fact("Keeps a regular bedtime routine.", HEALTH_VISITOR))
                                .build(),
                        DimensionFinding.builder(STABILITY)
                                .addWorkingWell(fact("Sees the health visitor regularly, as the Child in Need plan"
                                        + " asks.", HEALTH_VISITOR))
                                .addWorry(opinion("Her mental health may be affected by the court process.",
                                        MIDWIFE))
                                .build())))
                // the second carer: assessed from others' opinions only, and not on every dimension
                .addParentingCapacity(ParentingCapacity.of(FATHER.id(), List.of(
                        DimensionFinding.builder(BASIC_CARE)
                                .addWorkingWell(AssessmentStatement.builder()
                                        .text("Does the night feeds, the mother says.")
                                        .factOrOpinion(FactOrOpinion.OPINION)
                                        .contributor(Contributor.familyMember(MOTHER))
                                        .date(VISIT).build())
                                .build(),
                        DimensionFinding.builder(ENSURING_SAFETY)
                                .addWorry(opinion("His mental health is stable at present but has affected his care"
                                        + " of children before.", PSYCHIATRIC_NURSE))
                                .addIndicator(descriptors.indicator("ensuring-safety.complex.1"))
                                .build(),
                        DimensionFinding.builder(EMOTIONAL_WARMTH)
                                .addWorkingWell(opinion("The baby giggles and makes a silly noise just for him.",
                                        SOCIAL_WORKER))
                                .build(),
                        DimensionFinding.builder(STABILITY)
                                .addWorry(opinion("Not yet engaged with the Child in Need plan.", SOCIAL_WORKER))
                                .level(LevelOfNeed.ADDITIONAL)
                                .build())))
                // the baby's voice: observation, and those who know her well
                .addChildsVoice(ChildsView.builder().method(VoiceMethod.OBSERVATION)
                        .text("Alert; follows her mother's face and turns to her voice.")
                        .recordedBy(Contributor.practitioner(HEALTH_VISITOR)).date(VISIT)
                        .prompt(ObservationPrompt.CHILD_TRACKS_WITH_THE_EYES).build())
                .addChildsVoice(ChildsView.builder().method(VoiceMethod.OBSERVATION)
                        .text("Cried when put down; settled within a minute when her mother picked her up.")
                        .recordedBy(Contributor.practitioner(HEALTH_VISITOR)).date(VISIT)
                        .prompt(ObservationPrompt.CHILD_APPEARS_EASILY_COMFORTED).build())
                .addChildsVoice(ChildsView.of(VoiceMethod.SOMEONE_WHO_KNOWS_THE_CHILD,
                        "Likes going out and bath time; likes everyone to be quiet when she is tired.",
                        Contributor.familyMember(MOTHER), LATER_VISIT))
                .build();
    }

    private static FamilyMember sibling(String id) {
        return FamilyMember.builder().id(id).relationship(FamilyRelationship.SIBLING).livesWithChild(false).build();
    }

    private static AssessmentStatement fact(String text, Practitioner by) {
        return AssessmentStatement.builder().text(text).factOrOpinion(FactOrOpinion.FACT)
                .contributor(Contributor.practitioner(by)).agencyId(by.agency().id()).date(VISIT).build();
    }

    private static AssessmentStatement opinion(String text, Practitioner by) {
        return AssessmentStatement.builder().text(text).factOrOpinion(FactOrOpinion.OPINION)
                .contributor(Contributor.practitioner(by)).agencyId(by.agency().id()).date(LATER_VISIT).build();
    }

    private static AssessmentStatement observed(String text, ObservationPrompt prompt) {
        return AssessmentStatement.builder().from(fact(text, HEALTH_VISITOR)).prompt(prompt).build();
    }

    private static Optional<LevelOfNeed> highest(List<DimensionFinding> findings) {
        Optional<LevelOfNeed> highest = Optional.empty();
        for (DimensionFinding finding : findings) {
            List<LevelOfNeed> levels = new ArrayList<>();
            finding.level().ifPresent(levels::add);
            finding.indicators().forEach(i -> levels.add(i.level()));
            for (LevelOfNeed level : levels) {
                highest = Optional.of(highest.map(level::max).orElse(level));
            }
        }
        return highest;
    }

    private static void bullet(PrintStream out, GuidanceStatement statement) {
        out.println("  - " + statement.text());
        out.println("    [" + statement.source() + "]");
    }

    private static void heading(PrintStream out, String title) {
        out.println();
        out.println(title);
        out.println("=".repeat(title.length()));
    }
}
