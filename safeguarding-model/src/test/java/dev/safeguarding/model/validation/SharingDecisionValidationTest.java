package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.sharing.SharingDecision;
import dev.safeguarding.model.sharing.SharingQuality;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The record of a sharing decision holds what golden rule 7 asks for, as a draft rule: the builder refuses
 * a record without it, and Bean Validation reports it on a record that did not come from the builder.
 * NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023), "Information Sharing": "Keep a record
 * of your decision and the reasons for it \u2013 whether it is to share information or not. If you decide to
 * share, then record what you have shared, with whom and for what purpose."
 */
class SharingDecisionValidationTest {

    private static final Child CHILD = Child.born("c-1", LocalDate.of(2016, 9, 1));
    private static final Agency CADS = Agency.of("cads", "Children's Advice and Duty Service",
            AgencyType.LOCAL_AUTHORITY);
    private static final Contributor DSL = Contributor.of(ContributorKind.PRACTITIONER, "dsl-1");

    private static List<String> codesAndPaths(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList();
    }

    /** A decision that skips the builder's checks: only the decision, the reasons and who decided when. */
    private static SharingDecision unchecked(boolean share, String reasons) {
        return new SharingDecision() {
            @Override
            public String id() {
                return "d-1";
            }

            @Override
            public Optional<String> corrects() {
                return Optional.empty();
            }

            @Override
            public Child child() {
                return CHILD;
            }

            @Override
            public boolean share() {
                return share;
            }

            @Override
            public Optional<String> information() {
                return Optional.empty();
            }

            @Override
            public List<Agency> recipients() {
                return List.of();
            }

            @Override
            public Optional<String> purpose() {
                return Optional.empty();
            }

            @Override
            public Optional<String> consentId() {
                return Optional.empty();
            }

            @Override
            public Set<WithoutConsentReason> reasonsWithoutConsent() {
                return Set.of();
            }

            @Override
            public Set<SharingQuality> qualities() {
                return Set.of();
            }

            @Override
            public String reasons() {
                return reasons;
            }

            @Override
            public List<Contributor> adviceSoughtFrom() {
                return List.of();
            }

            @Override
            public Contributor decidedBy() {
                return DSL;
            }

            @Override
            public LocalDate decidedOn() {
                return LocalDate.of(2026, 3, 2);
            }
        };
    }

    @Test
    void aDecisionToShareThatDoesNotSayWhatWithWhomWhyAndOnWhatBasisBreaksTheDraftRule() {
        List<Finding> findings = Findings.check(Validators.DEFAULT, unchecked(true, "Safety may be at risk"));

        assertEquals(List.of("ERROR sharing.record-content-missing at consentId",
                "ERROR sharing.record-content-missing at information",
                "ERROR sharing.record-content-missing at purpose",
                "ERROR sharing.record-content-missing at recipients"), codesAndPaths(findings));
        assertEquals(SourcePassage.of("NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)",
                "Information Sharing"), findings.get(0).source().orElseThrow());
    }

    @Test
    void aDecisionNotToShareNeedsItsReasonsOnly() {
        // "whether it is to share information or not"
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, unchecked(false, "No worry to share"), Complete.class));
        assertEquals(List.of("ERROR sharing.record-content-missing at reasons"),
                codesAndPaths(Findings.check(Validators.DEFAULT, unchecked(false, " "))));
    }

    @Test
    void aBuiltDecisionAlwaysSatisfiesItDraftOrComplete() {
        SharingDecision shared = SharingDecision.builder().id("d-1").child(CHILD).share(true)
                .information("Disclosure of domestic abuse at home").addRecipient(CADS)
                .purpose("Consultation about the child's safety")
                .addReasonsWithoutConsent(WithoutConsentReason.SEEKING_CONSENT_WOULD_INCREASE_RISK_OF_HARM)
                .reasons("Telling the parents could put the child and the mother at risk")
                .decidedBy(DSL).decidedOn(LocalDate.of(2026, 3, 2)).build();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, shared, Complete.class));
    }
}
