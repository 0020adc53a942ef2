package dev.safeguarding.testing;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generators for the model's shared types and the levels of need: children, family members,
 * practitioners and agencies ({@code dev.safeguarding.model.people}), need indicators, threshold questions,
 * profiles and guidance ({@code dev.safeguarding.model.need}), source passages and findings. The other
 * practice frameworks have a class each ({@link AssessmentGen}, {@link ChronologyGen},
 * {@link MultiagencyGen}, {@link SharingGen}, {@link SignsOfSafetyGen}, {@link TimescaleGen}).
 *
 * <p>Every value is synthetic (never real data) and a valid draft: built through the model's builders, so
 * every invariant holds, and with no finding from the model's draft rules (Bean Validation's default
 * group). Completeness is not promised: like real drafts, a value may lack what a complete record needs,
 * so its {@code check()} door (the {@code Complete} group) may report ERROR or QUERY findings.
 *
 * <p>For a vendor's own tests, with {@code safeguarding-testing} at test scope:
 *
 * <pre>{@code
 * Property.forAll(ModelGen.thresholdQuestions(), question -> {
 *     ThresholdGuidance guidance = ThresholdGuide.norfolk2023().assess(question);
 *     assertEquals(guidance.level(), myScreen(question, guidance).levelShown());
 * });
 * }</pre>
 *
 * <p>Dates are from {@link #EARLIEST} to {@link #LATEST}; names are at least eight characters, so that a
 * test can tell one apart from the rest of a {@code toString()}.
 */
public final class ModelGen {

    /** The earliest date generated. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** The latest date generated. */
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private ModelGen() {
    }

    /** Any date the library covers. */
    public static Gen<LocalDate> dates() {
        return Gen.dates(EARLIEST, LATEST);
    }

    /** A passage of a made-up document. */
    public static Gen<SourcePassage> sourcePassages() {
        return random -> SourcePassage.of(Gen.text(1, 60).generate(random), Gen.text(1, 40).generate(random));
    }

    /**
     * A child, born (three in four) or unborn, with or without a name. Names are at least eight
     * characters, so that a test can tell one apart from the rest of a {@code toString()}.
     */
    public static Gen<Child> children() {
        Gen<LocalDate> dates = dates();
        return random -> {
            Child.Builder child = Child.builder().id(Gen.identifiers().generate(random));
            if (random.nextInt(4) == 0) {
                child.expectedDateOfDelivery(dates.generate(random));
            } else {
                child.dateOfBirth(dates.generate(random));
            }
            Gen.optionals(Gen.text(8, 30)).generate(random).ifPresent(child::name);
            return child.build();
        };
    }

    /** An error or a query, with or without a source; the path is empty (the whole record) one time in five. */
    public static Gen<Finding> findings() {
        return random -> {
            Severity severity = Gen.enumValues(Severity.class).generate(random);
            String code = Gen.identifiers().generate(random);
            String path = random.nextInt(5) == 0 ? "" : Gen.identifiers().generate(random);
            String message = Gen.text(1, 80).generate(random);
            return random.nextBoolean() ? Finding.of(severity, code, path, message, sourcePassages().generate(random))
                    : severity == Severity.ERROR ? Finding.error(code, path, message) : Finding.query(code, path, message);
        };
    }

    /** An agency of any type. */
    public static Gen<Agency> agencies() {
        return random -> Agency.of(Gen.identifiers().generate(random), Gen.text(1, 40).generate(random),
                Gen.enumValues(AgencyType.class).generate(random));
    }

    /** A practitioner, named (at least eight characters) or not. */
    public static Gen<Practitioner> practitioners() {
        return random -> Practitioner.builder()
                .id(Gen.identifiers().generate(random))
                .role(Gen.text(1, 30).generate(random))
                .agency(agencies().generate(random))
                .name(Gen.optionals(Gen.text(8, 30)).generate(random))
                .build();
    }

    /** A family or network member with any relationship and roles, named (at least eight characters) or not. */
    public static Gen<FamilyMember> familyMembers() {
        return random -> {
            FamilyMember.Builder member = FamilyMember.builder()
                    .id(Gen.identifiers().generate(random))
                    .relationship(Gen.enumValues(FamilyRelationship.class).generate(random))
                    .name(Gen.optionals(Gen.text(8, 30)).generate(random));
            if (random.nextBoolean()) {
                member.parentOrCarer(random.nextBoolean());
            }
            if (random.nextBoolean()) {
                member.livesWithChild(random.nextBoolean());
            }
            return member.build();
        };
    }

    /** A reference to a child, family member or practitioner. */
    public static Gen<Contributor> contributors() {
        return random -> Contributor.of(Gen.enumValues(ContributorKind.class).generate(random),
                Gen.identifiers().generate(random));
    }

    /** An indicator of need on any domain and level, with or without a description. */
    public static Gen<NeedIndicator> needIndicators() {
        return random -> {
            AssessmentDomain domain = Gen.enumValues(AssessmentDomain.class).generate(random);
            LevelOfNeed level = Gen.enumValues(LevelOfNeed.class).generate(random);
            return random.nextBoolean() ? NeedIndicator.of(domain, level)
                    : NeedIndicator.of(domain, level, Gen.text(12, 80).generate(random));
        };
    }

    /**
     * A threshold question. Immediate danger and Section 47 indicators are rarer than the other facts,
     * so that most questions exercise the rules below them; about one in ten records no concern at all
     * (no indicator, no neglect, no early help, no cohort). Neglect, when known or suspected, has any set of
     * {@linkplain NeglectBasis bases}.
     */
    public static Gen<ThresholdQuestion> thresholdQuestions() {
        Gen<List<NeedIndicator>> indicators = Gen.lists(needIndicators(), 0, 8);
        return random -> {
            boolean neglect = random.nextInt(3) == 0;
            ThresholdQuestion.Builder question = ThresholdQuestion.builder()
                    .child(children().generate(random))
                    .indicators(random.nextInt(4) == 0 ? List.of() : indicators.generate(random))
                    .immediateDanger(random.nextInt(10) == 0)
                    .consent(Gen.enumValues(ConsentStatus.class).generate(random))
                    .earlyHelp(random.nextBoolean() ? EarlyHelpStatus.NOT_IN_PLACE
                            : Gen.enumValues(EarlyHelpStatus.class).generate(random))
                    .neglectKnownOrSuspected(neglect)
                    .neglectBases(neglect ? Gen.enumSets(NeglectBasis.class).generate(random) : Set.of())
                    .cohorts(random.nextInt(3) == 0 ? Gen.enumSets(AdditionalNeedsCohort.class).generate(random)
                            : Set.of());
            if (random.nextInt(5) == 0) {
                question.section47Indicators(Gen.enumSets(Section47Indicator.class).generate(random));
            }
            return question.build();
        };
    }

    /** A statement for {@code code}. */
    public static Gen<GuidanceStatement> guidanceStatements(GuidanceCode code) {
        return random -> GuidanceStatement.of(code, Gen.text(1, 120).generate(random),
                sourcePassages().generate(random));
    }

    /** A statement with any code. */
    public static Gen<GuidanceStatement> guidanceStatements() {
        return Gen.enumValues(GuidanceCode.class).flatMap(ModelGen::guidanceStatements);
    }

    /** A valid threshold profile: numbers in range, a response for every level, a statement for every code. */
    public static Gen<ThresholdProfile> thresholdProfiles() {
        return random -> {
            ThresholdProfile.Builder profile = ThresholdProfile.builder()
                    .id(Gen.identifiers().generate(random))
                    .name(Gen.text(1, 40).generate(random))
                    .source(sourcePassages().generate(random))
                    .combinationMinimumIndicators(Gen.ints(2, 6).generate(random))
                    .combinationMinimumDomains(Gen.ints(1, 3).generate(random))
                    .enhancedEarlyHelpMaximumIndicators(Gen.ints(1, 4).generate(random));
            for (LevelOfNeed level : LevelOfNeed.values()) {
                profile.putResponse(level, Gen.enumValues(Pathway.class).generate(random));
            }
            List<GuidanceCode> codes = new ArrayList<>(List.of(GuidanceCode.values()));
            shuffle(codes, random);
            for (GuidanceCode code : codes) {
                profile.addStatement(guidanceStatements(code).generate(random));
            }
            return profile.build();
        };
    }

    /** A well-formed guidance (not necessarily one a guide would give). */
    public static Gen<ThresholdGuidance> thresholdGuidance() {
        Gen<List<GuidanceStatement>> statements = Gen.lists(guidanceStatements(), 1, 5);
        return random -> ThresholdGuidance.builder()
                .profileId(Gen.identifiers().generate(random))
                .level(Gen.enumValues(LevelOfNeed.class).generate(random))
                .response(Gen.enumValues(Pathway.class).generate(random))
                .reasons(statements.generate(random))
                .considerations(statements.generate(random))
                .professionalJudgement(guidanceStatements(GuidanceCode.PROFESSIONAL_JUDGEMENT).generate(random))
                .build();
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
