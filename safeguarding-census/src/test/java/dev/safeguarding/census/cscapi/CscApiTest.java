package dev.safeguarding.census.cscapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CategoryOfAbuse;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Ethnicity;
import dev.safeguarding.census.Gender;
import dev.safeguarding.census.PrimaryNeed;
import dev.safeguarding.census.ReasonForClosure;
import dev.safeguarding.census.ReferralSource;
import dev.safeguarding.census.Section47;
import dev.safeguarding.census.Sex;
import dev.safeguarding.census.UpnUnknown;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Census children as DfE CSC API records, cut lazily into batches of at most 100, and the purge records. */
class CscApiTest {

    private static final LocalDate BORN = LocalDate.of(2015, 6, 1);

    private static CensusChild child() {
        return CensusChild.builder()
                .identifiers(ChildIdentifiers.builder().laChildId("SYN0000001").upn("A926000000012")
                        .formerUpn("B92600000001X").personBirthDate(BORN).sex(Sex.FEMALE).build())
                .characteristics(ChildCharacteristics.builder().ethnicity(Ethnicity.WHITE_BRITISH)
                        .addDisability(Disability.HAND_FUNCTION).addDisability(Disability.VISION).addDisability(Disability.HAND_FUNCTION).build())
                .addCinDetail(CinDetails.builder()
                        .referralDate(LocalDate.of(2025, 4, 7)).referralSource(ReferralSource.POLICE)
                        .primaryNeed(PrimaryNeed.ABUSE_OR_NEGLECT).referralNfa(false)
                        .closureDate(LocalDate.of(2026, 2, 1)).reasonForClosure(ReasonForClosure.SERVICES_CEASED)
                        .dateOfInitialCpc(LocalDate.of(2025, 5, 1))
                        .addAssessment(Assessment.builder().actualStartDate(LocalDate.of(2025, 4, 8))
                                .authorisationDate(LocalDate.of(2025, 5, 20))
                                .addFactor(AssessmentFactor.DOMESTIC_VIOLENCE_CHILD).addFactor(AssessmentFactor.MENTAL_HEALTH_PARENT)
                                .addFactor(AssessmentFactor.DOMESTIC_VIOLENCE_CHILD).build())
                        .addAssessment(Assessment.builder().actualStartDate(LocalDate.of(2025, 9, 1)).build())
                        .addCinPlan(CinPlan.of(LocalDate.of(2025, 6, 1), Optional.of(LocalDate.of(2025, 12, 1))))
                        .addSection47(Section47.builder().actualStartDate(LocalDate.of(2025, 4, 9))
                                .initialCpcTarget(LocalDate.of(2025, 4, 30)).dateOfInitialCpc(LocalDate.of(2025, 4, 29))
                                .icpcNotRequired(false).build())
                        .addSection47(Section47.builder().actualStartDate(LocalDate.of(2025, 10, 1))
                                .icpcNotRequired(true).build())
                        .addChildProtectionPlan(dev.safeguarding.census.ChildProtectionPlan.builder()
                                .startDate(LocalDate.of(2025, 4, 29)).endDate(LocalDate.of(2025, 11, 1))
                                .initialCategoryOfAbuse(CategoryOfAbuse.NEGLECT).latestCategoryOfAbuse(CategoryOfAbuse.NEGLECT)
                                .numberOfPreviousCpp(0).addReviewDate(LocalDate.of(2025, 7, 1)).build())
                        .build())
                .addCinDetail(CinDetails.builder().referralDate(LocalDate.of(2026, 3, 1))
                        .referralSource(ReferralSource.SCHOOLS).referralNfa(true).build())
                .build();
    }

    @Test
    void theChildsIdentifiersAndCharacteristicsLandInChildDetails() {
        CscApiChild record = CscApi.from(child());

        assertEquals("SYN0000001", record.laChildId());
        assertEquals(Optional.empty(), record.misChildId());
        assertFalse(record.purge());
        ChildDetails details = record.childDetails().orElseThrow();
        assertEquals(Optional.of("A926000000012"), details.uniquePupilNumber());
        assertEquals(Optional.of("B92600000001X"), details.formerUniquePupilNumber());
        assertEquals(Optional.of(BORN), details.dateOfBirth());
        assertEquals(Optional.empty(), details.expectedDateOfBirth());
        assertEquals(Optional.of("F"), details.sex());
        assertEquals(Optional.of("WBRI"), details.ethnicity());
        assertEquals(List.of("HAND", "VIS"), List.copyOf(details.disabilities()), "each code once, in order");
        assertEquals(Optional.empty(), details.firstName(), "the census holds no names");
        assertEquals(Optional.empty(), details.surname());
        assertEquals(Optional.empty(), details.postcode());
        assertEquals(Optional.empty(), details.uascFlag());
        assertEquals(Optional.empty(), record.healthAndWellbeing(), "the census holds no SDQ scores");
    }

    @Test
    void anUnbornChildsExpectedDateAndUpnUnknownReasonAreSent() {
        CensusChild unborn = CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("U1")
                .expectedPersonBirthDate(BORN).upnUnknown(UpnUnknown.UN1).sex(Sex.UNKNOWN).build()).build();

        ChildDetails details = CscApi.from(unborn).childDetails().orElseThrow();

        assertEquals(Optional.of(BORN), details.expectedDateOfBirth());
        assertEquals(Optional.empty(), details.dateOfBirth());
        assertEquals(Optional.of("UN1"), details.uniquePupilNumberUnknownReason());
        assertEquals(Optional.of("U"), details.sex());
    }

    @Test
    void genderCurrentIsNotTranslatedIntoSex() {
        CensusChild before2024 = CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("G1")
                .genderCurrent(Gender.values()[0]).build()).build();

        assertEquals(Optional.empty(), CscApi.from(before2024).childDetails().orElseThrow().sex());
    }

    @Test
    void eachEpisodeBecomesASocialCareEpisodeWithItsReferralAndClosure() {
        List<SocialCareEpisode> episodes = CscApi.from(child()).socialCareEpisodes();

        assertEquals(2, episodes.size());
        SocialCareEpisode first = episodes.get(0);
        assertEquals("SYN0000001-E1", first.socialCareEpisodeId());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 7)), first.referralDate());
        assertEquals(Optional.of("6"), first.referralSource());
        assertEquals(Optional.of(false), first.referralNoFurtherActionFlag());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), first.closureDate());
        assertEquals(Optional.of("RC7"), first.closureReason());
        assertTrue(first.careWorkerDetails().isEmpty(), "the census names no workers");
        assertTrue(first.childLookedAfterPlacements().isEmpty());
        assertEquals(Optional.empty(), first.adoption());
        assertEquals(Optional.empty(), first.careLeavers());
        SocialCareEpisode second = episodes.get(1);
        assertEquals("SYN0000001-E2", second.socialCareEpisodeId());
        assertEquals(Optional.of("2A"), second.referralSource());
        assertEquals(Optional.of(true), second.referralNoFurtherActionFlag());
        assertEquals(Optional.empty(), second.closureDate());
    }

    @Test
    void assessmentsPlansEnquiriesAndProtectionPlansLandInTheirLists() {
        SocialCareEpisode episode = CscApi.from(child()).socialCareEpisodes().get(0);

        ChildAndFamilyAssessment assessment = episode.childAndFamilyAssessments().get(0);
        assertEquals("SYN0000001-E1-A1", assessment.childAndFamilyAssessmentId());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 8)), assessment.startDate());
        assertEquals(Optional.of(LocalDate.of(2025, 5, 20)), assessment.authorisationDate());
        assertEquals(List.of("3A", "4B"), List.copyOf(assessment.factors()), "each code once, in order");
        ChildAndFamilyAssessment open = episode.childAndFamilyAssessments().get(1);
        assertEquals("SYN0000001-E1-A2", open.childAndFamilyAssessmentId());
        assertEquals(Optional.empty(), open.authorisationDate());
        assertTrue(open.factors().isEmpty());

        ChildInNeedPlan plan = episode.childInNeedPlans().get(0);
        assertEquals("SYN0000001-E1-P1", plan.childInNeedPlanId());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 1)), plan.startDate());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 1)), plan.endDate());

        Section47Assessment enquiry = episode.section47Assessments().get(0);
        assertEquals("SYN0000001-E1-S1", enquiry.section47AssessmentId());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 9)), enquiry.startDate());
        assertEquals(Optional.of(true), enquiry.icpcRequiredFlag(), "ICPCnotRequired false: a conference was required");
        assertEquals(Optional.of(LocalDate.of(2025, 4, 29)), enquiry.icpcDate());
        assertEquals(Optional.empty(), enquiry.endDate(), "the census has no end date for an enquiry");
        Section47Assessment noConference = episode.section47Assessments().get(1);
        assertEquals(Optional.of(false), noConference.icpcRequiredFlag());
        assertEquals(Optional.empty(), noConference.icpcDate());

        ChildProtectionPlan cpPlan = episode.childProtectionPlans().get(0);
        assertEquals("SYN0000001-E1-CP1", cpPlan.childProtectionPlanId());
        assertEquals(Optional.of(LocalDate.of(2025, 4, 29)), cpPlan.startDate());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 1)), cpPlan.endDate());
    }

    @Test
    void aChildWithoutAnLaChildIdCannotBeSent() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CscApi.from(CensusChild.builder().build()));
        assertEquals("la_child_id", e.field());
    }

    /** Census rules 1570/1580 report an LAchildID that the API would refuse; mapping it names the field, not the value. */
    @Test
    void aChildWhoseIdentifierBreaksTheApisPatternIsRefusedNamingTheField() {
        CensusChild child = CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId("Ann_Smith_1").build())
                .build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CscApi.from(child));
        assertEquals("la_child_id", e.field());
        assertFalse(e.getMessage().contains("Ann"));
    }

    @ParameterizedTest
    @CsvSource({"0, ''", "1, 1", "99, 99", "100, 100", "101, 100 1", "250, 100 100 50", "300, 100 100 100"})
    void childrenAreCutIntoBatchesOfAtMostOneHundred(int children, String sizes) {
        SyntheticCensus census = SyntheticCensus.of(7, CollectionYear.CIN_2025_26);
        List<Integer> expected = sizes.isEmpty() ? List.of() : Stream.of(sizes.split(" ")).map(Integer::valueOf).toList();

        List<CscApiBatch> batches = new ArrayList<>();
        CscApi.batches(census.children(children).iterator()).forEachRemaining(batches::add);

        assertEquals(expected, batches.stream().map(CscApiBatch::size).toList());
        assertEquals(expected, CscApi.batches(census.children(children)).map(CscApiBatch::size).toList());
        assertEquals(expected, CscApi.batches(census.message(children)).stream().map(CscApiBatch::size).toList());
        List<String> ids = batches.stream().flatMap(b -> b.children().stream()).map(CscApiChild::laChildId).toList();
        assertEquals(census.children(children).map(c -> c.laChildId().orElseThrow()).toList(), ids, "in file order");
    }

    @Test
    void batchesAreMadeOnlyWhenAskedFor() {
        AtomicInteger read = new AtomicInteger();
        SyntheticCensus census = SyntheticCensus.of(11, CollectionYear.CIN_2025_26);
        Iterator<CensusChild> endless = IntStream.iterate(0, i -> i + 1).mapToObj(i -> {
            read.incrementAndGet();
            return census.child(i + 1);
        }).iterator();

        Iterator<CscApiBatch> batches = CscApi.batches(endless);
        assertEquals(0, read.get());
        assertEquals(100, batches.next().size());
        assertEquals(100, batches.next().size());
        assertEquals(200, read.get(), "two batches read two hundred children of an endless stream, no more");
    }

    @Test
    void closingTheStreamOfBatchesClosesTheChildren() {
        AtomicInteger closed = new AtomicInteger();
        Stream<CensusChild> children = SyntheticCensus.of(3, CollectionYear.CIN_2025_26).children(5)
                .onClose(closed::incrementAndGet);
        try (Stream<CscApiBatch> batches = CscApi.batches(children)) {
            assertEquals(1, batches.count());
        }
        assertEquals(1, closed.get());
    }

    /** S5: "deletions send {"la_child_id", "mis_child_id", "purge": true}". */
    @Test
    void aPurgeRecordCarriesTheIdentifiersAndTheFlagOnly() {
        CscApiChild purge = CscApiChild.purgeRecord("SYN0000001", Optional.of("mis-1"));

        assertTrue(purge.purge());
        assertEquals("SYN0000001", purge.laChildId());
        assertEquals(Optional.of("mis-1"), purge.misChildId());
        assertEquals(Optional.empty(), purge.childDetails());
        assertTrue(purge.socialCareEpisodes().isEmpty());
        List<CscApiBatch> batches = new ArrayList<>();
        CscApi.inBatches(IntStream.range(0, 150).mapToObj(i -> CscApiChild.purgeRecord("C" + i, Optional.empty()))
                .iterator()).forEachRemaining(batches::add);
        assertEquals(List.of(100, 50), batches.stream().map(CscApiBatch::size).toList());
    }

    /** The OpenAPI's block-level purge flags: each removes its block only, and is false unless set. */
    @Test
    void blockPurgeRecordsSetOnlyTheirOwnFlag() {
        assertTrue(ChildDetails.purged().purge());
        assertTrue(HealthAndWellbeing.purged().purge());
        assertTrue(Adoption.purged().purge());
        assertTrue(CareLeavers.purged().purge());
        assertEquals("E1", SocialCareEpisode.purged("E1").socialCareEpisodeId());
        assertTrue(SocialCareEpisode.purged("E1").purge());
        assertTrue(ChildAndFamilyAssessment.purged("A1").purge());
        assertTrue(ChildInNeedPlan.purged("P1").purge());
        assertTrue(Section47Assessment.purged("S1").purge());
        assertTrue(ChildProtectionPlan.purged("CP1").purge());
        assertTrue(ChildLookedAfterPlacement.purged("L1").purge());
        CscApiChild mapped = CscApi.from(child());
        assertFalse(mapped.purge());
        assertFalse(mapped.childDetails().orElseThrow().purge());
        assertTrue(mapped.socialCareEpisodes().stream().noneMatch(SocialCareEpisode::purge));
    }

    /** Names, dates of birth, UPNs and postcodes never appear in toString(). */
    @Test
    void toStringNeverShowsPersonalDetails() {
        Gen<String> secretText = Gen.ints(0, 1_000_000).map(i -> "Zq" + i);
        Property.forAll(200, random -> random, random -> {
            String firstName = secretText.generate(random);
            String surname = secretText.generate(random);
            String postcode = "P" + random.nextInt(1_000_000);
            LocalDate born = LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String upn = "K" + String.format("%012d", random.nextLong(1_000_000_000_000L));
            ChildDetails details = ChildDetails.builder().firstName(firstName).surname(surname).postcode(postcode)
                    .dateOfBirth(born).expectedDateOfBirth(born.plusDays(1)).uniquePupilNumber(upn)
                    .formerUniquePupilNumber(upn).uascEndDate(born.plusDays(2)).build();
            ChildLookedAfterPlacement placement = ChildLookedAfterPlacement.builder().childLookedAfterPlacementId("L1")
                    .postcode(postcode).startDate(born).build();
            SdqAssessment sdq = SdqAssessment.builder().date(born).score(31_337).build();
            CscApiChild child = CscApiChild.builder().laChildId("C1").childDetails(details)
                    .healthAndWellbeing(HealthAndWellbeing.builder().addSdqAssessment(sdq).build())
                    .addSocialCareEpisode(SocialCareEpisode.builder().socialCareEpisodeId("E1").referralDate(born)
                            .addChildLookedAfterPlacement(placement).build())
                    .build();
            for (Object value : List.of(details, placement, sdq, child, child.socialCareEpisodes().get(0),
                    child.healthAndWellbeing().orElseThrow(), CscApiBatch.of(List.of(child)))) {
                String text = value.toString();
                for (String secret : List.of(firstName, surname, postcode, born.toString(), born.plusDays(1).toString(),
                        born.plusDays(2).toString(), upn, "31337")) {
                    assertFalse(text.contains(secret), () -> value.getClass().getSimpleName() + " shows personal data");
                }
            }
        });
    }

    /** Every child of synthetic returns of every year maps to a record the API accepts. */
    @Test
    void everySyntheticChildOfEveryYearMaps() {
        for (CollectionYear year : CollectionYear.values()) {
            SyntheticCensus census = SyntheticCensus.of(year.ordinal() + 1, year);
            census.children(300).forEach(child -> {
                CscApiChild record = CscApi.from(child);
                assertEquals(child.cinDetails().size(), record.socialCareEpisodes().size());
            });
        }
    }
}
