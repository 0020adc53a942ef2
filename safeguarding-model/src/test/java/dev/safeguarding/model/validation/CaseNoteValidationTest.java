package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.chronology.CaseNote;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.Practitioner;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The case note of a visit as a record with two stages: a draft that saves with headings still empty, and a
 * note ready for the child's file once every heading is written and the child's voice is recorded. Somerset
 * Safeguarding Children Board, Multi-Agency Practitioner Forum (2017), "Case Note Recordings": "Purpose of
 * visit / Observations of the child (including the child's voice) / Assess Progress on Child's Plan / Direct
 * work undertaken on visit". The constraints are the rules module's queries ({@code CaseNotes.check}), with the
 * same codes, paths and source.
 */
class CaseNoteValidationTest {

    private static final String SOMERSET = "Somerset Safeguarding Children Board, Multi-Agency Practitioner Forum:"
            + " Confident & Competent Multi-Agency Working with Children in Need (2017)";
    private static final LocalDate VISIT = LocalDate.of(2017, 6, 13);
    private static final Practitioner HEALTH_VISITOR = Practitioner.builder().id("hv-1").role("Health visitor")
            .agency(Agency.of("hv", "Health Visiting", AgencyType.HEALTH)).name("Hattie Visitor").build();
    private static final String PURPOSE = "6 month ages and stages developmental check (home visit)";

    /**
     * From the seed's pen picture: "grinning at mummy in the morning when mummy plays peeking into her" ("Use of
     * observation to access the voice and lived experience of the child", "Capturing a baby's perspective").
     */
    private static final ChildsView GRINNING = ChildsView.of(VoiceMethod.OBSERVATION,
            "Grinned at mummy when she played peeking into her", Contributor.of(ContributorKind.PRACTITIONER, "hv-1"),
            VISIT);

    /** The health visitor's note as first saved: the purpose of the visit only. */
    private static CaseNote draft() {
        return CaseNote.builder().id("n-1").childId("baby-1").visitedOn(VISIT).author(HEALTH_VISITOR)
                .purposeOfVisit(PURPOSE).build();
    }

    /** The same note with every heading written and the baby's voice observed. */
    private static CaseNote filledIn() {
        return CaseNote.builder().from(draft())
                .observationsOfTheChild("Alert; tracked with her eyes; vocalised frequently")
                .addChildsVoice(GRINNING)
                .progressOnPlan("Every developmental check kept since February")
                .directWork("Played peekaboo with Baby and Mum")
                .build();
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList();
    }

    @Test
    void aDraftNoteSavesAndIsQueriedHeadingByHeadingUntilEveryHeadingIsWritten() {
        CaseNote draft = draft();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, draft), "a draft saves with headings empty");
        List<Finding> findings = Findings.check(Validators.DEFAULT, draft, Complete.class);
        assertEquals(List.of(
                "QUERY case-note.childs-voice-missing at childsVoice",
                "QUERY case-note.direct-work-missing at directWork",
                "QUERY case-note.observations-of-the-child-missing at observationsOfTheChild",
                "QUERY case-note.progress-on-plan-missing at progressOnPlan"), described(findings));
        SourcePassage caseNoteRecordings = SourcePassage.of(SOMERSET, "Case Note Recordings");
        assertEquals(List.of(caseNoteRecordings, caseNoteRecordings, caseNoteRecordings, caseNoteRecordings),
                findings.stream().map(f -> f.source().orElseThrow()).toList());
        assertEquals(List.of("childsVoice", "directWork", "observationsOfTheChild", "progressOnPlan"),
                Validators.DEFAULT.validate(draft, Complete.class).stream().map(v -> v.getPropertyPath().toString())
                        .sorted().toList());

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, filledIn(), Complete.class),
                "the same note, filled in, is complete");
    }

    @Test
    void anEmptyNoteHasTheRulesModulesQueriesWithTheSameCodesPathsAndSource() {
        CaseNote empty = CaseNote.builder().id("n-2").childId("baby-1").visitedOn(VISIT).author(HEALTH_VISITOR).build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, empty, Complete.class);

        assertEquals(List.of(
                "QUERY case-note.childs-voice-missing at childsVoice",
                "QUERY case-note.direct-work-missing at directWork",
                "QUERY case-note.observations-of-the-child-missing at observationsOfTheChild",
                "QUERY case-note.progress-on-plan-missing at progressOnPlan",
                "QUERY case-note.purpose-of-visit-missing at purposeOfVisit"), described(findings));
        assertEquals(empty.check().stream().map(f -> f.severity() + " " + f.code() + " at " + f.path() + " "
                        + f.source().orElseThrow()).sorted().toList(),
                findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path() + " "
                        + f.source().orElseThrow()).sorted().toList());
    }

    @Test
    void everyHeadingWrittenButNoVoiceIsStillAQueryAndAnObservedBabysVoiceAnswersIt() {
        // "Observations of the child (including the child's voice)"; for a baby, "Use of observation to access
        // the voice and lived experience of the child"
        CaseNote silent = CaseNote.builder().from(filledIn()).childsVoice(List.of()).build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, silent, Complete.class);

        assertEquals(List.of("QUERY case-note.childs-voice-missing at childsVoice"), described(findings));
        assertEquals(Severity.QUERY, findings.get(0).severity());
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, CaseNote.builder().from(silent)
                .addChildsVoice(GRINNING).build(), Complete.class));
    }

    @Test
    void noFindingQuotesTheNoteOrNamesItsAuthor() {
        CaseNote draft = draft();
        for (Finding finding : Findings.check(Validators.DEFAULT, draft, Complete.class)) {
            for (String personal : List.of(PURPOSE, "Hattie Visitor", "peeking")) {
                assertFalse(finding.message().contains(personal) || finding.toString().contains(personal),
                        finding.code());
            }
        }
    }
}
