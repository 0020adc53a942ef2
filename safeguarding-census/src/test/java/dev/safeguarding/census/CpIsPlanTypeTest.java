package dev.safeguarding.census;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CP-IS codes, pinned to {@code docs/national-data-standards.md} ("CP-IS"), which quote
 * NHS England's value set England-ChildProtectionPlan:
 *
 * <pre>
 * | SNOMED CT | display |
 * | 342191000000101 | Subject to child protection plan |
 * | 764841000000100 | Looked after child |
 * | 818901000000100 | Unborn child subject to child protection plan |
 * </pre>
 * and the CP-IS observation types: "CPPI Child Protection Plan Information ... LACI Looked After Child
 * Information ... UCPI Unborn Child Plan Information".
 */
class CpIsPlanTypeTest {

    @Test
    void theSnomedCodesAreThoseOfTheEnglandChildProtectionPlanValueSet() {
        assertEquals("342191000000101", CpIsPlanType.CHILD_PROTECTION_PLAN.snomedCode());
        assertEquals("Subject to child protection plan", CpIsPlanType.CHILD_PROTECTION_PLAN.snomedDisplay());
        assertEquals("764841000000100", CpIsPlanType.LOOKED_AFTER_CHILD.snomedCode());
        assertEquals("Looked after child", CpIsPlanType.LOOKED_AFTER_CHILD.snomedDisplay());
        assertEquals("818901000000100", CpIsPlanType.UNBORN_CHILD_PROTECTION_PLAN.snomedCode());
        assertEquals("Unborn child subject to child protection plan",
                CpIsPlanType.UNBORN_CHILD_PROTECTION_PLAN.snomedDisplay());
        assertEquals("https://fhir.nhs.uk/England/ValueSet/England-ChildProtectionPlan",
                CpIsPlanType.CHILD_PROTECTION_PLAN_VALUE_SET);
        assertEquals("http://snomed.info/sct", CpIsPlanType.SNOMED_CT_SYSTEM);
    }

    @Test
    void theObservationTypesAreTheLocalVocabularyOfTheHl7V3Upload() {
        assertEquals(List.of("CPPI", "LACI", "UCPI"),
                Arrays.stream(CpIsPlanType.values()).map(CpIsPlanType::observationTypeCode).toList());
        assertEquals("Unborn Child Plan Information", CpIsPlanType.UNBORN_CHILD_PROTECTION_PLAN.observationTypeLabel());
        assertEquals("2.16.840.1.113883.2.1.3.2.4.17.469", CpIsPlanType.OBSERVATION_TYPE_OID);
    }

    @Test
    void theAlternativePlanCodeAndTheFlagCodeAreKeptAsFound() {
        // "Observations with ... '1064311000000109 | Child protection plan'" (Digital Child Health);
        // "code = $sct#224353004 'Child protection finding (finding)'" (the CP-IS flag)
        assertEquals("1064311000000109", CpIsPlanType.DIGITAL_CHILD_HEALTH_CHILD_PROTECTION_PLAN_CODE);
        assertEquals("224353004", CpIsPlanType.CP_IS_FLAG_CODE);
    }

    @Test
    void anUnbornCensusChildsPlanIsAnUnbornChildProtectionPlan() {
        CensusChild unborn = child(ChildIdentifiers.builder().laChildId("U1")
                .expectedPersonBirthDate(LocalDate.of(2026, 5, 1)).build());
        CensusChild born = child(ChildIdentifiers.builder().laChildId("B1")
                .personBirthDate(LocalDate.of(2020, 5, 1)).build());
        CensusChild bornWithAnExpectedDateLeftIn = child(ChildIdentifiers.builder().laChildId("B2")
                .personBirthDate(LocalDate.of(2025, 5, 1)).expectedPersonBirthDate(LocalDate.of(2025, 5, 3)).build());
        assertEquals(CpIsPlanType.UNBORN_CHILD_PROTECTION_PLAN, CpIsPlanType.forChildProtectionPlanOf(unborn));
        assertEquals(CpIsPlanType.CHILD_PROTECTION_PLAN, CpIsPlanType.forChildProtectionPlanOf(born));
        assertEquals(CpIsPlanType.CHILD_PROTECTION_PLAN, CpIsPlanType.forChildProtectionPlanOf(bornWithAnExpectedDateLeftIn));
        assertEquals(CpIsPlanType.CHILD_PROTECTION_PLAN, CpIsPlanType.forChildProtectionPlanOf(CensusChild.builder().build()));
    }

    private static CensusChild child(ChildIdentifiers identifiers) {
        return CensusChild.builder().identifiers(identifiers).build();
    }
}
