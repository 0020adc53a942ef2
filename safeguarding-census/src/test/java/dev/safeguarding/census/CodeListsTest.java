package dev.safeguarding.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The census code lists, verbatim from S2's schema and S1's rules (the sources of {@code
 * docs/national-data-standards.md}).
 */
class CodeListsTest {

    @Test
    void eachListHasTheNumberOfCodesItsSourceGives() {
        // "ReferralSource 22, PrimaryNeed 10, ReasonForClosure 9, CategoryOfAbuse 5, Disability 13,
        // Ethnicity 20, Gender 4 / Sex 3, UpnUnknown 7, AssessmentFactor 42 + 2 historical" (§1.5)
        assertEquals(22, ReferralSource.values().length);
        assertEquals(10, PrimaryNeed.values().length);
        assertEquals(9, ReasonForClosure.values().length);
        assertEquals(5, CategoryOfAbuse.values().length);
        assertEquals(13, Disability.values().length);
        assertEquals(20, Ethnicity.values().length);
        assertEquals(4, Gender.values().length);
        assertEquals(3, Sex.values().length);
        assertEquals(7, UpnUnknown.values().length);
        assertEquals(44, AssessmentFactor.values().length);
    }

    @Test
    void everyCodeIsFoundByItsCodeAndCodesAreUniqueInTheirList() {
        for (Class<? extends CensusCode> list : CensusGen.codeLists()) {
            Set<String> codes = new HashSet<>();
            for (CensusCode code : list.getEnumConstants()) {
                assertTrue(codes.add(code.code()), code.code());
                assertEquals(code.code(), code.code().strip());
            }
        }
        assertEquals(Optional.of(ReferralSource.LA_EARLY_HELP), ReferralSource.fromCode("5D"));
        assertEquals(Optional.of(ReferralSource.HOUSING), ReferralSource.fromCode("4"));
        assertEquals(Optional.of(Gender.NOT_RECORDED_OR_UNBORN), Gender.fromCode("0"));
        assertEquals(Optional.empty(), ReasonForClosure.fromCode("rc1"));
        assertEquals(Optional.empty(), Sex.fromCode(null));
    }

    @Test
    void labelsAreTheSchemasVerbatim() {
        assertEquals("Case closed after assessment, referred to early help",
                ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP.label());
        assertEquals("HEALTH SERVICES – A&E (accident and emergency department)",
                ReferralSource.HEALTH_ACCIDENT_AND_EMERGENCY.label());
        assertEquals("Multiple/not recommended", CategoryOfAbuse.MULTIPLE.label());
        assertEquals("Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be required"
                + " or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an"
                + " adult", AssessmentFactor.PHYSICAL_ABUSE_ADULT_ON_CHILD.label());
        assertEquals("Not recorded or unborn", Gender.NOT_RECORDED_OR_UNBORN.label());
    }

    @Test
    void upnUnknownSixHasNoLabelBecauseNoneWasFound() {
        // §1.3: "Labels for UN6 were not found."
        assertEquals(Optional.empty(), UpnUnknown.UN6.label());
        assertEquals(Optional.of("Referral with no further action"), UpnUnknown.UN7.label());
    }

    @Test
    void genderIsValidTo2023To24AndSexFrom2024To25() {
        for (CollectionYear year : CollectionYear.values()) {
            for (Gender gender : Gender.values()) {
                assertEquals(!year.returnsSex(), gender.isValidIn(year), gender + " in " + year);
            }
            for (Sex sex : Sex.values()) {
                assertEquals(year.returnsSex(), sex.isValidIn(year), sex + " in " + year);
            }
        }
    }

    @Test
    void theHistoricalFactors18AAnd19AAreRecognisedButValidInNoYear() {
        // §1.1: "factors 18A/19A replaced by 18B 18C 19B 19C from the 2021 file"; 8945Q/8950Q query them.
        assertEquals(Optional.of(AssessmentFactor.PHYSICAL_ABUSE), AssessmentFactor.fromCode("18A"));
        assertEquals(Optional.of(AssessmentFactor.SEXUAL_ABUSE), AssessmentFactor.fromCode("19A"));
        Set<AssessmentFactor> neverValid = EnumSet.noneOf(AssessmentFactor.class);
        for (AssessmentFactor factor : AssessmentFactor.values()) {
            if (factor.collectionYears().isEmpty()) {
                neverValid.add(factor);
            }
        }
        assertEquals(EnumSet.of(AssessmentFactor.PHYSICAL_ABUSE, AssessmentFactor.SEXUAL_ABUSE), neverValid);
    }

    @Test
    void theCurrentListsAreValidInEveryYearTheLibraryKnows() {
        for (Class<? extends CensusCode> list : java.util.List.of(ReferralSource.class, PrimaryNeed.class,
                ReasonForClosure.class, CategoryOfAbuse.class, Disability.class, Ethnicity.class, UpnUnknown.class)) {
            for (CensusCode code : list.getEnumConstants()) {
                for (CollectionYear year : CollectionYear.values()) {
                    assertTrue(code.isValidIn(year), code.code() + " in " + year);
                }
            }
        }
        assertFalse(AssessmentFactor.PHYSICAL_ABUSE.isValidIn(CollectionYear.CIN_2024_25));
    }
}
