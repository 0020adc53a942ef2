package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.roundTripsExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.cscapi.ChildDetails;
import dev.safeguarding.census.cscapi.CscApi;
import dev.safeguarding.census.cscapi.CscApiBatch;
import dev.safeguarding.census.cscapi.CscApiChild;
import dev.safeguarding.census.cscapi.SocialCareEpisode;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The DfE CSC API payload's JSON: the OpenAPI's snake_case names, the request body as an array, purge records
 * exactly as Data to Insight's client sends them, exact round trips, and the OpenAPI's rules enforced when a
 * document is read, at the pointer of the bad value.
 */
class CscApiJsonTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();

    @Test
    void payloadValuesRoundTripExactly() {
        roundTripsExactly(CscApiGen.batches(), CscApiBatch.class);
        roundTripsExactly(CscApiGen.children(), CscApiChild.class);
    }

    @Test
    void batchesFromSyntheticCensusFilesRoundTripExactly() {
        for (CollectionYear year : CollectionYear.values()) {
            CscApi.batches(SyntheticCensus.of(year.ordinal() + 20, year).children(230)).forEach(batch -> {
                String text = JSON.write(batch);
                assertEquals(batch, JSON.read(text, CscApiBatch.class));
                assertEquals(text, JSON.write(JSON.read(text, CscApiBatch.class)));
            });
        }
    }

    @Test
    void aBatchIsWrittenToAStreamAsTheSameUtf8Text() {
        CscApiBatch batch = CscApi.batches(SyntheticCensus.of(9, CollectionYear.CIN_2025_26).message(30)).get(0);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        JSON.write(batch, out);
        assertEquals(JSON.write(batch), out.toString(java.nio.charset.StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream awkward = new java.io.ByteArrayOutputStream();
        CscApiChild named = CscApiChild.builder().laChildId("C1").childDetails(ChildDetails.builder().firstName("Zoë \uD83D\uDE00")
                .build()).build();
        JSON.write(named, awkward);
        assertEquals(named, JSON.read(awkward.toString(java.nio.charset.StandardCharsets.UTF_8), CscApiChild.class));
    }

    /** S5: "deletions send {"la_child_id", "mis_child_id", "purge": true}". */
    @Test
    void aPurgeRecordIsWrittenAsItsIdentifiersAndTheFlagOnly() {
        CscApiBatch batch = CscApiBatch.of(List.of(CscApiChild.purgeRecord("SYN0000001", Optional.of("mis-1")),
                CscApiChild.purgeRecord("SYN0000002", Optional.empty())));

        assertEquals("[{\"la_child_id\":\"SYN0000001\",\"mis_child_id\":\"mis-1\",\"purge\":true},"
                + "{\"la_child_id\":\"SYN0000002\",\"purge\":true}]", JSON.write(batch));
    }

    @Test
    void blockPurgeFlagsAreWrittenInTheirBlocks() {
        CscApiChild child = CscApiChild.builder().laChildId("C1").childDetails(ChildDetails.purged())
                .addSocialCareEpisode(SocialCareEpisode.purged("C1-E1")).build();

        assertEquals("{\"la_child_id\":\"C1\",\"child_details\":{\"purge\":true},"
                + "\"social_care_episodes\":[{\"social_care_episode_id\":\"C1-E1\",\"purge\":true}]}", JSON.write(child));
    }

    @Test
    void anEmptyBatchIsAnEmptyArrayAndCarriesNoFormatVersion() {
        assertEquals("[]", JSON.write(CscApiBatch.of(List.of())));
        String text = JSON.withFormatVersion().write(CscApiBatch.of(List.of(CscApiChild.builder().laChildId("C1").build())));
        assertEquals("[{\"la_child_id\":\"C1\"}]", text, "an array has nowhere to carry the version, and no child may");
    }

    @Test
    void aMappedCensusChildIsWrittenWithTheOpenApisNames() {
        CscApiChild child = CscApi.from(SyntheticCensus.of(5, CollectionYear.CIN_2025_26).child(1));
        String text = JSON.write(child);

        assertTrue(text.startsWith("{\"la_child_id\":\"SYN0000001\",\"child_details\":{"), text);
        assertTrue(text.contains("\"social_care_episodes\":[{\"social_care_episode_id\":\"SYN0000001-E1\",\"referral_date\":"),
                text);
        assertFalse(text.contains("null"), "the OpenAPI states no nullable: absent values are left out");
        assertFalse(text.contains("[]"), "lists the census has nothing for are left out");
        assertFalse(text.contains("\"purge\":false"));
    }

    @Test
    void aRequestBodyOfMoreThanOneHundredChildrenIsRefusedAtTheHundredAndFirst() {
        String hundredAndOne = IntStream.range(0, 101).mapToObj(i -> "{\"la_child_id\":\"C" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        failsAt("/100", "at most 100 children (OpenAPI maxItems)", hundredAndOne, CscApiBatch.class);
        String hundred = hundredAndOne.replace(",{\"la_child_id\":\"C100\"}", "");
        assertEquals(100, JSON.read(hundred, CscApiBatch.class).size());
    }

    @Test
    void theOpenApisRulesAreEnforcedWhenReadingAtThePointerOfTheBadValue() {
        SafeguardingJsonException e = failsAt("/0/la_child_id", "must match ^[A-Za-z0-9]+$",
                "[{\"la_child_id\":\"Zebedee Quartermain\"}]", CscApiBatch.class);
        Docs.neverShows("Zebedee", e);
        failsAt("/0/child_details/postcode", "at most 8 characters", "[{\"la_child_id\":\"C1\","
                + "\"child_details\":{\"postcode\":\"NR12 3ABCD\"}}]", CscApiBatch.class);
        failsAt("/social_care_episodes/0/child_and_family_assessments/0/factors", "at most 3 characters",
                "{\"la_child_id\":\"C1\",\"social_care_episodes\":[{\"social_care_episode_id\":\"E1\","
                        + "\"child_and_family_assessments\":[{\"child_and_family_assessment_id\":\"A1\",\"factors\":[\"18AB\"]}]}]}",
                CscApiChild.class);
        failsAt("/child_details/disabilities/1", "appears more than once", "{\"la_child_id\":\"C1\","
                + "\"child_details\":{\"disabilities\":[\"VIS\",\"VIS\"]}}", CscApiChild.class);
        failsAt("/social_care_episodes/0/social_care_episode_id", "required, but missing",
                "{\"la_child_id\":\"C1\",\"social_care_episodes\":[{}]}", CscApiChild.class);
        failsAt("/0", "expected an object", "[\"C1\"]", CscApiBatch.class);
        failsAt("", "expected an array", "{\"la_child_id\":\"C1\"}", CscApiBatch.class);
    }

    @Test
    void personalDetailsNeverAppearInAReadError() {
        List<String> secrets = new ArrayList<>(List.of("Zebedee", "Quartermain", "NR99 9ZZ"));
        String text = "{\"la_child_id\":\"C1\",\"child_details\":{\"first_name\":\"Zebedee\",\"surname\":\"Quartermain\","
                + "\"postcode\":\"NR99 9ZZ\",\"unique_pupil_number\":\"Zebedee\"}}";
        SafeguardingJsonException e = failsAt("/child_details/unique_pupil_number", "exactly 13 characters", text,
                CscApiChild.class);
        secrets.forEach(secret -> Docs.neverShows(secret, e));
    }
}
