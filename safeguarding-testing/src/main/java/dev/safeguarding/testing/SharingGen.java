package dev.safeguarding.testing;

import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.sharing.ChildConsentBasis;
import dev.safeguarding.model.sharing.Consent;
import dev.safeguarding.model.sharing.ConsentScope;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.ConsentWithdrawal;
import dev.safeguarding.model.sharing.FraserCriterion;
import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.PersonAtRisk;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.RecordRequirement;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingDecision;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingQuality;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Generators for the information-sharing types ({@code dev.safeguarding.model.sharing}): questions,
 * profiles, advice, consent and sharing decisions. Free text (what was shared, purposes, reasons,
 * rationales) is at least twelve characters, so that a test can tell it apart from the rest of a
 * {@code toString()}.
 *
 * <p>Every value is synthetic (never real data) and a valid draft: built through the model's builders, so
 * every invariant holds, and with no finding from the model's draft rules (Bean Validation's default
 * group). Completeness is not promised: like real drafts, a value may lack what a complete record needs,
 * so its {@code check()} door (the {@code Complete} group) may report ERROR or QUERY findings.
 */
public final class SharingGen {

    private SharingGen() {
    }

    /** Free text long enough to be recognised in a {@code toString()}. */
    public static Gen<String> freeText() {
        return Gen.text(12, 80).filter(t -> t.strip().length() >= 12);
    }

    /** A reference to a practitioner. */
    public static Gen<Contributor> practitionerRefs() {
        return random -> Contributor.of(ContributorKind.PRACTITIONER, Gen.identifiers().generate(random));
    }

    /** A reference to a family member. */
    public static Gen<Contributor> familyMemberRefs() {
        return random -> Contributor.of(ContributorKind.FAMILY_MEMBER, Gen.identifiers().generate(random));
    }

    /** Any set of people at risk, any consent status and any facts, rarely in doubt or not for safeguarding. */
    public static Gen<SharingQuestion> sharingQuestions() {
        return random -> SharingQuestion.builder()
                .consent(Gen.enumValues(ConsentStatus.class).generate(random))
                .atRiskIfConsentSought(random.nextInt(3) == 0 ? Gen.enumSets(PersonAtRisk.class).generate(random)
                        : Set.of())
                .wouldUndermineSeriousCrimeInvestigation(random.nextInt(5) == 0)
                .delayWouldPutChildAtRisk(random.nextInt(5) == 0)
                .immediateRiskOfHarm(random.nextInt(6) == 0)
                .purposeIsSafeguarding(random.nextInt(4) != 0)
                .inDoubt(random.nextInt(4) == 0)
                .childProtectionConcern(random.nextInt(6) == 0)
                .build();
    }

    /** Every one of the 2 ^ 10 combinations of the other facts, with each consent status: 3,072 questions. */
    public static List<SharingQuestion> everySharingQuestion() {
        List<SharingQuestion> all = new ArrayList<>();
        PersonAtRisk[] people = PersonAtRisk.values();
        for (ConsentStatus consent : ConsentStatus.values()) {
            for (int bits = 0; bits < 1 << (people.length + 6); bits++) {
                Set<PersonAtRisk> atRisk = EnumSet.noneOf(PersonAtRisk.class);
                for (int p = 0; p < people.length; p++) {
                    if ((bits & (1 << p)) != 0) {
                        atRisk.add(people[p]);
                    }
                }
                int facts = bits >> people.length;
                all.add(SharingQuestion.builder()
                        .consent(consent)
                        .atRiskIfConsentSought(atRisk)
                        .wouldUndermineSeriousCrimeInvestigation((facts & 1) != 0)
                        .delayWouldPutChildAtRisk((facts & 2) != 0)
                        .immediateRiskOfHarm((facts & 4) != 0)
                        .purposeIsSafeguarding((facts & 8) != 0)
                        .inDoubt((facts & 16) != 0)
                        .childProtectionConcern((facts & 32) != 0)
                        .build());
            }
        }
        return all;
    }

    /** A statement for {@code code} with any golden rules. */
    public static Gen<SharingStatement> sharingStatements(SharingAdviceCode code) {
        return random -> SharingStatement.of(code, Gen.text(1, 120).generate(random),
                Gen.enumSets(GoldenRule.class).generate(random), ModelGen.sourcePassages().generate(random));
    }

    /** A statement with any code. */
    public static Gen<SharingStatement> sharingStatements() {
        return Gen.enumValues(SharingAdviceCode.class).flatMap(SharingGen::sharingStatements);
    }

    /** A valid profile: a statement for every code, in any order. */
    public static Gen<SharingProfile> sharingProfiles() {
        return random -> {
            List<SharingAdviceCode> codes = new ArrayList<>(List.of(SharingAdviceCode.values()));
            for (int i = codes.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                codes.set(j, codes.set(i, codes.get(j)));
            }
            SharingProfile.Builder profile = SharingProfile.builder()
                    .id(Gen.identifiers().generate(random))
                    .name(Gen.text(1, 40).generate(random))
                    .source(ModelGen.sourcePassages().generate(random));
            codes.forEach(code -> profile.addStatement(sharingStatements(code).generate(random)));
            return profile.build();
        };
    }

    /** A well-formed record requirement: the decision and the reasons, golden rule 7's statement first. */
    public static Gen<RecordRequirement> recordRequirements() {
        return random -> {
            Set<RecordContent> contents = Gen.enumSets(RecordContent.class).generate(random);
            contents.add(RecordContent.DECISION);
            contents.add(RecordContent.REASONS);
            List<SharingStatement> statements = new ArrayList<>();
            statements.add(sharingStatements(SharingAdviceCode.RECORD_THE_DECISION).generate(random));
            statements.addAll(Gen.lists(sharingStatements(), 0, 3).generate(random));
            return RecordRequirement.of(contents, statements);
        };
    }

    /** A well-formed advice (not necessarily one an advisor would give). */
    public static Gen<SharingAdvice> sharingAdvice() {
        return random -> {
            SharingAction action = Gen.enumValues(SharingAction.class).generate(random);
            Set<WithoutConsentReason> without = EnumSet.noneOf(WithoutConsentReason.class);
            if (action == SharingAction.SHARE_WITHOUT_CONSENT) {
                without.addAll(Gen.enumSets(WithoutConsentReason.class).generate(random));
                without.add(Gen.enumValues(WithoutConsentReason.class).generate(random));
            }
            return SharingAdvice.builder()
                    .profileId(Gen.identifiers().generate(random))
                    .action(action)
                    .reasonsWithoutConsent(without)
                    .reasons(Gen.lists(sharingStatements(), 1, 4).generate(random))
                    .considerations(Gen.lists(sharingStatements(), 0, 4).generate(random))
                    .record(recordRequirements().generate(random))
                    .professionalJudgement(sharingStatements(SharingAdviceCode.PROFESSIONAL_JUDGEMENT).generate(random))
                    .build();
        };
    }

    /** Which information, with one to three agencies, for what purpose. */
    public static Gen<ConsentScope> consentScopes() {
        return random -> ConsentScope.of(freeText().generate(random),
                Gen.lists(ModelGen.agencies(), 1, 3).generate(random), freeText().generate(random));
    }

    /** A basis of Gillick competence, with the Fraser guidelines applying half the time, any criteria met. */
    public static Gen<ChildConsentBasis> childConsentBases() {
        return random -> {
            ChildConsentBasis.Builder basis = ChildConsentBasis.builder().gillickCompetent(random.nextBoolean());
            if (random.nextBoolean()) {
                basis.fraserApplies(true).fraserCriteriaMet(Gen.enumSets(FraserCriterion.class).generate(random));
            }
            Gen.optionals(freeText()).generate(random).ifPresent(basis::rationale);
            return basis.build();
        };
    }

    /** A sufficient basis: Gillick competent and, where Fraser applies, every criterion met. */
    public static Gen<ChildConsentBasis> sufficientChildConsentBases() {
        return random -> {
            ChildConsentBasis.Builder basis = ChildConsentBasis.builder().gillickCompetent(true);
            if (random.nextBoolean()) {
                basis.fraserApplies(true).fraserCriteriaMet(EnumSet.allOf(FraserCriterion.class));
            }
            Gen.optionals(freeText()).generate(random).ifPresent(basis::rationale);
            return basis.build();
        };
    }

    /**
     * A valid consent record: asked of a family member (who answers, or another family member does), or of
     * the child, with a basis whenever the child is under 16 on the day of the answer (sufficient if the
     * child gives consent).
     */
    public static Gen<Consent> consents() {
        return random -> {
            Child child = ModelGen.children().generate(random);
            LocalDate askedOn = ModelGen.dates().generate(random);
            boolean byChild = !child.isUnborn() && random.nextInt(3) == 0;
            if (byChild) {
                LocalDate born = child.dateOfBirth().orElseThrow();
                askedOn = born.plusDays(Gen.ints(0, 8000).generate(random));
            }
            LocalDate answeredOn = random.nextBoolean() ? askedOn : askedOn.plusDays(Gen.ints(0, 60).generate(random));
            ConsentStatus answer = random.nextBoolean() ? ConsentStatus.GIVEN : ConsentStatus.REFUSED;
            Consent.Builder consent = Consent.builder()
                    .id(Gen.identifiers().generate(random))
                    .child(child)
                    .askedBy(practitionerRefs().generate(random))
                    .askedOn(askedOn)
                    .answer(answer)
                    .scope(consentScopes().generate(random))
                    .informed(random.nextInt(5) != 0);
            if (!answeredOn.equals(askedOn) || random.nextBoolean()) {
                consent.answeredOn(answeredOn);
            }
            if (byChild) {
                Contributor self = Contributor.child(child);
                consent.asked(self);
                if (child.ageInYearsOn(answeredOn) < Consent.AGE_OF_OWN_CONSENT
                        && (answer == ConsentStatus.GIVEN || random.nextInt(4) != 0)) {
                    // a refusal may be recorded as the child's wish before any judgement of competence
                    consent.childBasis(answer == ConsentStatus.GIVEN ? sufficientChildConsentBases().generate(random)
                            : childConsentBases().generate(random));
                }
            } else {
                consent.asked(familyMemberRefs().generate(random));
                if (random.nextInt(4) == 0) {
                    consent.answeredBy(familyMemberRefs().generate(random));
                }
            }
            return consent.build();
        };
    }

    /** A withdrawal of a consent by identifier. */
    public static Gen<ConsentWithdrawal> consentWithdrawals() {
        return random -> ConsentWithdrawal.builder()
                .id(Gen.identifiers().generate(random))
                .consentId(Gen.identifiers().generate(random))
                .withdrawnBy(random.nextBoolean() ? familyMemberRefs().generate(random)
                        : Contributor.of(ContributorKind.CHILD, Gen.identifiers().generate(random)))
                .withdrawnOn(ModelGen.dates().generate(random))
                .build();
    }

    /**
     * A valid record of a decision: to share (with consent or with reasons without it) or not, a correction
     * one time in four.
     */
    public static Gen<SharingDecision> sharingDecisions() {
        return random -> {
            String id = Gen.identifiers().generate(random);
            SharingDecision.Builder decision = SharingDecision.builder()
                    .id(id)
                    .child(ModelGen.children().generate(random))
                    .reasons(freeText().generate(random))
                    .adviceSoughtFrom(Gen.lists(practitionerRefs(), 0, 2).generate(random))
                    .decidedBy(practitionerRefs().generate(random))
                    .decidedOn(ModelGen.dates().generate(random));
            if (random.nextInt(4) == 0) {
                decision.corrects(Gen.identifiers().filter(c -> !c.equals(id)).generate(random));
            }
            boolean share = random.nextInt(3) != 0;
            decision.share(share);
            if (share) {
                decision.information(freeText().generate(random))
                        .recipients(Gen.lists(ModelGen.agencies(), 1, 3).generate(random))
                        .purpose(freeText().generate(random))
                        .qualities(Gen.enumSets(SharingQuality.class).generate(random));
                if (random.nextBoolean()) {
                    decision.consentId(Gen.identifiers().generate(random));
                } else {
                    Set<WithoutConsentReason> reasons = Gen.enumSets(WithoutConsentReason.class).generate(random);
                    reasons.add(Gen.enumValues(WithoutConsentReason.class).generate(random));
                    decision.reasonsWithoutConsent(reasons);
                }
            } else {
                Gen.optionals(freeText()).generate(random).ifPresent(decision::information);
                Gen.optionals(freeText()).generate(random).ifPresent(decision::purpose);
                List<Agency> asked = Gen.lists(ModelGen.agencies(), 0, 2).generate(random);
                decision.recipients(asked);
                if (random.nextBoolean()) {
                    decision.consentId(Gen.identifiers().generate(random));
                }
            }
            return decision.build();
        };
    }
}
