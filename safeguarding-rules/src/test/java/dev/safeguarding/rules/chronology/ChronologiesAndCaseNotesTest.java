package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.CSC;
import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.POLICE;
import static dev.safeguarding.rules.chronology.ChronologyPatternsTest.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.chronology.CaseNote;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.Practitioner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a chronology's entries and a case note lack, and a visit's note as an entry of the chronology. */
class ChronologiesAndCaseNotesTest {

    private static final Practitioner SOCIAL_WORKER = Practitioner.of("sw-1", "Consultant social worker", CSC);

    private static final ChildsView GIGGLES = ChildsView.of(VoiceMethod.OBSERVATION,
            "Giggled and made a silly noise when she saw her daddy", Contributor.of(ContributorKind.PRACTITIONER, "sw-1"),
            LocalDate.of(2017, 2, 1));

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void entriesWithoutSignificanceSummaryOrTheChildsViewAreQueriedWhereTheyAre() {
        Chronology chronology = Chronology.of("c",
                entry("e1", "2024-01-10", ChronologyEntryKind.INCIDENT, POLICE).summary("Police called").build(),
                entry("e2", "2024-02-10", ChronologyEntryKind.MEETING, CSC).summary("CiN meeting")
                        .significance("Plan reviewed").build(),
                entry("e3", "2024-03-10", ChronologyEntryKind.VISIT, CSC).summary("Visit").significance("Seen")
                        .childsView(GIGGLES).build());

        List<Finding> findings = Chronologies.check(chronology);

        assertEquals(List.of("chronology.significance-missing", "chronology.childs-view-missing"), codes(findings));
        assertEquals("entries/0/significance", findings.get(0).path());
        assertEquals("entries/0/childsView", findings.get(1).path());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.QUERY));
        assertEquals("Recording what we do and the decisions we take", findings.get(0).source().orElseThrow().section());
    }

    @Test
    void aCaseNoteMissingHeadingsAndTheChildsVoiceIsQueriedHeadingByHeading() {
        CaseNote note = CaseNote.builder().id("n-1").childId("baby-1").visitedOn(LocalDate.of(2017, 2, 1))
                .author(SOCIAL_WORKER).purposeOfVisit("Child in Need visit").progressOnPlan("Health visitor checks kept")
                .build();

        List<Finding> findings = CaseNotes.check(note);

        assertEquals(List.of("case-note.observations-of-the-child-missing", "case-note.direct-work-missing",
                "case-note.childs-voice-missing"), codes(findings));
        assertEquals("observationsOfTheChild", findings.get(0).path());
        assertEquals("Nothing written under 'Observations of the child (including the child's voice)'.",
                findings.get(0).message());

        CaseNote complete = CaseNote.builder().from(note).observationsOfTheChild("Alert, tracked with her eyes")
                .addChildsVoice(GIGGLES).directWork("Played with her blankie").build();
        assertEquals(List.of(), CaseNotes.check(complete));
    }

    @Test
    void aVisitsNoteBecomesAVisitInTheChronologyWithTheChildsVoice() {
        CaseNote note = CaseNote.builder().id("n-1").childId("baby-1").visitedOn(LocalDate.of(2017, 2, 1))
                .author(SOCIAL_WORKER).purposeOfVisit("Child in Need visit").addChildsVoice(GIGGLES).build();

        ChronologyEntry entry = CaseNotes.chronologyEntry(note);

        assertEquals(ChronologyEntryKind.VISIT, entry.kind());
        assertEquals("n-1", entry.id());
        assertEquals(CSC, entry.source());
        assertEquals("Child in Need visit", entry.summary().orElseThrow());
        assertEquals(GIGGLES, entry.childsView().orElseThrow());
        assertTrue(entry.significance().isEmpty(), "the significance is the practitioner's to write");
    }
}
