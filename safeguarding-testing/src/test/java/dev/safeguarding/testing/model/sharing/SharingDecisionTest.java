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
import dev.safeguarding.model.sharing.SharingDecision;
import dev.safeguarding.model.sharing.SharingQuality;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SharingGen;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The record of a sharing decision: golden rule 7, "Keep a record of your decision and the reasons for it
 * \u2013 whether it is to share information or not. If you decide to share, then record what you have
 * shared, with whom and for what purpose."
 */
class SharingDecisionTest {

    private static final Child CHILD = Child.born("c-1", LocalDate.of(2016, 9, 1));
    private static final Agency CADS = Agency.of("cads", "Children's Advice and Duty Service",
            AgencyType.LOCAL_AUTHORITY);
    private static final Contributor DSL = Contributor.of(ContributorKind.PRACTITIONER, "dsl-1");

    private static SharingDecision.Builder shared() {
        return SharingDecision.builder().id("d-1").child(CHILD).share(true)
                .information("Disclosure of domestic abuse at home")
                .addRecipient(CADS)
                .purpose("Consultation about the child's safety")
                .addReasonsWithoutConsent(WithoutConsentReason.SEEKING_CONSENT_WOULD_INCREASE_RISK_OF_HARM)
                .reasons("Telling the parents could put the child and the mother at risk")
                .decidedBy(DSL)
                .decidedOn(LocalDate.of(2026, 3, 2));
    }

    private static String fieldOf(Executable build) {
        return assertThrows(InvalidValueException.class, build).field();
    }

    @Test
    void aDecisionToShareSaysWhatWithWhomForWhatPurposeAndOnWhatBasis() {
        SharingDecision decision = shared().build();
        assertTrue(decision.isSharedWithoutConsent());
        assertFalse(decision.isSharedWithConsent());
        assertEquals("information", fieldOf(() -> SharingDecision.builder().from(decision).information(
                java.util.Optional.empty()).build()));
        assertEquals("recipients", fieldOf(() -> shared().recipients(java.util.List.of()).build()));
        assertEquals("purpose", fieldOf(() -> SharingDecision.builder().from(decision)
                .purpose(java.util.Optional.empty()).build()));
    }

    /** Golden rule 4: "be certain of the basis upon which you are doing so". */
    @Test
    void aDecisionToShareRestsOnExactlyOneBasis() {
        assertEquals("consentId", fieldOf(() -> shared().consentId("k-1").build()));
        assertEquals("consentId", fieldOf(() -> shared().reasonsWithoutConsent(java.util.Set.of()).build()));
        SharingDecision withConsent = shared().reasonsWithoutConsent(java.util.Set.of()).consentId("k-1").build();
        assertTrue(withConsent.isSharedWithConsent());
    }

    @Test
    void aDecisionNotToShareIsRecordedWithItsReasonsToo() {
        SharingDecision notShared = SharingDecision.builder().id("d-2").child(CHILD).share(false)
                .consentId("k-1").reasons("The family refused and there is no risk to safety")
                .decidedBy(DSL).decidedOn(LocalDate.of(2026, 3, 2)).build();
        assertFalse(notShared.share());
        assertEquals("reasonsWithoutConsent", fieldOf(() -> shared().share(false).build()));
        assertEquals("qualities", fieldOf(() -> SharingDecision.builder().from(notShared)
                .addQuality(SharingQuality.NECESSARY).build()));
        assertEquals("reasons", fieldOf(() -> shared().reasons(" ").build()));
    }

    /** Records are immutable; a correction is a new record that refers to the old one. */
    @Test
    void aCorrectionIsANewRecordReferringToTheOldOne() {
        SharingDecision original = shared().build();
        SharingDecision correction = shared().id("d-1a").corrects("d-1")
                .reasons("Corrected: the referral was made by telephone to CADS").build();
        assertTrue(correction.isCorrection());
        assertEquals("d-1", correction.corrects().orElseThrow());
        assertEquals(shared().build(), original, "the original is unchanged");
        assertEquals("corrects", fieldOf(() -> shared().corrects("d-1").build()));
        assertTrue(Arrays.stream(SharingDecision.class.getMethods()).map(Method::getName)
                .noneMatch(n -> n.startsWith("with") || n.startsWith("set")), "no method changes a record");
    }

    @Test
    void onlyPractitionersDecideAndAreAskedForAdvice() {
        Contributor mother = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
        assertEquals("decidedBy", fieldOf(() -> shared().decidedBy(mother).build()));
        assertEquals("adviceSoughtFrom", fieldOf(() -> shared().addAdviceSoughtFrom(mother).build()));
    }

    @Test
    void toStringNeverShowsWhatWasSharedThePurposeTheReasonsOrTheChildsDetails() {
        Property.forAll(SharingGen.sharingDecisions(), decision -> {
            String text = decision.toString();
            decision.information().ifPresent(i -> assertFalse(text.contains(i), "information"));
            decision.purpose().ifPresent(p -> assertFalse(text.contains(p), "purpose"));
            assertFalse(text.contains(decision.reasons()), "reasons");
            decision.child().name().ifPresent(n -> assertFalse(text.contains(n), "name"));
            decision.child().dateOfBirth().filter(d -> !d.equals(decision.decidedOn()))
                    .ifPresent(d -> assertFalse(text.contains(d.toString()), "date of birth"));
        });
    }
}
