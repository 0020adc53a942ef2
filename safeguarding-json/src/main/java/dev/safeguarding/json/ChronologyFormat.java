package dev.safeguarding.json;

import dev.safeguarding.model.assessment.ChildsView;
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
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.timescales.TimescaleEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON format of chronologies, case notes and case records (Somerset SCB practitioner forum (2017), chronologies
 * and case-note recording): each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class ChronologyFormat {

    private ChronologyFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(ChronologyEntryKind.class),
                EnumCodec.byName(CaseNoteHeading.class),
                EnumCodec.byName(PatternKind.class),
                // A chronology entry: {@code id}, {@code date}, {@code kind} and {@code source} (an agency) are
                // required; {@code category}, {@code summary}, {@code significance}, {@code childsView} and {@code
                // timescaleEvent} may be absent or {@code null}; {@code involvedAgencyIds} may be absent (empty).
                ObjectFormat.of(ChronologyEntry.class, ChronologyEntry::builder, ChronologyEntry.Builder::build)
                        .required("id", String.class, ChronologyEntry::id, ChronologyEntry.Builder::id)
                        .required("date", LocalDate.class, ChronologyEntry::date, ChronologyEntry.Builder::date)
                        .required("kind", ChronologyEntryKind.class, ChronologyEntry::kind,
                                ChronologyEntry.Builder::kind)
                        .required("source", Agency.class, ChronologyEntry::source, ChronologyEntry.Builder::source)
                        .optional("category", String.class, ChronologyEntry::category,
                                ChronologyEntry.Builder::category)
                        .optional("summary", String.class, ChronologyEntry::summary, ChronologyEntry.Builder::summary)
                        .optional("significance", String.class, ChronologyEntry::significance,
                                ChronologyEntry.Builder::significance)
                        .optional("childsView", ChildsView.class, ChronologyEntry::childsView,
                                ChronologyEntry.Builder::childsView)
                        .optional("timescaleEvent", TimescaleEvent.class, ChronologyEntry::timescaleEvent,
                                ChronologyEntry.Builder::timescaleEvent)
                        .list("involvedAgencyIds", String.class, ChronologyEntry::involvedAgencyIds,
                                ChronologyEntry.Builder::involvedAgencyIds)
                        .build(),
                // {@code {"childId": "...", "entries": [...]}}: written in chronological order; read in any order (the
                // model sorts them), an entry given twice kept once, two different entries with one source and
                // identifier an error at {@code /entries}.
                ObjectFormat.of(Chronology.class, Chronology::builder, Chronology.Builder::build)
                        .required("childId", String.class, Chronology::childId, Chronology.Builder::childId)
                        .list("entries", ChronologyEntry.class, Chronology::entries, Chronology.Builder::entries)
                        .build(),
                // {@code {"decidedOn": "2024-03-28", "level": "COMPLEX", "response": "FAST_REFERRAL"}}; all required.
                ObjectFormat.ofValues(NeedDecision.class, v -> NeedDecision.of(v.next(), v.next(), v.next()))
                        .required("decidedOn", LocalDate.class, NeedDecision::decidedOn)
                        .required("level", LevelOfNeed.class, NeedDecision::level)
                        .required("response", Pathway.class, NeedDecision::response)
                        .build(),
                // A case record, one line of a JSON Lines file: {@code {"id": "...", "child": {...}, "needDecisions":
                // [...], "chronology": {...}}}; {@code needDecisions} may be absent (none); the chronology's {@code
                // childId} must be the child's (an error at {@code /chronology} otherwise).
                ObjectFormat.of(CaseRecord.class, CaseRecord::builder, CaseRecord.Builder::build)
                        .required("id", String.class, CaseRecord::id, CaseRecord.Builder::id)
                        .required("child", Child.class, CaseRecord::child, CaseRecord.Builder::child)
                        .list("needDecisions", NeedDecision.class, CaseRecord::needDecisions,
                                CaseRecord.Builder::needDecisions)
                        .required("chronology", Chronology.class, CaseRecord::chronology,
                                CaseRecord.Builder::chronology)
                        .build(),
                // A case note: {@code id}, {@code childId}, {@code visitedOn} and {@code author} (a practitioner) are
                // required; the four headings may be absent or {@code null}; {@code childsVoice} may be absent
                // (empty).
                ObjectFormat.of(CaseNote.class, CaseNote::builder, CaseNote.Builder::build)
                        .required("id", String.class, CaseNote::id, CaseNote.Builder::id)
                        .required("childId", String.class, CaseNote::childId, CaseNote.Builder::childId)
                        .required("visitedOn", LocalDate.class, CaseNote::visitedOn, CaseNote.Builder::visitedOn)
                        .required("author", Practitioner.class, CaseNote::author, CaseNote.Builder::author)
                        .optional("purposeOfVisit", String.class, CaseNote::purposeOfVisit,
                                CaseNote.Builder::purposeOfVisit)
                        .optional("observationsOfTheChild", String.class, CaseNote::observationsOfTheChild,
                                CaseNote.Builder::observationsOfTheChild)
                        .list("childsVoice", ChildsView.class, CaseNote::childsVoice, CaseNote.Builder::childsVoice)
                        .optional("progressOnPlan", String.class, CaseNote::progressOnPlan,
                                CaseNote.Builder::progressOnPlan)
                        .optional("directWork", String.class, CaseNote::directWork, CaseNote.Builder::directWork)
                        .build(),
                // A pattern found in a chronology: {@code kind}, {@code fromDate}, {@code toDate}, {@code entries} (at
                // least one) and {@code message} are required; {@code category} and {@code timescaleId} may be absent
                // or {@code null}.
                ObjectFormat.of(ChronologyPattern.class, ChronologyPattern::builder, ChronologyPattern.Builder::build)
                        .required("kind", PatternKind.class, ChronologyPattern::kind, ChronologyPattern.Builder::kind)
                        .required("fromDate", LocalDate.class, ChronologyPattern::fromDate,
                                ChronologyPattern.Builder::fromDate)
                        .required("toDate", LocalDate.class, ChronologyPattern::toDate,
                                ChronologyPattern.Builder::toDate)
                        .list("entries", ChronologyEntry.class, ChronologyPattern::entries,
                                ChronologyPattern.Builder::entries)
                        .optional("category", String.class, ChronologyPattern::category,
                                ChronologyPattern.Builder::category)
                        .optional("timescaleId", String.class, ChronologyPattern::timescaleId,
                                ChronologyPattern.Builder::timescaleId)
                        .required("message", String.class, ChronologyPattern::message,
                                ChronologyPattern.Builder::message)
                        .build());
    }
}
