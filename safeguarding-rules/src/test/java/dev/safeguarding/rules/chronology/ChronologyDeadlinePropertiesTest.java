package dev.safeguarding.rules.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.timescales.Timescales;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding a chronology's deadlines in one pass gives exactly what the plain nested search gives (kept here as
 * the oracle): the same deadlines, triggers, completions and due dates, for every catalogue timescale, over
 * generated chronologies and over synthetic case records.
 */
class ChronologyDeadlinePropertiesTest {

    private static final WorkingDays CALENDAR = UkCalendars.englandAndWales();
    private static final LocalDate FROM = LocalDate.of(2023, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    @Test
    void theOnePassSearchFindsWhatTheNestedSearchFindsInGeneratedChronologies() {
        Property.forAll(ChronologyGen.chronologies(), chronology -> {
            for (Timescale timescale : Timescales.all()) {
                assertEquals(naive(chronology.entries(), timescale), found(chronology.entries(), timescale),
                        timescale.id());
            }
        });
    }

    @Test
    void theOnePassSearchFindsWhatTheNestedSearchFindsInSyntheticCaseRecords() {
        Gen<CaseRecord> records = random -> SyntheticCaseload.of(random.nextLong(), FROM, TO).cases(1)
                .findFirst().orElseThrow();
        Property.forAll(200, records, record -> {
            for (Timescale timescale : Timescales.all()) {
                List<ChronologyEntry> entries = record.chronology().entries();
                assertEquals(naive(entries, timescale), found(entries, timescale), timescale.id());
            }
        });
    }

    private static List<String> found(List<ChronologyEntry> entries, Timescale timescale) {
        return ChronologyDeadline.all(entries, timescale, CALENDAR).stream().map(Object::toString).toList();
    }

    /** The nested search the one-pass search replaced, kept as the oracle. */
    private static List<String> naive(List<ChronologyEntry> entries, Timescale timescale) {
        TimescaleEvent triggerEvent = timescale.triggerEvent();
        TimescaleEvent boundedEvent = timescale.boundedEvent();
        boolean same = triggerEvent.equals(boundedEvent);
        List<String> deadlines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ChronologyEntry trigger = entries.get(i);
            if (!trigger.records(triggerEvent)) {
                continue;
            }
            LocalDate nextTrigger = null;
            if (!same) {
                for (int j = i + 1; j < entries.size(); j++) {
                    ChronologyEntry next = entries.get(j);
                    if (next.records(triggerEvent) && next.date().isAfter(trigger.date())) {
                        nextTrigger = next.date();
                        break;
                    }
                }
            }
            LocalDate planEnd = null;
            if (same) {
                for (ChronologyEntry entry : entries) {
                    if (entry.kind() == ChronologyEntryKind.PLAN_END && !entry.date().isBefore(trigger.date())) {
                        planEnd = entry.date();
                        break;
                    }
                }
            }
            LocalDate cutOff = same ? planEnd : nextTrigger;
            ChronologyEntry completion = null;
            for (int j = same ? i + 1 : 0; j < entries.size(); j++) {
                ChronologyEntry candidate = entries.get(j);
                if (candidate.date().isBefore(trigger.date()) || j == i || !candidate.records(boundedEvent)) {
                    continue;
                }
                if (cutOff != null && candidate.date().isAfter(cutOff)) {
                    break;
                }
                completion = candidate;
                break;
            }
            Deadline deadline = timescale.dueFrom(trigger.date(), CALENDAR);
            if (completion == null && planEnd != null && !planEnd.isAfter(deadline.dueDate())) {
                continue;
            }
            deadlines.add("ChronologyDeadline{" + timescale.id() + ", trigger " + trigger.id() + " on "
                    + trigger.date() + ", due " + deadline.dueDate()
                    + (completion == null ? ", awaited" : ", completed by " + completion.id() + " on "
                            + completion.date()) + "}");
        }
        return deadlines;
    }
}
