package dev.safeguarding.testing.model.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.sharing.ChildConsentBasis;
import dev.safeguarding.model.sharing.Consent;
import dev.safeguarding.model.sharing.ConsentScope;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.ConsentWithdrawal;
import dev.safeguarding.model.sharing.FraserCriterion;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SharingGen;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Consent records: who was asked, who answered, when, for what, whether informed, and the basis of a
 * child's own consent under 16 (NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023),
 * "Information Sharing" and "Gaining Consent and Working on a Voluntary Basis with a Family").
 */
class ConsentTest {

    private static final Child CHILD = Child.builder().id("c-1").dateOfBirth(LocalDate.of(2012, 3, 10))
            .name("Jordan Madeup-Child").build();
    private static final LocalDate SIXTEENTH_BIRTHDAY = LocalDate.of(2028, 3, 10);
    private static final Contributor WORKER = Contributor.of(ContributorKind.PRACTITIONER, "p-1");
    private static final Contributor MOTHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
    private static final Contributor FATHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "f-1");
    private static final ConsentScope SCOPE = ConsentScope.of("School attendance and the worries about sleep",
            List.of(Agency.of("hv", "Healthy Child Programme", AgencyType.HEALTH)),
            "A referral for support with sleep routines");

    private static Consent.Builder asked(Contributor person, LocalDate on) {
        return Consent.builder().id("k-1").child(CHILD).askedBy(WORKER).asked(person).askedOn(on)
                .answer(ConsentStatus.GIVEN).scope(SCOPE).informed(true);
    }

    private static String fieldOf(Executable build) {
        return assertThrows(InvalidValueException.class, build).field();
    }

    @Test
    void whoAnsweredAndWhenDefaultToWhoWasAskedAndTheDayAsked() {
        Consent consent = asked(MOTHER, LocalDate.of(2026, 5, 1)).build();
        assertEquals(MOTHER, consent.answeredBy());
        assertEquals(LocalDate.of(2026, 5, 1), consent.answeredOn());
        Consent later = asked(MOTHER, LocalDate.of(2026, 5, 1)).answeredBy(FATHER)
                .answeredOn(LocalDate.of(2026, 5, 4)).build();
        assertEquals(FATHER, later.answeredBy());
        assertEquals(LocalDate.of(2026, 5, 4), later.answeredOn());
    }

    @Test
    void statusIsNotSoughtBeforeTheAnswerAndTheAnswerFromThen() {
        Consent refused = asked(MOTHER, LocalDate.of(2026, 5, 1)).answeredOn(LocalDate.of(2026, 5, 3))
                .answer(ConsentStatus.REFUSED).build();
        assertEquals(ConsentStatus.NOT_SOUGHT, refused.statusOn(LocalDate.of(2026, 5, 2), List.of()));
        assertEquals(ConsentStatus.REFUSED, refused.statusOn(LocalDate.of(2026, 5, 3), List.of()));
    }

    /** Withdrawal is a later event, not an edit: the record of consent stays as it was. */
    @Test
    void withdrawalIsALaterEventAfterWhichConsentNoLongerStands() {
        Consent given = asked(MOTHER, LocalDate.of(2026, 5, 1)).build();
        ConsentWithdrawal withdrawal = ConsentWithdrawal.builder().id("w-1").consentId("k-1").withdrawnBy(MOTHER)
                .withdrawnOn(LocalDate.of(2026, 6, 1)).build();
        ConsentWithdrawal ofAnother = ConsentWithdrawal.builder().id("w-2").consentId("k-2").withdrawnBy(MOTHER)
                .withdrawnOn(LocalDate.of(2026, 5, 10)).build();
        List<ConsentWithdrawal> withdrawals = List.of(ofAnother, withdrawal);

        assertEquals(ConsentStatus.GIVEN, given.statusOn(LocalDate.of(2026, 5, 31), withdrawals));
        assertEquals(ConsentStatus.REFUSED, given.statusOn(LocalDate.of(2026, 6, 1), withdrawals));
        assertEquals(LocalDate.of(2026, 6, 1), given.withdrawnOn(withdrawals).orElseThrow());
        assertEquals(ConsentStatus.GIVEN, given.answer(), "the record itself is unchanged");
        assertEquals(ConsentStatus.GIVEN, given.statusOn(LocalDate.of(2026, 7, 1), List.of()));
    }

    @Test
    void onlyConsentThatWasGivenCanBeWithdrawnAndNotBeforeItWasGiven() {
        Consent refused = asked(MOTHER, LocalDate.of(2026, 5, 1)).answer(ConsentStatus.REFUSED).build();
        Consent given = asked(MOTHER, LocalDate.of(2026, 5, 1)).build();
        ConsentWithdrawal early = ConsentWithdrawal.builder().id("w-1").consentId("k-1").withdrawnBy(MOTHER)
                .withdrawnOn(LocalDate.of(2026, 4, 30)).build();
        ConsentWithdrawal later = ConsentWithdrawal.builder().id("w-1").consentId("k-1").withdrawnBy(MOTHER)
                .withdrawnOn(LocalDate.of(2026, 5, 30)).build();
        assertThrows(IllegalArgumentException.class, () -> refused.statusOn(LocalDate.of(2026, 6, 1), List.of(later)));
        assertThrows(IllegalArgumentException.class, () -> given.statusOn(LocalDate.of(2026, 6, 1), List.of(early)));
    }

    @Test
    void aWithdrawalIsByTheChildOrFamilyNeverAPractitioner() {
        assertEquals("withdrawnBy", fieldOf(() -> ConsentWithdrawal.builder().id("w").consentId("k")
                .withdrawnBy(WORKER).withdrawnOn(LocalDate.of(2026, 1, 1)).build()));
    }

    /** "Mental capacity includes asking for consent for children under 16 in line with Gillick competence". */
    @Test
    void aChildUnder16GivingConsentForThemselvesNeedsTheBasisOfTheirConsentButMayRefuseWithout() {
        Contributor self = Contributor.child(CHILD);
        LocalDate dayBefore16 = SIXTEENTH_BIRTHDAY.minusDays(1);
        assertEquals("childBasis", fieldOf(() -> asked(self, dayBefore16).build()));
        Consent wish = asked(self, dayBefore16).answer(ConsentStatus.REFUSED).build();
        assertTrue(wish.childBasis().isEmpty(), "a refusal is recorded as the child's wish before any judgement");
        Consent competent = asked(self, dayBefore16).childBasis(ChildConsentBasis.gillick(true)).build();
        assertTrue(competent.isGiven());
        assertTrue(competent.isAnsweredByChild());
    }

    @Test
    void aChildUnder16WhoIsNotGillickCompetentCannotGiveConsentButCanRefuse() {
        Contributor self = Contributor.child(CHILD);
        LocalDate at14 = LocalDate.of(2026, 4, 1);
        assertEquals("childBasis", fieldOf(() -> asked(self, at14).childBasis(ChildConsentBasis.gillick(false))
                .build()));
        Consent refusal = asked(self, at14).answer(ConsentStatus.REFUSED)
                .childBasis(ChildConsentBasis.gillick(false)).build();
        assertFalse(refusal.childBasis().orElseThrow().isSufficient());
    }

    /** The Fraser guidelines: all five criteria must be met. */
    @Test
    void whereFraserAppliesEveryCriterionMustBeMetForTheChildToConsent() {
        Contributor self = Contributor.child(CHILD);
        LocalDate at15 = LocalDate.of(2027, 4, 1);
        EnumSet<FraserCriterion> four = EnumSet.allOf(FraserCriterion.class);
        four.remove(FraserCriterion.BEST_INTERESTS_REQUIRE_IT);
        assertEquals("childBasis", fieldOf(() -> asked(self, at15).childBasis(ChildConsentBasis.fraser(true, four))
                .build()));
        Consent fraser = asked(self, at15)
                .childBasis(ChildConsentBasis.fraser(true, EnumSet.allOf(FraserCriterion.class))).build();
        assertTrue(fraser.childBasis().orElseThrow().allFraserCriteriaMet());
    }

    @Test
    void fromTheSixteenthBirthdayTheChildAnswersWithoutABasis() {
        Contributor self = Contributor.child(CHILD);
        assertTrue(asked(self, SIXTEENTH_BIRTHDAY).build().childBasis().isEmpty());
        assertEquals("childBasis", fieldOf(() -> asked(self, SIXTEENTH_BIRTHDAY)
                .childBasis(ChildConsentBasis.gillick(true)).build()));
    }

    @Test
    void aBasisIsOnlyForTheChildsOwnAnswer() {
        assertEquals("childBasis", fieldOf(() -> asked(MOTHER, LocalDate.of(2026, 1, 1))
                .childBasis(ChildConsentBasis.gillick(true)).build()));
    }

    @Test
    void recordsThatMakeNoSenseAreRejectedNamingTheField() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertEquals("answer", fieldOf(() -> asked(MOTHER, day).answer(ConsentStatus.NOT_SOUGHT).build()));
        assertEquals("askedBy", fieldOf(() -> asked(MOTHER, day).askedBy(FATHER).build()));
        assertEquals("asked", fieldOf(() -> asked(WORKER, day).build()));
        assertEquals("answeredBy", fieldOf(() -> asked(MOTHER, day).answeredBy(WORKER).build()));
        assertEquals("asked", fieldOf(() -> asked(Contributor.of(ContributorKind.CHILD, "c-2"), day).build()));
        assertEquals("answeredOn", fieldOf(() -> asked(MOTHER, day).answeredOn(day.minusDays(1)).build()));
        assertEquals("answeredOn", fieldOf(() -> asked(Contributor.child(CHILD), LocalDate.of(2011, 1, 1))
                .build()));
        Child unborn = Child.unborn("u-1", LocalDate.of(2026, 9, 1));
        assertEquals("answeredBy", fieldOf(() -> asked(Contributor.child(unborn), day).child(unborn).build()));
        assertEquals("agencies", fieldOf(() -> ConsentScope.of("x", List.of(), "y")));
        assertEquals("fraserCriteriaMet", fieldOf(() -> ChildConsentBasis.builder().gillickCompetent(true)
                .addFraserCriteriaMet(FraserCriterion.UNDERSTANDS_THE_ADVICE).build()));
    }

    @Test
    void toStringNeverShowsTheChildsDetailsTheScopesWordsOrTheRationale() {
        Property.forAll(SharingGen.consents(), consent -> {
            String text = consent.toString();
            consent.child().name().ifPresent(name -> assertFalse(text.contains(name), "name"));
            consent.child().dateOfBirth().filter(d -> !d.equals(consent.askedOn()) && !d.equals(consent.answeredOn()))
                    .ifPresent(d -> assertFalse(text.contains(d.toString()), "date of birth"));
            assertFalse(text.contains(consent.scope().information()), "information");
            assertFalse(text.contains(consent.scope().purpose()), "purpose");
            consent.childBasis().flatMap(ChildConsentBasis::rationale)
                    .ifPresent(r -> assertFalse(text.contains(r), "rationale"));
        });
    }

    @Test
    void generatedConsentsAreValidAndTheirStatusFollowsTheAnswer() {
        Property.forAll(SharingGen.consents(), consent -> {
            assertEquals(ConsentStatus.NOT_SOUGHT, consent.statusOn(consent.answeredOn().minusDays(1), List.of()));
            assertEquals(consent.answer(), consent.statusOn(consent.answeredOn(), List.of()));
        });
    }
}
