package dev.safeguarding.census.cscapi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.safeguarding.model.InvalidValueException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every length, pattern and {@code maxItems} rule of the DfE CSC API's OpenAPI 1.0.1 is checked when a
 * payload value is built: the longest value allowed is accepted, one character more is rejected, and the
 * exception names the OpenAPI's field and rule but never the value.
 */
class CscApiRulesTest {

    private static void rejected(String field, String rule, String value, Executable build) {
        InvalidValueException e = assertThrows(InvalidValueException.class, build);
        assertEquals(field, e.field());
        assertEquals(field + ": " + e.rule(), e.getMessage());
        if (!value.isEmpty()) {
            assertFalse(e.getMessage().contains(value), "the message quotes the value");
        }
        assertFalse(e.rule().isBlank());
        if (rule != null) {
            assertEquals(true, e.rule().contains(rule), e.rule());
        }
    }

    private static String chars(int n, char c) {
        return String.valueOf(c).repeat(n);
    }

    /** "la_child_id ... pattern ^[A-Za-z0-9]+$ ... maxLength 20". */
    @Test
    void laChildIdIsAtMostTwentyLettersOrDigits() {
        assertDoesNotThrow(() -> CscApiChild.builder().laChildId(chars(20, 'Z')).build());
        rejected("la_child_id", "maxLength", "Q".repeat(21), () -> CscApiChild.builder().laChildId("Q".repeat(21)).build());
        rejected("la_child_id", "pattern", "Ann_Smith", () -> CscApiChild.builder().laChildId("Ann_Smith").build());
        rejected("la_child_id", "pattern", "Ann-Smith", () -> CscApiChild.builder().laChildId("Ann-Smith").build());
        rejected("la_child_id", "pattern", "", () -> CscApiChild.builder().laChildId("").build());
        rejected("la_child_id", "pattern", "Ann\n", () -> CscApiChild.builder().laChildId("Ann\n").build());
    }

    /** "mis_child_id ... pattern ^[A-Za-z0-9_-]*$ ... maxLength 36". */
    @Test
    void misChildIdIsAtMostThirtySixIdentifierCharacters() {
        assertDoesNotThrow(() -> CscApiChild.builder().laChildId("C1").misChildId("a_b-" + chars(32, '9')).build());
        assertDoesNotThrow(() -> CscApiChild.builder().laChildId("C1").misChildId("").build());
        rejected("mis_child_id", "maxLength", chars(37, 'm'),
                () -> CscApiChild.builder().laChildId("C1").misChildId(chars(37, 'm')).build());
        rejected("mis_child_id", "pattern", "Ann Smith",
                () -> CscApiChild.builder().laChildId("C1").misChildId("Ann Smith").build());
    }

    /** "unique_pupil_number ... minLength 13, maxLength 13"; the same for the former UPN. */
    @Test
    void upnsAreExactlyThirteenCharacters() {
        assertDoesNotThrow(() -> ChildDetails.builder().uniquePupilNumber("A926000000001")
                .formerUniquePupilNumber("B92600000000X").build());
        rejected("unique_pupil_number", "exactly 13", "A92600000001",
                () -> ChildDetails.builder().uniquePupilNumber("A92600000001").build());
        rejected("unique_pupil_number", "exactly 13", "A9260000000012",
                () -> ChildDetails.builder().uniquePupilNumber("A9260000000012").build());
        rejected("former_unique_pupil_number", "exactly 13", "A92600000001",
                () -> ChildDetails.builder().formerUniquePupilNumber("A92600000001").build());
    }

    /** The child details' codes and postcode: UPN unknown reason 4, sex 1, ethnicity 4, postcode 8. */
    @Test
    void childDetailsCodesAndPostcodeHaveTheirMaximumLengths() {
        assertDoesNotThrow(() -> ChildDetails.builder().uniquePupilNumberUnknownReason("UN10").sex("U").ethnicity("WBRI")
                .postcode("NR12 3AB").build());
        rejected("unique_pupil_number_unknown_reason", "at most 4", "UN100",
                () -> ChildDetails.builder().uniquePupilNumberUnknownReason("UN100").build());
        rejected("sex", "at most 1", "MF", () -> ChildDetails.builder().sex("MF").build());
        rejected("ethnicity", "at most 4", "WBRIT", () -> ChildDetails.builder().ethnicity("WBRIT").build());
        rejected("postcode", "at most 8", "NR12 3ABC", () -> ChildDetails.builder().postcode("NR12 3ABC").build());
    }

    /** "disabilities ... items maxLength 4 ... uniqueItems ... maxItems 12". */
    @Test
    void disabilitiesAreAtMostTwelveCodesOfFourCharactersEachOnce() {
        List<String> twelve = IntStream.range(0, 12).mapToObj(i -> "D" + i).toList();
        assertEquals(12, ChildDetails.builder().disabilities(twelve).build().disabilities().size());
        rejected("disabilities", "maxItems", "D12", () -> ChildDetails.builder().disabilities(twelve).addDisability("D12")
                .build());
        rejected("disabilities", "at most 4", "HANDS", () -> ChildDetails.builder().addDisability("HANDS").build());
        assertEquals(1, ChildDetails.builder().addDisability("VIS").addDisability("VIS").build().disabilities().size());
    }

    /** "social_care_episode_id ... ^[A-Za-z0-9_-]*$ ... maxLength 36"; referral source 2; closure reason 3. */
    @Test
    void episodeIdentifierAndCodesHaveTheirRules() {
        assertDoesNotThrow(() -> SocialCareEpisode.builder().socialCareEpisodeId(chars(36, 'e')).referralSource("10")
                .closureReason("RC9").build());
        rejected("social_care_episode_id", "maxLength", chars(37, 'e'),
                () -> SocialCareEpisode.builder().socialCareEpisodeId(chars(37, 'e')).build());
        rejected("social_care_episode_id", "pattern", "E 1", () -> SocialCareEpisode.builder().socialCareEpisodeId("E 1")
                .build());
        rejected("referral_source", "at most 2", "10A", () -> SocialCareEpisode.builder().socialCareEpisodeId("E1")
                .referralSource("10A").build());
        rejected("closure_reason", "at most 3", "RC10", () -> SocialCareEpisode.builder().socialCareEpisodeId("E1")
                .closureReason("RC10").build());
    }

    /** "worker_id ... ^[A-Za-z0-9_-]*$ ... maxLength 12". */
    @Test
    void workerIdIsAtMostTwelveIdentifierCharacters() {
        assertDoesNotThrow(() -> CareWorkerDetails.builder().workerId("SW" + chars(10, '1')).build());
        rejected("worker_id", "maxLength", "SW" + chars(11, '1'),
                () -> CareWorkerDetails.builder().workerId("SW" + chars(11, '1')).build());
        rejected("worker_id", "pattern", "SW.1", () -> CareWorkerDetails.builder().workerId("SW.1").build());
    }

    /** Every nested item's identifier: "^[A-Za-z0-9_-]*$", "maxLength 36". */
    @Test
    void nestedIdentifiersAreAtMostThirtySixIdentifierCharacters() {
        String ok = chars(36, 'x');
        String tooLong = chars(37, 'x');
        assertDoesNotThrow(() -> ChildAndFamilyAssessment.purged(ok));
        assertDoesNotThrow(() -> ChildInNeedPlan.purged(ok));
        assertDoesNotThrow(() -> Section47Assessment.purged(ok));
        assertDoesNotThrow(() -> ChildProtectionPlan.purged(ok));
        assertDoesNotThrow(() -> ChildLookedAfterPlacement.purged(ok));
        rejected("child_and_family_assessment_id", "maxLength", tooLong, () -> ChildAndFamilyAssessment.purged(tooLong));
        rejected("child_in_need_plan_id", "maxLength", tooLong, () -> ChildInNeedPlan.purged(tooLong));
        rejected("section_47_assessment_id", "maxLength", tooLong, () -> Section47Assessment.purged(tooLong));
        rejected("child_protection_plan_id", "maxLength", tooLong, () -> ChildProtectionPlan.purged(tooLong));
        rejected("child_looked_after_placement_id", "maxLength", tooLong, () -> ChildLookedAfterPlacement.purged(tooLong));
        rejected("child_and_family_assessment_id", "pattern", "A/1", () -> ChildAndFamilyAssessment.purged("A/1"));
        rejected("child_in_need_plan_id", "pattern", "P#1", () -> ChildInNeedPlan.purged("P#1"));
        rejected("section_47_assessment_id", "pattern", "S 1", () -> Section47Assessment.purged("S 1"));
        rejected("child_protection_plan_id", "pattern", "CP.1", () -> ChildProtectionPlan.purged("CP.1"));
        rejected("child_looked_after_placement_id", "pattern", "L:1", () -> ChildLookedAfterPlacement.purged("L:1"));
    }

    /** "factors ... items maxLength 3 ... uniqueItems ... maxItems 41". */
    @Test
    void factorsAreAtMostFortyOneCodesOfThreeCharactersEachOnce() {
        List<String> fortyOne = IntStream.range(0, 41).mapToObj(i -> "F" + i).toList();
        assertEquals(41, ChildAndFamilyAssessment.builder().childAndFamilyAssessmentId("A1").factors(fortyOne).build()
                .factors().size());
        rejected("factors", "maxItems", "F41", () -> ChildAndFamilyAssessment.builder().childAndFamilyAssessmentId("A1")
                .factors(fortyOne).addFactor("F41").build());
        rejected("factors", "at most 3", "18AB", () -> ChildAndFamilyAssessment.builder().childAndFamilyAssessmentId("A1")
                .addFactor("18AB").build());
    }

    /** Placement codes: start reason 1, placement type 3, postcode 8, end reason 3, change reason 6. */
    @Test
    void placementCodesHaveTheirMaximumLengths() {
        assertDoesNotThrow(() -> ChildLookedAfterPlacement.builder().childLookedAfterPlacementId("L1").startReason("S")
                .placementType("K1A").postcode("NR12 3AB").endReason("E3A").changeReason("CHILDX").build());
        rejected("start_reason", "at most 1", "SB", () -> ChildLookedAfterPlacement.builder()
                .childLookedAfterPlacementId("L1").startReason("SB").build());
        rejected("placement_type", "at most 3", "K1AB", () -> ChildLookedAfterPlacement.builder()
                .childLookedAfterPlacementId("L1").placementType("K1AB").build());
        rejected("postcode", "at most 8", "NR12 3ABX", () -> ChildLookedAfterPlacement.builder()
                .childLookedAfterPlacementId("L1").postcode("NR12 3ABX").build());
        rejected("end_reason", "at most 3", "E3AB", () -> ChildLookedAfterPlacement.builder()
                .childLookedAfterPlacementId("L1").endReason("E3AB").build());
        rejected("change_reason", "at most 6", "CHILDXY", () -> ChildLookedAfterPlacement.builder()
                .childLookedAfterPlacementId("L1").changeReason("CHILDXY").build());
    }

    /** Care leavers: "activity ... maxLength 2", "accommodation ... maxLength 1". */
    @Test
    void careLeaverCodesHaveTheirMaximumLengths() {
        assertDoesNotThrow(() -> CareLeavers.builder().activity("F2").accommodation("D").build());
        rejected("activity", "at most 2", "F2X", () -> CareLeavers.builder().activity("F2X").build());
        rejected("accommodation", "at most 1", "B1", () -> CareLeavers.builder().accommodation("B1").build());
    }

    /** "CSC ... maxItems 100". */
    @Test
    void aBatchHoldsAtMostOneHundredChildren() {
        List<CscApiChild> hundred = IntStream.range(0, 100).mapToObj(i -> CscApiChild.builder().laChildId("C" + i).build())
                .toList();
        assertEquals(100, CscApiBatch.of(hundred).size());
        List<CscApiChild> more = new java.util.ArrayList<>(hundred);
        more.add(CscApiChild.builder().laChildId("C100").build());
        rejected("children", "maxItems", "C100", () -> CscApiBatch.of(more));
    }

    /** Lengths are counted in characters as JSON Schema counts them: a character outside the BMP is one. */
    @Test
    void lengthsAreCountedInCodePoints() {
        String eightCharacters = "NR1 \uD83D\uDE00AB1";   // 8 code points, 9 UTF-16 units
        assertEquals(9, eightCharacters.length());
        assertDoesNotThrow(() -> ChildDetails.builder().postcode(eightCharacters).build());
    }
}
