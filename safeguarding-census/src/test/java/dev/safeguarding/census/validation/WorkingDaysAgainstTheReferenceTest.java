package dev.safeguarding.census.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.PrimaryNeed;
import dev.safeguarding.census.ReferralSource;
import dev.safeguarding.census.Section47;
import dev.safeguarding.model.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The working-day rules give the reference validator's answers on a boundary file: for every day of the last
 * 110 days of the census year, one child with an unauthorised assessment started that day (8670Q), one with a
 * Section 47 enquiry started that day with no conference yet (8675Q), and one with a no-further-action
 * referral on the matching day around the census start (8569Q); 333 children, covering the weekends, Christmas
 * and New Year, and Easter 2024 (reference date Sunday 31 March 2024; census start Easter Monday 1 April
 * 2024). The expected findings were produced by running the reference validator (its ingress and its rule
 * set for the year) on these children (with a birth date, sex and characteristics added) written by
 * {@code CensusWriter}, with the tools' {@code run_reference.py};
 * the reference is not needed to run this test.
 */
class WorkingDaysAgainstTheReferenceTest {

    @ParameterizedTest
    @EnumSource(value = CollectionYear.class, names = {"CIN_2023_24", "CIN_2024_25", "CIN_2025_26"})
    void theBoundaryFileGetsTheReferencesFindings(CollectionYear year) throws IOException {
        CensusValidator validator = WorkingDayRulesTest.validator(year);
        Set<String> found = new TreeSet<>();
        int n = 0;
        LocalDate ref = year.referenceDate();
        for (LocalDate day = ref.minusDays(110); !day.isAfter(ref); day = day.plusDays(1)) {
            for (int kind = 0; kind < 3; kind++) {
                CensusChild child = child(year, "K" + (++n), day, kind);
                for (Finding finding : validator.validate(n, child)) {
                    if (Set.of("8670Q", "8675Q", "8569Q").contains(finding.code())) {
                        found.add(finding.code() + "\t" + child.laChildId().orElseThrow());
                    }
                }
            }
        }
        assertEquals(expected(year), found);
    }

    /** Child {@code id}: kind 0 an open assessment, 1 an open enquiry, 2 a no-further-action referral. */
    private static CensusChild child(CollectionYear year, String id, LocalDate day, int kind) {
        LocalDate referral = kind == 2
                ? year.censusStart().plusDays(day.toEpochDay() - year.referenceDate().toEpochDay() + 60) : day;
        CinDetails.Builder episode = CinDetails.builder().referralDate(referral)
                .referralSource(ReferralSource.values()[0]).primaryNeed(PrimaryNeed.ABUSE_OR_NEGLECT)
                .referralNfa(kind == 2);
        if (kind == 0) {
            episode.addAssessment(Assessment.builder().actualStartDate(day).build());
        } else if (kind == 1) {
            episode.addSection47(Section47.builder().actualStartDate(day).icpcNotRequired(false).build());
        }
        return CensusChild.builder().identifiers(ChildIdentifiers.builder().laChildId(id).build())
                .addCinDetail(episode.build()).build();
    }

    private static Set<String> expected(CollectionYear year) throws IOException {
        String name = "reference-working-days-" + year.label() + ".tsv";
        Set<String> lines = new TreeSet<>();
        try (InputStream in = WorkingDaysAgainstTheReferenceTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
