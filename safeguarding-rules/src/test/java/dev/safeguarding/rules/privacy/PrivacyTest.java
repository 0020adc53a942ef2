package dev.safeguarding.rules.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pseudonyms under a key (HMAC-SHA256), dates of birth to the month, age bands, and de-identified records. */
class PrivacyTest {

    private static final byte[] KEY = "a key of thirty-two bytes, kept!".getBytes(StandardCharsets.US_ASCII);
    private static final Pseudonymiser PSEUDONYMISER = Pseudonymiser.withKey(KEY);

    /** RFC 4231, test case 1: key 0x0b repeated 20 times, data "Hi There". */
    @Test
    void aPseudonymIsTheStartOfTheHmacSha256OfTheIdentifier() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);
        assertEquals("p-b0344c61d8db38535ca8afceaf0bf12b", Pseudonymiser.withKey(key).pseudonym("Hi There"));
    }

    @Test
    void pseudonymsAreStableUnderOneKeyAndUnrelatedUnderAnother() {
        byte[] other = KEY.clone();
        other[0] ^= 1;
        Property.forAll(Gen.identifiers(), id -> {
            String pseudonym = PSEUDONYMISER.pseudonym(id);
            assertEquals(pseudonym, Pseudonymiser.withKey(KEY).pseudonym(id));
            assertNotEquals(pseudonym, Pseudonymiser.withKey(other).pseudonym(id));
            assertTrue(pseudonym.matches("p-[0-9a-f]{32}"), pseudonym);
            if (id.matches(".*[g-z].*")) {
                assertFalse(pseudonym.substring(2).contains(id), "a letter that is not a hexadecimal digit");
            }
        });
        assertNotEquals(PSEUDONYMISER.pseudonym("child-1"), PSEUDONYMISER.pseudonym("child-2"));
    }

    @Test
    void theKeyIsCopiedNeverShownAndLongEnough() {
        byte[] key = KEY.clone();
        Pseudonymiser pseudonymiser = Pseudonymiser.withKey(key);
        String before = pseudonymiser.pseudonym("child-1");
        Arrays.fill(key, (byte) 0);
        assertEquals(before, pseudonymiser.pseudonym("child-1"), "changing the caller's array changes nothing");
        assertEquals("Pseudonymiser{HMAC-SHA256}", pseudonymiser.toString());
        assertThrows(IllegalArgumentException.class, () -> Pseudonymiser.withKey(new byte[15]));
        Pseudonymiser.withKey(new byte[16]);
    }

    @Test
    void datesOfBirthGoToTheirMonth() {
        Child child = Child.builder().id("c-1").dateOfBirth(LocalDate.of(2019, 3, 17)).name("Alexandra Example").build();
        assertEquals(Optional.of(YearMonth.of(2019, 3)), Privacy.monthOfBirth(child));
        Child coarse = Privacy.toMonthOfBirth(child, "p-1");
        assertEquals(Child.born("p-1", LocalDate.of(2019, 3, 1)), coarse);
        Child unborn = Child.unborn("u-1", LocalDate.of(2026, 1, 31));
        assertEquals(Optional.empty(), Privacy.monthOfBirth(unborn));
        assertEquals(Optional.of(YearMonth.of(2026, 1)), Privacy.monthOfExpectedDelivery(unborn));
        assertEquals(Child.unborn("u-1", LocalDate.of(2026, 1, 1)), Privacy.toMonthOfBirth(unborn, "u-1"));
    }

    @Test
    void agesFallIntoBands() {
        AgeBands bands = AgeBands.standard();
        assertEquals(List.of("unborn", "under 1", "1 to 4", "5 to 9", "10 to 15", "16 to 17", "18 and over"),
                bands.labels());
        Child child = Child.born("c", LocalDate.of(2016, 2, 29));
        assertEquals("under 1", bands.bandOf(child, LocalDate.of(2017, 2, 28)));
        assertEquals("1 to 4", bands.bandOf(child, LocalDate.of(2017, 3, 1)), "a leap-day child is one on 1 March");
        assertEquals("5 to 9", bands.bandOf(child, LocalDate.of(2021, 3, 1)));
        assertEquals("unborn", bands.bandOf(child, LocalDate.of(2016, 1, 1)), "not yet born on the date");
        assertEquals("unborn", bands.bandOf(Child.unborn("u", LocalDate.of(2026, 1, 1)), LocalDate.of(2025, 6, 1)));
        assertEquals("18 and over", bands.bandOf(40));
        assertEquals(List.of("unborn", "under 5", "5 to 10", "11 to 15", "16 and over"), AgeBands.of(5, 11, 16).labels());
        assertEquals(List.of("unborn", "under 1", "1", "2 and over"), AgeBands.of(1, 2).labels());
        assertThrows(IllegalArgumentException.class, () -> AgeBands.of(5, 5));
        assertThrows(IllegalArgumentException.class, () -> AgeBands.of(0, 5));
        assertThrows(IllegalArgumentException.class, () -> AgeBands.of());
        Property.forAll(Gen.ints(0, 120), years -> assertTrue(bands.labels().contains(bands.bandOf(years))));
    }

    @Test
    void aDeidentifiedRecordHoldsNoIdentifierNameDayOfBirthOrFreeTextButCountsTheSame() {
        SyntheticCaseload synthetic = SyntheticCaseload.of(5L, LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 31));
        CaseloadAnalysis analysis = CaseloadAnalysis.of(LocalDate.of(2025, 3, 31));
        Property.forAll(200, Gen.longs(0, 100_000).map(synthetic::caseAt), record -> {
            CaseRecord extract = PSEUDONYMISER.deidentify(record);
            assertEquals(PSEUDONYMISER.pseudonym(record.id()), extract.id());
            assertEquals(PSEUDONYMISER.pseudonym(record.child().id()), extract.child().id());
            assertEquals(1, extract.child().dateOfBirth().orElseThrow().getDayOfMonth());
            assertEquals(Privacy.monthOfBirth(record.child()), Privacy.monthOfBirth(extract.child()));
            for (ChronologyEntry entry : extract.chronology().entries()) {
                assertTrue(entry.summary().isEmpty() && entry.significance().isEmpty() && entry.childsView().isEmpty());
                assertTrue(entry.id().startsWith("p-"));
            }
            assertEquals(record.needDecisions(), extract.needDecisions());
            assertEquals(analysis.analyse(record), analysis.analyse(extract), "the analytics do not change");
        });
        Property.forAll(ModelGen.children(), child -> assertTrue(Privacy.toMonthOfBirth(child, "x").name().isEmpty()));
    }
}
