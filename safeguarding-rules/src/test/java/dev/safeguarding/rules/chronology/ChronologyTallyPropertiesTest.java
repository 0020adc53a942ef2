package dev.safeguarding.rules.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Counting a chronology's patterns ({@link ChronologyPatterns#tally}, what a caseload's analysis keeps) gives
 * what reading them in full gives ({@link ChronologyPatterns#read}): as many patterns of each kind, and the same
 * deadlines, over generated chronologies and synthetic case records, as of dates before, within and after them.
 */
class ChronologyTallyPropertiesTest {

    private static final LocalDate FROM = LocalDate.of(2023, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);
    private static final List<LocalDate> AS_OF = List.of(LocalDate.of(2022, 1, 3), LocalDate.of(2024, 1, 15), TO,
            LocalDate.of(2026, 6, 1));

    @Test
    void aTallyCountsWhatAReadingFindsInGeneratedChronologies() {
        Property.forAll(ChronologyGen.chronologies(), ChronologyTallyPropertiesTest::tallyAgreesWithReading);
    }

    @Test
    void aTallyCountsWhatAReadingFindsInSyntheticCaseRecords() {
        Gen<CaseRecord> records = random -> SyntheticCaseload.of(random.nextLong(), FROM, TO).cases(1)
                .findFirst().orElseThrow();
        Property.forAll(300, records, record -> tallyAgreesWithReading(record.chronology()));
    }

    @Test
    void theSyntheticCaseloadShowsEveryKindOfPatternSoTheTallyIsTestedOnEach() {
        ChronologyPatterns patterns = ChronologyPatterns.standard();
        Set<PatternKind> seen = EnumSet.noneOf(PatternKind.class);
        SyntheticCaseload.of(2025L, FROM, TO).cases(2_000)
                .forEach(record -> seen.addAll(patterns.kinds(record.chronology(), TO)));
        assertEquals(EnumSet.allOf(PatternKind.class), seen);
    }

    @Test
    void aTallySaysNothingOfTheChildInItsText() {
        CaseRecord record = SyntheticCaseload.of(7L, FROM, TO).cases(1).findFirst().orElseThrow();
        String text = ChronologyPatterns.standard().tally(record.chronology(), TO).toString();
        assertFalse(text.contains(record.child().id()), text);
        record.chronology().entries().forEach(entry -> {
            assertFalse(text.contains(entry.id()), text);
            assertFalse(text.contains(entry.date().toString()), text);
        });
    }

    private static void tallyAgreesWithReading(Chronology chronology) {
        ChronologyPatterns patterns = ChronologyPatterns.standard();
        for (LocalDate asOf : AS_OF) {
            ChronologyReading reading = patterns.read(chronology, asOf);
            ChronologyTally tally = patterns.tally(chronology, asOf);
            Map<PatternKind, Integer> found = new EnumMap<>(PatternKind.class);
            for (ChronologyPattern pattern : reading.patterns()) {
                found.merge(pattern.kind(), 1, Integer::sum);
            }
            for (PatternKind kind : PatternKind.values()) {
                assertEquals(found.getOrDefault(kind, 0), tally.patterns(kind), kind + " as of " + asOf);
            }
            assertEquals(reading.patterns().size(), tally.patterns(), "all kinds as of " + asOf);
            assertEquals(text(reading.deadlines()), text(tally.deadlines()), "deadlines as of " + asOf);
            assertEquals(found.keySet(), patterns.kinds(chronology, asOf), "kinds as of " + asOf);
        }
    }

    private static List<List<String>> text(List<List<ChronologyDeadline>> deadlines) {
        return deadlines.stream().map(forTimescale -> forTimescale.stream().map(Object::toString).toList()).toList();
    }
}
