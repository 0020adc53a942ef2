package dev.safeguarding.testing.model.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.chronology.CaseNote;
import dev.safeguarding.model.chronology.CaseNoteHeading;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Case records (the unit of the analytics), case notes under the Somerset headings, patterns and decisions. */
class CaseRecordsAndNotesTest {

    private static final Agency COUNCIL = Agency.of("csc", "Children's Social Care", AgencyType.LOCAL_AUTHORITY);
    private static final Child CHILD = Child.born("c-1", LocalDate.of(2019, 3, 2));

    private static ChronologyEntry referral(String id, String date) {
        return ChronologyEntry.builder().id(id).date(LocalDate.parse(date)).kind(ChronologyEntryKind.REFERRAL)
                .source(COUNCIL).timescaleEvent(TimescaleEvent.REFERRAL_RECEIVED).build();
    }

    @Test
    void aRecordKeepsItsDecisionsInDateOrderAndFindsTheOneInForce() {
        NeedDecision additional = NeedDecision.of(LocalDate.of(2024, 1, 5), LevelOfNeed.ADDITIONAL,
                Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN);
        NeedDecision complex = NeedDecision.of(LocalDate.of(2024, 6, 3), LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL);
        NeedDecision stepDown = NeedDecision.of(LocalDate.of(2024, 12, 2), LevelOfNeed.ADDITIONAL,
                Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN);
        CaseRecord record = CaseRecord.builder().id("case-1").child(CHILD)
                .addNeedDecisions(stepDown, additional, complex)
                .chronology(Chronology.of("c-1", referral("r2", "2024-06-01"), referral("r1", "2024-01-04")))
                .build();

        assertEquals(List.of(additional, complex, stepDown), record.needDecisions());
        assertTrue(complex.isStepUpFrom(additional));
        assertTrue(stepDown.isStepDownFrom(complex));
        assertFalse(stepDown.isStepUpFrom(complex));
        assertEquals(Optional.of(complex), record.decisionOn(LocalDate.of(2024, 7, 1)));
        assertEquals(Optional.empty(), record.decisionOn(LocalDate.of(2023, 12, 31)));
        assertEquals(Optional.of(stepDown), record.latestDecision());
        assertEquals(List.of(LocalDate.of(2024, 1, 4), LocalDate.of(2024, 6, 1)), record.referrals());
    }

    @Test
    void aRecordsChronologyMustBeItsChilds() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CaseRecord.builder().id("case-1")
                .child(CHILD).chronology(Chronology.of("c-2")).build());
        assertEquals("chronology", e.field());
    }

    @Test
    void recordsShowIdentifiersAndCountsOnly() {
        Property.forAll(ChronologyGen.caseRecords(), record -> {
            String text = record.toString();
            record.child().name().ifPresent(name -> assertFalse(text.contains(name)));
            record.child().dateOfBirth().ifPresent(dob -> assertFalse(text.contains(dob.toString())));
            assertTrue(text.contains(record.id()));
        });
    }

    /** "Case Note Recordings: Purpose of visit; Observations of the child (including the child's voice); ..." */
    @Test
    void aCaseNoteHasTheFourSomersetHeadingsInOrder() {
        assertEquals(List.of("Purpose of visit", "Observations of the child (including the child's voice)",
                "Assess Progress on Child's Plan", "Direct work undertaken on visit"),
                List.of(CaseNoteHeading.values()).stream().map(CaseNoteHeading::label).toList());
        CaseNote note = CaseNote.builder().id("n-1").childId("baby-1").visitedOn(LocalDate.of(2017, 6, 13))
                .author(Practitioner.of("hv-1", "Health visitor", Agency.of("h", "Health", AgencyType.HEALTH)))
                .purposeOfVisit("6 month ages and stages developmental check")
                .directWork("Played peekaboo with Baby's blankie")
                .build();
        assertEquals(Optional.of("6 month ages and stages developmental check"),
                note.heading(CaseNoteHeading.PURPOSE_OF_VISIT));
        assertEquals(Optional.empty(), note.heading(CaseNoteHeading.PROGRESS_ON_PLAN));
        assertEquals("CaseNote{id=n-1, childId=baby-1, visitedOn=2017-06-13, author=hv-1, headings=[PURPOSE_OF_VISIT,"
                + " DIRECT_WORK], childsVoice=0}", note.toString());
    }

    @Test
    void caseNotesNeverShowTheirText() {
        Property.forAll(ChronologyGen.caseNotes(), note -> {
            for (CaseNoteHeading heading : CaseNoteHeading.values()) {
                note.heading(heading).ifPresent(text -> assertFalse(note.toString().contains(text)));
            }
            note.childsVoice().forEach(v -> assertFalse(note.toString().contains(v.text())));
            note.author().name().ifPresent(name -> assertFalse(note.toString().contains(name)));
        });
        assertEquals("purposeOfVisit", assertThrows(InvalidValueException.class, () -> CaseNote.builder().id("n")
                .childId("c").visitedOn(LocalDate.of(2020, 1, 1))
                .author(Practitioner.of("p", "Social worker", COUNCIL)).purposeOfVisit("").build()).field());
    }

    @Test
    void aPatternNeedsAnEntryAndASpanInOrderAndBecomesAQuery() {
        ChronologyEntry r = referral("r1", "2024-01-04");
        assertEquals("entries", assertThrows(InvalidValueException.class, () -> ChronologyPattern.builder()
                .kind(PatternKind.DRIFT).fromDate(r.date()).toDate(r.date()).message("m").build()).field());
        assertEquals("toDate", assertThrows(InvalidValueException.class, () -> ChronologyPattern.builder()
                .kind(PatternKind.DRIFT).fromDate(r.date()).toDate(r.date().minusDays(1)).addEntry(r).message("m")
                .build()).field());
        ChronologyPattern drift = ChronologyPattern.builder().kind(PatternKind.DRIFT).fromDate(r.date())
                .toDate(r.date().plusMonths(4)).addEntry(r).message("No review for 4 months.").build();
        assertEquals(Severity.QUERY, drift.toFinding().severity());
        assertEquals("chronology.drift", drift.toFinding().code());
        assertEquals(PatternKind.DRIFT.source(), drift.toFinding().source().orElseThrow());
        Property.forAll(ChronologyGen.patterns(), p -> p.entries().forEach(e -> e.summary()
                .ifPresent(s -> assertFalse(p.toString().contains(s)))));
    }

    @Test
    void patternKindsHaveStableCodes() {
        assertEquals(List.of("repeated-incidents", "not-brought-or-refused", "drift", "step-down-without-consultation",
                "deadline-missed"), List.of(PatternKind.values()).stream().map(PatternKind::code).toList());
    }
}
