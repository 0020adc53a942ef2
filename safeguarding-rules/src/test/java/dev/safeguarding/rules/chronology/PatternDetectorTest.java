package dev.safeguarding.rules.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ChronologyPatterns} runs one detector per {@link PatternKind}: "Chronologies - can be used to spot
 * changes, patterns, repetition etc." (Somerset forum, "Managing Risk - Core Skills").
 */
class PatternDetectorTest {

    private static final ChronologyPatterns PATTERNS = ChronologyPatterns.standard();

    @Test
    void thereIsOneDetectorPerPatternKindInTheOrderOfTheKinds() {
        assertEquals(List.of(PatternKind.values()), PATTERNS.detectors().stream().map(PatternDetector::kind).toList());
        assertEquals(List.of(PatternKind.values()), PATTERNS.withRepetition(2, Period.ofMonths(1))
                .withDriftSpan(Period.ofWeeks(6)).detectors().stream().map(PatternDetector::kind).toList());
    }

    @Test
    void eachDetectorFindsOnlyItsKindAndTogetherTheyFindWhatTheFrontDoorFinds() {
        ChronologyPatterns eager = PATTERNS.withRepetition(2, Period.ofYears(1)).withDriftSpan(Period.ofMonths(1));
        Property.forAll(ChronologyGen.chronologies(), chronology -> {
            for (ChronologyPatterns patterns : List.of(PATTERNS, eager)) {
                LocalDate asOf = ChronologyGen.TO;
                List<ChronologyPattern> all = new ArrayList<>();
                for (PatternDetector detector : patterns.detectors()) {
                    List<ChronologyPattern> found = detector.detect(chronology.entries(), asOf);
                    found.forEach(p -> assertEquals(detector.kind(), p.kind(), p::toString));
                    all.addAll(found);
                }
                List<ChronologyPattern> front = patterns.find(chronology, asOf);
                assertEquals(front.size(), all.size());
                assertEquals(new HashSet<>(front), new HashSet<>(all));
            }
        });
    }
}
