package dev.safeguarding.census.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusCode;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Section47;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Synthetic census returns (issue 15, part 6: "a seeded generator of valid census files of any size (no
 * real data, every name synthetic), with an option to plant chosen rule violations").
 */
class SyntheticCensusTest {

    /** What is wrong with {@code child} as a valid synthetic child of {@code year}: empty when nothing is. */
    static List<String> problems(CensusChild child, CollectionYear year) {
        List<String> problems = new ArrayList<>();
        LocalDate end = year.referenceDate();
        ChildIdentifiers ids = child.identifiers().orElseThrow();
        String id = ids.laChildId().orElseThrow();
        check(problems, id.length() <= 20, "1570 LAchildID longer than 20");
        check(problems, id.matches("[A-Za-z0-9]+"), "1580 LAchildID not alphanumeric");
        check(problems, ids.personBirthDate().isPresent() != ids.expectedPersonBirthDate().isPresent(),
                "8525Q birth date and expected birth date");
        ids.upn().ifPresent(upn -> check(problems, upn.matches("[A-Z]\\d{12}"), "UPN pattern"));
        ids.upn().ifPresent(upn -> check(problems, SyntheticCensus.checkLetter(upn.substring(1))
                .equals(Optional.of(upn.charAt(0))), "1510 UPN check letter"));
        check(problems, ids.upn().isPresent() != ids.upnUnknown().isPresent(), "UPN or UPNunknown");
        check(problems, year.returnsSex() ? ids.sex().isPresent() && ids.genderCurrent().isEmpty()
                : ids.genderCurrent().isPresent() && ids.sex().isEmpty(), "Sex or GenderCurrent by year");
        ids.sex().ifPresent(sex -> valid(problems, sex, year));
        ids.genderCurrent().ifPresent(gender -> valid(problems, gender, year));
        var characteristics = child.characteristics().orElseThrow();
        check(problems, characteristics.ethnicity().isPresent(), "ethnicity");
        var disabilities = characteristics.disabilities();
        check(problems, !disabilities.contains(Disability.NONE) || disabilities.size() == 1, "8790 NONE with others");
        check(problems, new HashSet<>(disabilities).size() == disabilities.size(), "8794 duplicate disability");
        check(problems, !disabilities.isEmpty(), "a disability code");
        check(problems, !child.cinDetails().isEmpty(), "an episode");
        Optional<LocalDate> previousClosure = Optional.empty();
        for (CinDetails episode : child.cinDetails()) {
            LocalDate referral = episode.referralDate().orElseThrow();
            if (previousClosure.isPresent() || episode != child.cinDetails().get(0)) {
                check(problems, previousClosure.isPresent() && referral.isAfter(previousClosure.get()),
                        "8820 episodes overlap");
            }
            previousClosure = episode.closureDate();
            check(problems, !referral.isAfter(end), "referral after the reference date");
            check(problems, episode.referralSource().isPresent(), "8866 referral source missing");
            episode.referralSource().ifPresent(code -> valid(problems, code, year));
            check(problems, episode.referralNfa().equals(Optional.of(false)), "referral NFA");
            List<LocalDate> dates = new ArrayList<>();
            for (Assessment assessment : episode.assessments()) {
                LocalDate start = assessment.actualStartDate().orElseThrow();
                check(problems, !start.isBefore(referral), "1103 assessment before referral");
                dates.add(start);
                if (assessment.authorisationDate().isPresent()) {
                    check(problems, !assessment.authorisationDate().get().isBefore(start), "8608 authorised before start");
                    dates.add(assessment.authorisationDate().get());
                    check(problems, !assessment.factors().isEmpty(), "factors at an authorised assessment");
                } else {
                    check(problems, start.isAfter(end.minusDays(40)), "8670Q open assessment started long ago");
                    check(problems, assessment.factors().isEmpty(), "8614 factors at an unauthorised assessment");
                }
                check(problems, new HashSet<>(assessment.factors()).size() == assessment.factors().size(),
                        "8898 duplicate factor");
                check(problems, !assessment.factors().contains(AssessmentFactor.NO_FACTORS_IDENTIFIED)
                        || assessment.factors().size() == 1, "8869 21 with others");
                assessment.factors().forEach(factor -> valid(problems, factor, year));
            }
            Set<LocalDate> conferences = new HashSet<>();
            for (Section47 enquiry : episode.section47s()) {
                LocalDate start = enquiry.actualStartDate().orElseThrow();
                dates.add(start);
                check(problems, !start.isBefore(referral), "S47 before referral");
                check(problems, weekday(enquiry.initialCpcTarget().orElseThrow()), "8870Q target on a weekend");
                enquiry.dateOfInitialCpc().ifPresent(conference -> {
                    conferences.add(conference);
                    dates.add(conference);
                    check(problems, !conference.isBefore(start), "8615 conference before S47");
                    check(problems, weekday(conference), "8875 conference on a weekend");
                });
            }
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                LocalDate start = plan.startDate().orElseThrow();
                dates.add(start);
                check(problems, conferences.contains(start), "2885 plan starts away from the conference");
                plan.endDate().ifPresent(planEnd -> {
                    check(problems, planEnd.isAfter(start), "8840 plan ends on its start day");
                    dates.add(planEnd);
                });
                for (LocalDate review : plan.reviewDates()) {
                    check(problems, review.isAfter(start), "8841 review on or before the plan's start");
                    check(problems, plan.endDate().map(review::isAfter).orElse(false) == false, "review after end");
                    dates.add(review);
                }
                check(problems, plan.numberOfPreviousCpp().isPresent(), "8730 number of previous plans");
            }
            for (CinPlan plan : episode.cinPlans()) {
                check(problems, episode.childProtectionPlans().isEmpty(), "4017 CIN plan beside a CP plan");
                dates.add(plan.startDate().orElseThrow());
                plan.endDate().ifPresent(dates::add);
            }
            check(problems, episode.preProceedings().isEmpty() || year.collectsPreProceedings(), "pre-proceedings year");
            episode.preProceedings().forEach(block -> {
                block.startDate().ifPresent(dates::add);
                block.letterBeforeProceedingsSentDate().ifPresent(dates::add);
                block.initialMeetingDate().ifPresent(dates::add);
            });
            for (LocalDate date : dates) {
                check(problems, !date.isAfter(end), "a date after the reference date");
                episode.closureDate().ifPresent(closure -> check(problems, !date.isAfter(closure), "a date after closure"));
            }
            episode.closureDate().ifPresent(closure -> {
                check(problems, year.contains(closure), "closure outside the census period");
                check(problems, episode.reasonForClosure().isPresent(), "reason for closure");
            });
            if (referral.isBefore(year.censusStart())) {
                check(problems, episode.closureDate().map(year::contains).orElse(true), "episode not in the year");
            }
        }
        return problems;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static void valid(List<String> problems, CensusCode code, CollectionYear year) {
        check(problems, code.isValidIn(year), code.code() + " not valid in " + year);
    }

    private static boolean weekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    void everySyntheticChildIsConsistentAndValidForItsYear() {
        Gen<SyntheticCensus> censuses = random -> SyntheticCensus.of(random.nextLong(),
                Gen.enumValues(CollectionYear.class).generate(random));
        Property.forAll(40, censuses, census -> census.children(300).forEach(child ->
                assertEquals(List.of(), problems(child, census.year()), child.toString())));
    }

    @Test
    void theSameSeedGivesTheSameReturnAndChildNIsTheSameWhateverTheSize() {
        SyntheticCensus census = SyntheticCensus.of(42, CollectionYear.CIN_2025_26);
        assertEquals(census.message(50), SyntheticCensus.of(42, CollectionYear.CIN_2025_26).message(50));
        assertEquals(census.child(7), census.children(20).collect(Collectors.toList()).get(6));
        assertNotEquals(census.message(50), SyntheticCensus.of(43, CollectionYear.CIN_2025_26).message(50));
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        census.write(100, once);
        census.write(100, twice);
        assertEquals(once.toString(java.nio.charset.StandardCharsets.UTF_8),
                twice.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void identifiersAreSyntheticAndUnique() {
        SyntheticCensus census = SyntheticCensus.of(5, CollectionYear.CIN_2024_25).withLea("201");
        Set<String> ids = new HashSet<>();
        census.children(2000).forEach(child -> {
            String id = child.laChildId().orElseThrow();
            assertTrue(id.matches("SYN\\d{7}"), id);
            assertTrue(ids.add(id));
            child.identifiers().orElseThrow().upn().ifPresent(upn -> assertEquals("201", upn.substring(1, 4)));
        });
        assertEquals(Optional.of("201"), census.header().sources().get(0).lea());
        assertEquals(Optional.of(CollectionYear.CIN_2024_25), census.header().collectionYear());
    }

    @Test
    void theReturnCoversTheCensusBlocks() {
        SyntheticCensus census = SyntheticCensus.of(9, CollectionYear.CIN_2026_27);
        List<CinDetails> episodes = census.children(2000).flatMap(child -> child.cinDetails().stream())
                .collect(Collectors.toList());
        assertTrue(episodes.stream().anyMatch(e -> !e.section47s().isEmpty()));
        assertTrue(episodes.stream().anyMatch(e -> !e.childProtectionPlans().isEmpty()));
        assertTrue(episodes.stream().anyMatch(e -> !e.cinPlans().isEmpty()));
        assertTrue(episodes.stream().anyMatch(e -> !e.preProceedings().isEmpty()));
        assertTrue(episodes.stream().anyMatch(e -> e.closureDate().isPresent()));
        assertTrue(episodes.stream().anyMatch(e -> e.referralDate().orElseThrow().isBefore(census.year().censusStart())));
        assertTrue(census.children(2000).anyMatch(child -> child.cinDetails().size() == 2));
        assertTrue(census.children(2000).anyMatch(child -> child.identifiers().orElseThrow()
                .expectedPersonBirthDate().isPresent()));
    }

    @Test
    void eachPlantedViolationBreaksItsRuleInExactlyTheChosenChildren() {
        for (CollectionYear year : CollectionYear.values()) {
            SyntheticCensus valid = SyntheticCensus.of(year.startYear(), year);
            for (Violation violation : Violation.values()) {
                SyntheticCensus planted = valid.planting(violation, 3, 7);
                for (int index = 1; index <= 10; index++) {
                    List<String> problems = problems(planted.child(index), year);
                    if (index == 3 || index == 7) {
                        assertEquals(Set.of(violation), planted.violationsPlantedIn(index));
                        assertFalse(problems.isEmpty(), violation + " in " + year);
                        String rule = violation.rule();
                        assertTrue(problems.stream().allMatch(p -> p.startsWith(rule)),
                                violation + " in " + year + ": " + problems);
                    } else {
                        assertEquals(valid.child(index), planted.child(index));
                    }
                }
            }
        }
    }

    @Test
    void thePlantingEpisodeItselfIsValid() {
        // planting two violations that mend nothing leaves both; the template alone breaks nothing
        SyntheticCensus census = SyntheticCensus.of(1, CollectionYear.CIN_2025_26)
                .planting(Violation.DUPLICATE_DISABILITY, 2).planting(Violation.REFERRAL_SOURCE_MISSING, 2);
        assertEquals(Set.of(Violation.DUPLICATE_DISABILITY, Violation.REFERRAL_SOURCE_MISSING),
                census.violationsPlantedIn(2));
        assertEquals(List.of("8794 duplicate disability", "8866 referral source missing"),
                problems(census.child(2), CollectionYear.CIN_2025_26));
        assertEquals(Set.of(2), census.childrenWithViolations());
    }

    @Test
    void theCheckLetterIsTheValidatorsOnItsOwnExamples() {
        // S1 rule_1510.py test_validate: "'A950000178301', #0 Valid format", "'H243278544154', #2 Valid
        // format", "'R247962919251', #5 Wrong initial char", "'X428558133462' #6 Wrong initial char"
        assertEquals(Optional.of('A'), SyntheticCensus.checkLetter("950000178301"));
        assertEquals(Optional.of('H'), SyntheticCensus.checkLetter("243278544154"));
        assertNotEquals(Optional.of('R'), SyntheticCensus.checkLetter("247962919251"));
        assertNotEquals(Optional.of('X'), SyntheticCensus.checkLetter("428558133462"));
    }

    @Test
    void nonsenseArgumentsAreRejectedNamingTheField() {
        SyntheticCensus census = SyntheticCensus.of(1, CollectionYear.CIN_2025_26);
        assertEquals("index", assertThrows(InvalidValueException.class, () -> census.child(0)).field());
        assertEquals("lea", assertThrows(InvalidValueException.class, () -> census.withLea("12")).field());
        assertEquals("childIndexes", assertThrows(InvalidValueException.class,
                () -> census.planting(Violation.DUPLICATE_FACTOR, 0)).field());
        assertEquals("count", assertThrows(InvalidValueException.class, () -> census.message(-1)).field());
    }
}
