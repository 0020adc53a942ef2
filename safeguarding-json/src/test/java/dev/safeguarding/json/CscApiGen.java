package dev.safeguarding.json;

import dev.safeguarding.census.cscapi.Adoption;
import dev.safeguarding.census.cscapi.CareLeavers;
import dev.safeguarding.census.cscapi.CareWorkerDetails;
import dev.safeguarding.census.cscapi.ChildAndFamilyAssessment;
import dev.safeguarding.census.cscapi.ChildDetails;
import dev.safeguarding.census.cscapi.ChildInNeedPlan;
import dev.safeguarding.census.cscapi.ChildLookedAfterPlacement;
import dev.safeguarding.census.cscapi.ChildProtectionPlan;
import dev.safeguarding.census.cscapi.CscApiBatch;
import dev.safeguarding.census.cscapi.CscApiChild;
import dev.safeguarding.census.cscapi.HealthAndWellbeing;
import dev.safeguarding.census.cscapi.SdqAssessment;
import dev.safeguarding.census.cscapi.Section47Assessment;
import dev.safeguarding.census.cscapi.SocialCareEpisode;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Generators;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generators of arbitrary DfE CSC API payload values: every item present or absent, every text up to the
 * OpenAPI's longest (awkward characters in the free text), identifiers of every allowed character, purge
 * flags set and not, lists up to their {@code maxItems}. The payload types are the census module's, which
 * the model's {@link Generators} do not cover; {@link #of(Class)} looks in both.
 */
final class CscApiGen {

    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ID = ALNUM + "_-";

    private CscApiGen() {
    }

    /** A generator of {@code type}: the model's ({@link Generators#of}) or, for a payload type, this class's. */
    @SuppressWarnings("unchecked")
    static <T> Optional<Gen<T>> of(Class<T> type) {
        Optional<Gen<T>> model = Generators.of(type);
        return model.isPresent() ? model : Optional.ofNullable((Gen<T>) BY_TYPE.get(type));
    }

    private static final Map<Class<?>, Gen<?>> BY_TYPE = Map.ofEntries(
            Map.entry(CscApiBatch.class, batches()), Map.entry(CscApiChild.class, children()),
            Map.entry(ChildDetails.class, childDetails()), Map.entry(HealthAndWellbeing.class, healthAndWellbeing()),
            Map.entry(SdqAssessment.class, sdqAssessments()), Map.entry(SocialCareEpisode.class, episodes()),
            Map.entry(CareWorkerDetails.class, careWorkers()), Map.entry(ChildAndFamilyAssessment.class, assessments()),
            Map.entry(ChildInNeedPlan.class, cinPlans()), Map.entry(Section47Assessment.class, section47s()),
            Map.entry(ChildProtectionPlan.class, cpPlans()), Map.entry(ChildLookedAfterPlacement.class, placements()),
            Map.entry(Adoption.class, adoptions()), Map.entry(CareLeavers.class, careLeavers()));

    private static <T> Gen<Optional<T>> maybe(Gen<T> gen) {
        return Gen.optionals(gen);
    }

    /** Text of {@code min} to {@code max} characters drawn from {@code alphabet}. */
    static Gen<String> chars(String alphabet, int min, int max) {
        return random -> {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        };
    }

    /** Codes of at most {@code max} characters, sometimes the longest. */
    static Gen<String> codes(int max) {
        return chars(ALNUM, 1, max);
    }

    /** Free text of at most {@code max} characters, awkward ones included. */
    static Gen<String> texts(int max) {
        return Gen.text(1, max);
    }

    static Gen<String> ids(int max) {
        return chars(ID, 0, max);
    }

    static Gen<LocalDate> dates() {
        return Gen.dates(LocalDate.of(1990, 1, 1), LocalDate.of(2030, 12, 31));
    }

    static Gen<Boolean> purges() {
        return random -> random.nextInt(4) == 0;
    }

    static Gen<Set<String>> codeSets(int maxItems, int max) {
        return random -> {
            Set<String> codes = new LinkedHashSet<>();
            int count = random.nextInt(4) == 0 ? maxItems : random.nextInt(4);
            while (codes.size() < count) {
                codes.add(codes(max).generate(random));
            }
            return codes;
        };
    }

    static Gen<CscApiBatch> batches() {
        return random -> CscApiBatch.of(Gen.lists(children(), 0, random.nextInt(10) == 0 ? 100 : 4).generate(random));
    }

    static Gen<CscApiChild> children() {
        return random -> random.nextInt(8) == 0
                ? CscApiChild.purgeRecord(chars(ALNUM, 1, 20).generate(random), maybe(ids(36)).generate(random))
                : CscApiChild.builder().laChildId(chars(ALNUM, 1, 20).generate(random))
                        .misChildId(maybe(ids(36)).generate(random)).purge(purges().generate(random))
                        .childDetails(maybe(childDetails()).generate(random))
                        .healthAndWellbeing(maybe(healthAndWellbeing()).generate(random))
                        .socialCareEpisodes(Gen.lists(episodes(), 0, 3).generate(random)).build();
    }

    static Gen<ChildDetails> childDetails() {
        return random -> ChildDetails.builder()
                .uniquePupilNumber(maybe(Gen.text(13, 13)).generate(random))
                .formerUniquePupilNumber(maybe(chars(ALNUM, 13, 13)).generate(random))
                .uniquePupilNumberUnknownReason(maybe(codes(4)).generate(random))
                .firstName(maybe(texts(40)).generate(random)).surname(maybe(texts(40)).generate(random))
                .dateOfBirth(maybe(dates()).generate(random)).expectedDateOfBirth(maybe(dates()).generate(random))
                .sex(maybe(codes(1)).generate(random)).ethnicity(maybe(codes(4)).generate(random))
                .disabilities(codeSets(12, 4).generate(random)).postcode(maybe(texts(8)).generate(random))
                .uascFlag(maybe(Gen.booleans()).generate(random)).uascEndDate(maybe(dates()).generate(random))
                .purge(purges().generate(random)).build();
    }

    static Gen<HealthAndWellbeing> healthAndWellbeing() {
        return random -> HealthAndWellbeing.builder().sdqAssessments(Gen.lists(sdqAssessments(), 0, 3).generate(random))
                .purge(purges().generate(random)).build();
    }

    static Gen<SdqAssessment> sdqAssessments() {
        return random -> SdqAssessment.builder().date(maybe(dates()).generate(random))
                .score(maybe(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE)).generate(random)).build();
    }

    static Gen<SocialCareEpisode> episodes() {
        return random -> SocialCareEpisode.builder().socialCareEpisodeId(ids(36).generate(random))
                .referralDate(maybe(dates()).generate(random)).referralSource(maybe(codes(2)).generate(random))
                .referralNoFurtherActionFlag(maybe(Gen.booleans()).generate(random))
                .closureDate(maybe(dates()).generate(random)).closureReason(maybe(codes(3)).generate(random))
                .careWorkerDetails(Gen.lists(careWorkers(), 0, 2).generate(random))
                .childAndFamilyAssessments(Gen.lists(assessments(), 0, 2).generate(random))
                .childInNeedPlans(Gen.lists(cinPlans(), 0, 2).generate(random))
                .section47Assessments(Gen.lists(section47s(), 0, 2).generate(random))
                .childProtectionPlans(Gen.lists(cpPlans(), 0, 2).generate(random))
                .childLookedAfterPlacements(Gen.lists(placements(), 0, 2).generate(random))
                .adoption(maybe(adoptions()).generate(random)).careLeavers(maybe(careLeavers()).generate(random))
                .purge(purges().generate(random)).build();
    }

    static Gen<CareWorkerDetails> careWorkers() {
        return random -> CareWorkerDetails.builder().workerId(maybe(ids(12)).generate(random))
                .startDate(maybe(dates()).generate(random)).endDate(maybe(dates()).generate(random)).build();
    }

    static Gen<ChildAndFamilyAssessment> assessments() {
        return random -> ChildAndFamilyAssessment.builder().childAndFamilyAssessmentId(ids(36).generate(random))
                .startDate(maybe(dates()).generate(random)).authorisationDate(maybe(dates()).generate(random))
                .factors(codeSets(41, 3).generate(random)).purge(purges().generate(random)).build();
    }

    static Gen<ChildInNeedPlan> cinPlans() {
        return random -> ChildInNeedPlan.builder().childInNeedPlanId(ids(36).generate(random))
                .startDate(maybe(dates()).generate(random)).endDate(maybe(dates()).generate(random))
                .purge(purges().generate(random)).build();
    }

    static Gen<Section47Assessment> section47s() {
        return random -> Section47Assessment.builder().section47AssessmentId(ids(36).generate(random))
                .startDate(maybe(dates()).generate(random)).icpcRequiredFlag(maybe(Gen.booleans()).generate(random))
                .icpcDate(maybe(dates()).generate(random)).endDate(maybe(dates()).generate(random))
                .purge(purges().generate(random)).build();
    }

    static Gen<ChildProtectionPlan> cpPlans() {
        return random -> ChildProtectionPlan.builder().childProtectionPlanId(ids(36).generate(random))
                .startDate(maybe(dates()).generate(random)).endDate(maybe(dates()).generate(random))
                .purge(purges().generate(random)).build();
    }

    static Gen<ChildLookedAfterPlacement> placements() {
        return random -> ChildLookedAfterPlacement.builder()
                .childLookedAfterPlacementId(ids(36).generate(random)).startDate(maybe(dates()).generate(random))
                .startReason(maybe(codes(1)).generate(random)).placementType(maybe(codes(3)).generate(random))
                .postcode(maybe(texts(8)).generate(random)).endDate(maybe(dates()).generate(random))
                .endReason(maybe(codes(3)).generate(random)).changeReason(maybe(codes(6)).generate(random))
                .purge(purges().generate(random)).build();
    }

    static Gen<Adoption> adoptions() {
        return random -> Adoption.builder().initialDecisionDate(maybe(dates()).generate(random))
                .matchedDate(maybe(dates()).generate(random)).placedDate(maybe(dates()).generate(random))
                .purge(purges().generate(random)).build();
    }

    static Gen<CareLeavers> careLeavers() {
        return random -> CareLeavers.builder().contactDate(maybe(dates()).generate(random))
                .activity(maybe(codes(2)).generate(random)).accommodation(maybe(codes(1)).generate(random))
                .purge(purges().generate(random)).build();
    }

    /** The payload types, for tests that cover each. */
    static List<Class<?>> types() {
        return List.copyOf(BY_TYPE.keySet());
    }

    /**
     * A child with every item of the payload present at the OpenAPI's limits: each text at its
     * {@code maxLength} (the UPNs at their exact 13), each list at its {@code maxItems}, every purge flag set.
     */
    static CscApiChild maximal(int n) {
        String laChildId = ("M" + n + "Z".repeat(20)).substring(0, 20);
        String id36 = ("id_" + n + "-".repeat(36)).substring(0, 36);
        LocalDate day = LocalDate.of(2025, 4, 1).plusDays(n % 300);
        Set<String> disabilities = new LinkedHashSet<>();
        for (int i = 0; i < 12; i++) {
            disabilities.add(String.format("D%03d", i));
        }
        Set<String> factors = new LinkedHashSet<>();
        for (int i = 0; i < 41; i++) {
            factors.add(String.format("%02dA", i));
        }
        SocialCareEpisode episode = SocialCareEpisode.builder().socialCareEpisodeId(id36).referralDate(day)
                .referralSource("10").referralNoFurtherActionFlag(true).closureDate(day.plusDays(60)).closureReason("RC9")
                .addCareWorkerDetail(CareWorkerDetails.builder().workerId("SW_123456789").startDate(day)
                        .endDate(day.plusDays(9)).build())
                .addChildAndFamilyAssessment(ChildAndFamilyAssessment.builder().childAndFamilyAssessmentId(id36)
                        .startDate(day).authorisationDate(day.plusDays(44)).factors(factors).purge(true).build())
                .addChildInNeedPlan(ChildInNeedPlan.builder().childInNeedPlanId(id36).startDate(day).endDate(day.plusDays(5))
                        .purge(true).build())
                .addSection47Assessment(Section47Assessment.builder().section47AssessmentId(id36).startDate(day)
                        .icpcRequiredFlag(true).icpcDate(day.plusDays(14)).endDate(day.plusDays(15)).purge(true).build())
                .addChildProtectionPlan(ChildProtectionPlan.builder().childProtectionPlanId(id36).startDate(day)
                        .endDate(day.plusDays(30)).purge(true).build())
                .addChildLookedAfterPlacement(ChildLookedAfterPlacement.builder().childLookedAfterPlacementId(id36)
                        .startDate(day).startReason("S").placementType("K1A").postcode("NR12 3AB").endDate(day.plusDays(3))
                        .endReason("E3A").changeReason("CHILDX").purge(true).build())
                .adoption(Adoption.builder().initialDecisionDate(day).matchedDate(day).placedDate(day).purge(true).build())
                .careLeavers(CareLeavers.builder().contactDate(day).activity("F2").accommodation("D").purge(true).build())
                .purge(true).build();
        return CscApiChild.builder().laChildId(laChildId).misChildId(id36).purge(true)
                .childDetails(ChildDetails.builder().uniquePupilNumber("A926000000012").formerUniquePupilNumber("B92600000001X")
                        .uniquePupilNumberUnknownReason("UN10").firstName("Zebedee Ann-Marie").surname("Quartermain-O'Neill")
                        .dateOfBirth(day.minusYears(9)).expectedDateOfBirth(day.plusDays(100)).sex("U").ethnicity("WBRI")
                        .disabilities(disabilities).postcode("NR12 3AB").uascFlag(true).uascEndDate(day).purge(true).build())
                .healthAndWellbeing(HealthAndWellbeing.builder().addSdqAssessment(SdqAssessment.builder().date(day).score(40)
                        .build()).purge(true).build())
                .addSocialCareEpisode(episode)
                .build();
    }
}
