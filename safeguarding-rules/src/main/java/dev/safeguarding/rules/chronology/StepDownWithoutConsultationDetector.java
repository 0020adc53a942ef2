package dev.safeguarding.rules.chronology;

import static dev.safeguarding.rules.chronology.PatternDetector.pattern;

import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link PatternKind#STEP_DOWN_WITHOUT_CONSULTATION}: a step down that names no other agency as involved, with
 * no consultation or meeting in the consultation window up to it recorded by, or involving, an agency other than
 * the one that stepped down. The window is the library's reading (see {@link ChronologyPatterns}).
 *
 * <p>Source: Somerset Safeguarding Children Board, practitioner forum (2017), "Key Learning Points": "There was
 * disquiet expressed about the step-down of CiN plans by CSC without multi-agency consultation".
 */
record StepDownWithoutConsultationDetector(Period consultationWindow) implements PatternDetector {

    @Override
    public PatternKind kind() {
        return PatternKind.STEP_DOWN_WITHOUT_CONSULTATION;
    }

    @Override
    public int scan(List<ChronologyEntry> entries, LocalDate asOf, @Nullable List<ChronologyPattern> found) {
        int count = 0;
        for (ChronologyEntry stepDown : entries) {
            if (stepDown.kind() == ChronologyEntryKind.STEP_DOWN && !involvesAnother(stepDown, stepDown)
                    && !consulted(entries, stepDown)) {
                count++;
                if (found == null) {
                    continue;
                }
                found.add(pattern(kind(), List.of(stepDown))
                        .message("A step down on " + stepDown.date() + " (recorded by agency " + stepDown.source().id()
                                + ") with no other agency involved and no multi-agency consultation or meeting"
                                + " recorded in the " + Words.period(consultationWindow) + " before it.")
                        .build());
            }
        }
        return count;
    }

    private boolean consulted(List<ChronologyEntry> entries, ChronologyEntry stepDown) {
        LocalDate since = stepDown.date().minus(consultationWindow);
        for (ChronologyEntry other : entries) {
            if (other.date().isAfter(stepDown.date())) {
                return false;
            }
            if (!other.date().isBefore(since)
                    && (other.kind() == ChronologyEntryKind.CONSULTATION || other.kind() == ChronologyEntryKind.MEETING)
                    && (!other.source().id().equals(stepDown.source().id()) || involvesAnother(other, stepDown))) {
                return true;
            }
        }
        return false;
    }

    private static boolean involvesAnother(ChronologyEntry entry, ChronologyEntry stepDown) {
        String agency = stepDown.source().id();
        List<String> involved = entry.involvedAgencyIds();
        for (int i = 0; i < involved.size(); i++) {   // no iterator: the list's class varies with its size
            if (!involved.get(i).equals(agency)) {
                return true;
            }
        }
        return false;
    }
}
