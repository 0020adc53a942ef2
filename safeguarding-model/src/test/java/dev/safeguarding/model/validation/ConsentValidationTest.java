package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.sharing.ChildConsentBasis;
import dev.safeguarding.model.sharing.Consent;
import dev.safeguarding.model.sharing.ConsentScope;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.FraserCriterion;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A record of consent: informed before it is relied on (a query of the {@link Complete} group), and the
 * basis of a child's own consent under 16 (a draft rule the builder enforces too). NSCP, Norfolk Guidance
 * to Understanding Continuum of Needs (2023), "Information Sharing" and "Gaining Consent and Working on a
 * Voluntary Basis with a Family".
 */
class ConsentValidationTest {

    private static final String CONTINUUM = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";
    private static final Child CHILD = Child.builder().id("c-1").dateOfBirth(LocalDate.of(2012, 3, 10))
            .name("Jordan Madeup-Child").build();
    private static final Contributor WORKER = Contributor.of(ContributorKind.PRACTITIONER, "p-1");
    private static final Contributor MOTHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
    private static final ConsentScope SCOPE = ConsentScope.of("School attendance and the worries about sleep",
            List.of(Agency.of("hv", "Healthy Child Programme", AgencyType.HEALTH)),
            "A referral for support with sleep routines");
    private static final LocalDate AT_FOURTEEN = LocalDate.of(2026, 5, 1);

    private static Consent.Builder asked(Contributor person) {
        return Consent.builder().id("k-1").child(CHILD).askedBy(WORKER).asked(person).askedOn(AT_FOURTEEN)
                .answer(ConsentStatus.GIVEN).scope(SCOPE).informed(true);
    }

    private static List<String> codesAndPaths(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList();
    }

    /** The child's own answer at fourteen, with the basis given, as a record that skips the builder's checks. */
    private static Consent unchecked(ConsentStatus answer, Optional<ChildConsentBasis> basis) {
        Consent built = asked(Contributor.child(CHILD)).childBasis(ChildConsentBasis.gillick(true)).build();
        return new Consent() {
            @Override
            public String id() {
                return built.id();
            }

            @Override
            public Child child() {
                return built.child();
            }

            @Override
            public Contributor askedBy() {
                return built.askedBy();
            }

            @Override
            public Contributor asked() {
                return built.asked();
            }

            @Override
            public LocalDate askedOn() {
                return built.askedOn();
            }

            @Override
            public ConsentStatus answer() {
                return answer;
            }

            @Override
            public ConsentScope scope() {
                return built.scope();
            }

            @Override
            public boolean informed() {
                return true;
            }

            @Override
            public Optional<ChildConsentBasis> childBasis() {
                return basis;
            }
        };
    }

    @Test
    void consentGivenButNotInformedSavesAndIsQueriedBeforeItIsReliedOn() {
        // "Consent means that the family is fully informed about the services they are being referred to, agree
        //  with the referral being made and understand what information professionals are passing on and why."
        Consent uninformed = asked(MOTHER).informed(false).build();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, uninformed), "a draft saves");
        List<Finding> findings = Findings.check(Validators.DEFAULT, uninformed, Complete.class);
        assertEquals(List.of("QUERY sharing.consent-not-informed at informed"), codesAndPaths(findings));
        assertEquals(SourcePassage.of(CONTINUUM, "Information Sharing"), findings.get(0).source().orElseThrow());

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, asked(MOTHER).build(), Complete.class),
                "the same record, informed, is complete");
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, asked(MOTHER).informed(false)
                .answer(ConsentStatus.REFUSED).build(), Complete.class), "a refusal is not asked to be informed");
    }

    @Test
    void aChildUnder16AnsweringWithoutASufficientBasisBreaksTheDraftRuleAtChildBasis() {
        // "Mental capacity includes asking for consent for children under 16 in line with Gillick competence and
        //  Fraser Guidelines." (Gaining Consent and Working on a Voluntary Basis with a Family)
        ChildConsentBasis notCompetent = ChildConsentBasis.gillick(false);
        ChildConsentBasis fraserUnmet = ChildConsentBasis.fraser(true, EnumSet.of(FraserCriterion.values()[0]));
        for (Consent broken : List.of(unchecked(ConsentStatus.GIVEN, Optional.empty()),
                unchecked(ConsentStatus.GIVEN, Optional.of(
                        notCompetent)), unchecked(ConsentStatus.GIVEN, Optional.of(fraserUnmet)))) {
            List<Finding> findings = Findings.check(Validators.DEFAULT, broken);
            assertEquals(List.of("ERROR sharing.consent-of-a-child-under-16 at childBasis"), codesAndPaths(findings));
            assertEquals(SourcePassage.of(CONTINUUM, "Gaining Consent and Working on a Voluntary Basis with a Family"),
                    findings.get(0).source().orElseThrow());
        }
        assertEquals(List.of(), Findings.check(Validators.DEFAULT,
                unchecked(ConsentStatus.REFUSED, Optional.of(notCompetent))), "a refusal needs a basis, not a sufficient one");
        assertEquals(List.of(), Findings.check(Validators.DEFAULT,
                unchecked(ConsentStatus.GIVEN, Optional.of(ChildConsentBasis.gillick(true)))));
    }

    @Test
    void aChildUnder16sOwnRefusalIsRecordedAsTheirWishAndQueriedUntilTheirCompetenceIsJudged() {
        // "Mental capacity includes asking for consent for children under 16 in line with Gillick competence and
        //  Fraser Guidelines." (Gaining Consent and Working on a Voluntary Basis with a Family)
        Consent refusal = asked(Contributor.child(CHILD)).answer(ConsentStatus.REFUSED).build();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, refusal), "the refusal saves as the child's wish");
        List<Finding> findings = Findings.check(Validators.DEFAULT, refusal, Complete.class);
        assertEquals(List.of("QUERY sharing.child-refusal-without-basis at childBasis"), codesAndPaths(findings));
        assertEquals(SourcePassage.of(CONTINUUM, "Gaining Consent and Working on a Voluntary Basis with a Family"),
                findings.get(0).source().orElseThrow());
        assertEquals(List.of("QUERY sharing.child-refusal-without-basis at childBasis"), refusal.check()
                .stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList(),
                "the rules module's record check reports the same query");
        Consent judged = Consent.builder().from(refusal).childBasis(ChildConsentBasis.gillick(false)).build();
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, judged, Complete.class));
    }

    @Test
    void theBuilderRefusesWhatTheConstraintReportsWithTheSameCheck() {
        assertEquals("childBasis", assertThrows(InvalidValueException.class,
                () -> asked(Contributor.child(CHILD)).build()).field());
        assertEquals("childBasis", assertThrows(InvalidValueException.class,
                () -> asked(Contributor.child(CHILD)).childBasis(ChildConsentBasis.gillick(false)).build()).field());
        Consent at16 = asked(Contributor.child(CHILD)).askedOn(LocalDate.of(2028, 3, 10)).build();
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, at16, Complete.class),
                "at 16 a child answers for themselves with no basis");
    }
}
