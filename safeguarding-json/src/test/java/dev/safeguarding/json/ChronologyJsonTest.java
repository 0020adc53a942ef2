package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.roundTripsExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.safeguarding.model.chronology.CaseNote;
import dev.safeguarding.model.chronology.CaseNoteHeading;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.prebirth.BirthPlanDissemination;
import dev.safeguarding.model.prebirth.BirthPlanRecipient;
import dev.safeguarding.model.prebirth.PreBirthAssessment;
import dev.safeguarding.model.prebirth.PreBirthTask;
import dev.safeguarding.model.prebirth.ProfessionalContact;
import dev.safeguarding.model.prebirth.SafeguardingBirthPlan;
import dev.safeguarding.rules.chronology.ChronologyPatterns;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chronology types and the pre-birth parts of people read back exactly what was written; bad input fails
 * at the JSON Pointer of the bad value and never repeats it.
 */
class ChronologyJsonTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();

    private static final String CSC = "{'id':'csc','name':'CSC','type':'LOCAL_AUTHORITY'}";


    @Test
    void entriesChronologiesDecisionsAndCaseRecordsRoundTripExactly() {
        roundTripsExactly(ChronologyGen.entries(), ChronologyEntry.class);
        roundTripsExactly(ChronologyGen.chronologies(), Chronology.class);
        roundTripsExactly(ChronologyGen.needDecisions(), NeedDecision.class);
        roundTripsExactly(ChronologyGen.caseRecords(), CaseRecord.class);
    }

    @Test
    void syntheticCaseRecordsRoundTripExactly() {
        SyntheticCaseload synthetic = SyntheticCaseload.of(11L, LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 31));
        roundTripsExactly(Gen.longs(0, 1_000_000).map(synthetic::caseAt), CaseRecord.class);
    }

    @Test
    void caseNotesPatternsAndPreBirthRecordsRoundTripExactly() {
        roundTripsExactly(ChronologyGen.caseNotes(), CaseNote.class);
        roundTripsExactly(ChronologyGen.patterns(), ChronologyPattern.class);
        roundTripsExactly(ChronologyGen.preBirthAssessments(), PreBirthAssessment.class);
        roundTripsExactly(ChronologyGen.birthPlans(), SafeguardingBirthPlan.class);
        roundTripsExactly(ChronologyGen.professionalContacts(), ProfessionalContact.class);
        roundTripsExactly(ChronologyGen.disseminations(), BirthPlanDissemination.class);
    }

    @Test
    void patternsFoundByTheRulesRoundTrip() {
        Property.forAll(200, ChronologyGen.chronologies(), chronology -> ChronologyPatterns.standard()
                .find(chronology, ChronologyGen.TO).forEach(p -> assertEquals(p, JSON.read(JSON.write(p),
                        ChronologyPattern.class))));
    }

    @ParameterizedTest
    @ValueSource(classes = {ChronologyEntryKind.class, CaseNoteHeading.class, PatternKind.class, PreBirthTask.class,
        BirthPlanRecipient.class})
    void everyConstantIsWrittenAsItsNameAndReadBack(Class<?> type) {
        Property.forEvery(List.of(type.getEnumConstants()), constant -> {
            assertEquals("\"" + ((Enum<?>) constant).name() + "\"", JSON.write(constant));
            assertEquals(constant, JSON.read(JSON.write(constant), type));
        });
    }

    @Test
    void entriesInAnyOrderAreReadIntoChronologicalOrderAndAnEntryGivenTwiceIsKeptOnce() {
        String text = json("{'childId':'c','entries':["
                + "{'id':'b','date':'2024-02-01','kind':'MEETING','source':" + CSC + "},"
                + "{'id':'a','date':'2024-01-01','kind':'REFERRAL','source':" + CSC + "},"
                + "{'id':'b','date':'2024-02-01','kind':'MEETING','source':" + CSC + "}]}");
        Chronology chronology = JSON.read(text, Chronology.class);
        assertEquals(List.of("a", "b"), chronology.entries().stream().map(ChronologyEntry::id).toList());
    }

    @Test
    void twoDifferentEntriesUnderOneIdentifierFailAtTheEntries() {
        String text = json("{'id':'k','child':{'id':'c','dateOfBirth':'2019-03-02'},'chronology':{'childId':'c',"
                + "'entries':[{'id':'b','date':'2024-02-01','kind':'MEETING','source':" + CSC + "},"
                + "{'id':'b','date':'2024-02-02','kind':'MEETING','source':" + CSC + ",'summary':'Alice Example'}]}}");
        SafeguardingJsonException e = failsAt("/chronology/entries", "same source agency and identifier", text,
                CaseRecord.class);
        assertFalse(e.getMessage().contains("Alice"));
    }

    @Test
    void aChronologyOfAnotherChildFailsAtTheChronology() {
        failsAt("/chronology", "chronology of the record's child", json("{'id':'k','child':{'id':'c',"
                + "'dateOfBirth':'2019-03-02'},'chronology':{'childId':'d'}}"), CaseRecord.class);
    }

    @Test
    void aBadDateDeepInACaseRecordFailsAtItsPointer() {
        SafeguardingJsonException e = failsAt("/chronology/entries/1/date", "expected a date",
                json("{'id':'k','child':{'id':'c','dateOfBirth':'2019-03-02'},'chronology':{'childId':'c','entries':["
                        + "{'id':'a','date':'2024-01-01','kind':'REFERRAL','source':" + CSC + "},"
                        + "{'id':'b','date':'2024-02-30','kind':'MEETING','source':" + CSC + "}]}}"), CaseRecord.class);
        assertFalse(e.getMessage().contains("2024-02-30"));
    }

    @Test
    void aCategoryThatIsNotACodeAndAnUnknownKindFailAtTheirPointers() {
        failsAt("/category", "must be a code", json("{'id':'a','date':'2024-01-01','kind':'INCIDENT','source':" + CSC
                + ",'category':'Domestic abuse'}"), ChronologyEntry.class);
        failsAt("/kind", "NOT_BROUGHT_TO_APPOINTMENT", json("{'id':'a','date':'2024-01-01','kind':'DNA','source':"
                + CSC + "}"), ChronologyEntry.class);
        failsAt("/needDecisions/0/response", "required, but missing", json("{'id':'k','child':{'id':'c',"
                + "'dateOfBirth':'2019-03-02'},'needDecisions':[{'decidedOn':'2024-01-02','level':'COMPLEX'}],"
                + "'chronology':{'childId':'c'}}"), CaseRecord.class);
    }

    @Test
    void preBirthRecordsOfABornChildFailAtTheChild() {
        failsAt("/child", "unborn", json("{'id':'p','child':{'id':'c','dateOfBirth':'2016-12-28'},"
                + "'startedOn':'2016-10-20'}"), PreBirthAssessment.class);
        failsAt("/notifyOfBirth", "required, but missing", json("{'practitioner':{'id':'p','role':'Midwife','agency':"
                + CSC + "},'telephone':'0'}"), ProfessionalContact.class);
        failsAt("/sentTo", "before it was agreed", json("{'id':'p','child':{'id':'c','expectedDateOfDelivery':"
                + "'2016-12-28'},'agreedOn':'2016-11-10','sentTo':[{'recipient':'BIRTHING_UNIT','agency':" + CSC
                + ",'sentOn':'2016-11-09'}]}"), SafeguardingBirthPlan.class);
    }
}
