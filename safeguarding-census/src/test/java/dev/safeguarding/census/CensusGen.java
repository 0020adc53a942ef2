package dev.safeguarding.census;

import dev.safeguarding.testing.Gen;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * Generators of arbitrary census values (any item present or absent, any code of any list, dates far
 * apart, text with awkward characters), for the properties of the census types and the XML round trip.
 * Valid returns come from {@code SyntheticCensus}; these are deliberately unconstrained.
 */
public final class CensusGen {

    private CensusGen() {
    }

    static <T> Gen<Optional<T>> maybe(Gen<T> gen) {
        return Gen.optionals(gen);
    }

    /** Dates from 1990 to 2030. */
    public static Gen<LocalDate> dates() {
        return Gen.dates(LocalDate.of(1990, 1, 1), LocalDate.of(2030, 12, 31));
    }

    /** Text as the census may carry it: not blank, no white space at either end, awkward characters inside. */
    public static Gen<String> texts() {
        return Gen.text(1, 24).map(String::strip).filter(s -> !s.isEmpty() && isXmlText(s));
    }

    private static boolean isXmlText(String s) {
        return s.chars().allMatch(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
    }

    public static Gen<CollectionDetails> collectionDetails() {
        return random -> CollectionDetails.builder().collection(maybe(texts()).generate(random))
                .year(maybe(Gen.ints(1990, 2099).map(Year::of)).generate(random))
                .referenceDate(maybe(dates()).generate(random)).build();
    }

    public static Gen<CensusSource> sources() {
        return random -> CensusSource.builder().sourceLevel(maybe(texts()).generate(random))
                .lea(maybe(texts()).generate(random)).softwareCode(maybe(texts()).generate(random))
                .release(maybe(texts()).generate(random)).serialNo(maybe(texts()).generate(random))
                .dateTime(maybe(texts()).generate(random)).build();
    }

    public static Gen<CensusHeader> headers() {
        return random -> CensusHeader.builder().collectionDetails(maybe(collectionDetails()).generate(random))
                .sources(Gen.lists(sources(), 0, 2).generate(random)).build();
    }

    public static Gen<ChildIdentifiers> identifiers() {
        return random -> ChildIdentifiers.builder().laChildId(maybe(texts()).generate(random))
                .upn(maybe(texts()).generate(random)).formerUpn(maybe(texts()).generate(random))
                .upnUnknown(maybe(Gen.enumValues(UpnUnknown.class)).generate(random))
                .personBirthDate(maybe(dates()).generate(random))
                .expectedPersonBirthDate(maybe(dates()).generate(random))
                .genderCurrent(maybe(Gen.enumValues(Gender.class)).generate(random))
                .sex(maybe(Gen.enumValues(Sex.class)).generate(random))
                .personDeathDate(maybe(dates()).generate(random)).build();
    }

    public static Gen<ChildCharacteristics> characteristics() {
        return random -> ChildCharacteristics.builder().ethnicity(maybe(Gen.enumValues(Ethnicity.class)).generate(random))
                .disabilities(Gen.lists(Gen.enumValues(Disability.class), 0, 3).generate(random)).build();
    }

    public static Gen<Assessment> assessments() {
        return random -> Assessment.builder().actualStartDate(maybe(dates()).generate(random))
                .internalReviewDate(maybe(dates()).generate(random))
                .authorisationDate(maybe(dates()).generate(random))
                .factors(Gen.lists(Gen.enumValues(AssessmentFactor.class), 0, 4).generate(random)).build();
    }

    public static Gen<CinPlan> cinPlans() {
        return random -> CinPlan.builder().startDate(maybe(dates()).generate(random))
                .endDate(maybe(dates()).generate(random)).build();
    }

    public static Gen<Section47> section47s() {
        return random -> Section47.builder().actualStartDate(maybe(dates()).generate(random))
                .initialCpcTarget(maybe(dates()).generate(random)).dateOfInitialCpc(maybe(dates()).generate(random))
                .icpcNotRequired(maybe(Gen.booleans()).generate(random)).build();
    }

    public static Gen<ChildProtectionPlan> childProtectionPlans() {
        return random -> {
            List<LocalDate> reviews = Gen.lists(dates(), 0, 3).generate(random);
            return ChildProtectionPlan.builder().startDate(maybe(dates()).generate(random))
                    .endDate(maybe(dates()).generate(random))
                    .initialCategoryOfAbuse(maybe(Gen.enumValues(CategoryOfAbuse.class)).generate(random))
                    .latestCategoryOfAbuse(maybe(Gen.enumValues(CategoryOfAbuse.class)).generate(random))
                    .numberOfPreviousCpp(maybe(Gen.ints(0, 1_000_000)).generate(random))
                    .reviewDates(reviews)
                    .reviewsWithoutDate(reviews.isEmpty() && Gen.booleans().generate(random)).build();
        };
    }

    public static Gen<PreProceedings> preProceedings() {
        return random -> PreProceedings.builder().startDate(maybe(dates()).generate(random))
                .letterBeforeProceedingsSentDate(maybe(dates()).generate(random))
                .fgdmMeetingOffer(maybe(texts()).generate(random))
                .fgdmMeetingFacilitated(maybe(texts()).generate(random))
                .initialMeetingDate(maybe(dates()).generate(random))
                .reviewMeetingsCount(maybe(Gen.ints(0, 99)).generate(random))
                .stepDecisionDate(maybe(dates()).generate(random)).outcome(maybe(texts()).generate(random))
                .courtApplicationDate(maybe(dates()).generate(random))
                .letterInitCpDate(maybe(dates()).generate(random)).build();
    }

    public static Gen<CinDetails> cinDetails() {
        return random -> CinDetails.builder().referralDate(maybe(dates()).generate(random))
                .referralSource(maybe(Gen.enumValues(ReferralSource.class)).generate(random))
                .primaryNeed(maybe(Gen.enumValues(PrimaryNeed.class)).generate(random))
                .closureDate(maybe(dates()).generate(random))
                .reasonForClosure(maybe(Gen.enumValues(ReasonForClosure.class)).generate(random))
                .dateOfInitialCpc(maybe(dates()).generate(random))
                .assessments(Gen.lists(assessments(), 0, 2).generate(random))
                .cinPlans(Gen.lists(cinPlans(), 0, 2).generate(random))
                .section47s(Gen.lists(section47s(), 0, 2).generate(random))
                .referralNfa(maybe(Gen.booleans()).generate(random))
                .childProtectionPlans(Gen.lists(childProtectionPlans(), 0, 2).generate(random))
                .preProceedings(Gen.lists(preProceedings(), 0, 1).generate(random)).build();
    }

    public static Gen<CensusChild> children() {
        return random -> CensusChild.builder().identifiers(maybe(identifiers()).generate(random))
                .characteristics(maybe(characteristics()).generate(random))
                .cinDetails(Gen.lists(cinDetails(), 0, 3).generate(random)).build();
    }

    public static Gen<CensusMessage> messages() {
        return random -> CensusMessage.builder().header(maybe(headers()).generate(random))
                .children(Gen.lists(children(), 0, 4).generate(random)).build();
    }

    /** Every list of the census, for properties over all codes. */
    public static List<Class<? extends CensusCode>> codeLists() {
        return List.of(ReferralSource.class, PrimaryNeed.class, ReasonForClosure.class, CategoryOfAbuse.class,
                Disability.class, Ethnicity.class, Gender.class, Sex.class, UpnUnknown.class, AssessmentFactor.class);
    }
}
