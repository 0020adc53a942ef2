package dev.safeguarding.rules.analytics;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.rules.chronology.ChronologyDeadline;
import dev.safeguarding.rules.chronology.ChronologyTally;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one pass of a {@link CaseloadAnalysis}: counts, and nothing per case. Not
 * thread-safe: a parallel stream gives each thread its own and {@linkplain #combine combines} them.
 */
final class Accumulator {

    private static final int LEVELS = LevelOfNeed.values().length;
    private static final PatternKind[] KINDS = PatternKind.values();

    private final CaseloadAnalysis analysis;
    private final List<Timescale> timescales;
    private final Timeliness[] timeliness;

    private long cases;
    private final long[] decisionsByLevel = new long[LEVELS];
    private final long[] decisionsByResponse = new long[Pathway.values().length];
    private final long[] latestLevels = new long[LEVELS];
    private long casesWithoutDecision;
    private final long[] flows = new long[LEVELS * LEVELS];
    private long referrals;
    private long reReferrals;
    private final long[] casesWithPattern = new long[PatternKind.values().length];
    private final long[] patterns = new long[PatternKind.values().length];

    Accumulator(CaseloadAnalysis analysis) {
        this.analysis = analysis;
        this.timescales = analysis.patterns().timescales();
        this.timeliness = new Timeliness[timescales.size()];
        for (int i = 0; i < timeliness.length; i++) {
            timeliness[i] = new Timeliness();
        }
    }

    /**
     * Counts one case. Split into one small method per measure, so that each is compiled early and on its own
     * (one large method waited over a second for the JIT in a fresh JVM).
     */
    void accept(CaseRecord record) {
        LocalDate asOf = analysis.asOf();
        cases++;
        decisions(record, asOf);
        referrals(record.chronology().entries(), asOf);
        ChronologyTally tally = analysis.patterns().tally(record.chronology(), asOf);
        List<List<ChronologyDeadline>> deadlines = tally.deadlines();
        for (int i = 0; i < timeliness.length; i++) {
            timeliness(timeliness[i], deadlines.get(i), asOf);
        }
        patterns(tally);
    }

    private void decisions(CaseRecord record, LocalDate asOf) {
        NeedDecision previous = null;
        List<NeedDecision> decisions = record.needDecisions();
        // index loops, here and below: no iterator for the JIT to remove, whichever list the record holds
        for (int i = 0; i < decisions.size(); i++) {
            NeedDecision decision = decisions.get(i);
            if (decision.decidedOn().isAfter(asOf)) {
                break;
            }
            decisionsByLevel[decision.level().ordinal()]++;
            decisionsByResponse[decision.response().ordinal()]++;
            if (previous != null && previous.level() != decision.level()) {
                flows[previous.level().ordinal() * LEVELS + decision.level().ordinal()]++;
            }
            previous = decision;
        }
        if (previous == null) {
            casesWithoutDecision++;
        } else {
            latestLevels[previous.level().ordinal()]++;
        }
    }

    private void referrals(List<ChronologyEntry> entries, LocalDate asOf) {
        LocalDate lastReferral = null;
        for (int i = 0; i < entries.size(); i++) {
            ChronologyEntry entry = entries.get(i);
            if (entry.date().isAfter(asOf)) {
                break;
            }
            if (entry.records(TimescaleEvent.REFERRAL_RECEIVED)) {
                referrals++;
                if (lastReferral != null && !entry.date().isAfter(lastReferral.plus(analysis.reReferralPeriod()))) {
                    reReferrals++;
                }
                lastReferral = entry.date();
            }
        }
    }

    private static void timeliness(Timeliness t, List<ChronologyDeadline> deadlines, LocalDate asOf) {
        for (int i = 0; i < deadlines.size(); i++) {
            ChronologyDeadline deadline = deadlines.get(i);
            if (deadline.completion().isPresent()) {
                DeadlineOutcome outcome = deadline.outcome().orElseThrow();
                if (outcome.isOnTime()) {
                    t.onTime++;
                } else {
                    t.late++;
                    t.lateDays.add(outcome.workingDaysLate());
                }
            } else if (asOf.isAfter(deadline.deadline().dueDate())) {
                t.overdue++;
                t.overdueDays.add(deadline.deadline().status(asOf).workingDaysOverdue());
            } else {
                t.pending++;
            }
        }
    }

    private void patterns(ChronologyTally tally) {
        for (PatternKind kind : KINDS) {
            int count = tally.patterns(kind);
            if (count > 0) {
                patterns[kind.ordinal()] += count;
                casesWithPattern[kind.ordinal()]++;
            }
        }
    }

    Accumulator combine(Accumulator other) {
        cases += other.cases;
        add(decisionsByLevel, other.decisionsByLevel);
        add(decisionsByResponse, other.decisionsByResponse);
        add(latestLevels, other.latestLevels);
        casesWithoutDecision += other.casesWithoutDecision;
        add(flows, other.flows);
        referrals += other.referrals;
        reReferrals += other.reReferrals;
        add(casesWithPattern, other.casesWithPattern);
        add(patterns, other.patterns);
        for (int i = 0; i < timeliness.length; i++) {
            timeliness[i].combine(other.timeliness[i]);
        }
        return this;
    }

    CaseloadStatistics toStatistics() {
        Map<String, TimelinessStatistics> byId = new LinkedHashMap<>();
        for (int i = 0; i < timeliness.length; i++) {
            Timescale timescale = timescales.get(i);
            Timeliness t = timeliness[i];
            byId.merge(timescale.id(), new TimelinessStatistics(timescale.id(), timescale.label(), t.onTime, t.late,
                    t.overdue, t.pending, t.lateDays.toDistribution(), t.overdueDays.toDistribution()),
                    TimelinessStatistics::plus);
        }
        return new CaseloadStatistics(cases, byId, decisionsByLevel, decisionsByResponse, latestLevels,
                casesWithoutDecision, flows, referrals, reReferrals, casesWithPattern, patterns);
    }

    private static void add(long[] into, long[] more) {
        for (int i = 0; i < into.length; i++) {
            into[i] += more[i];
        }
    }

    /** The counts of one timescale. */
    private static final class Timeliness {
        long onTime;
        long late;
        long overdue;
        long pending;
        final Distribution.Counts lateDays = new Distribution.Counts();
        final Distribution.Counts overdueDays = new Distribution.Counts();

        void combine(Timeliness other) {
            onTime += other.onTime;
            late += other.late;
            overdue += other.overdue;
            pending += other.pending;
            lateDays.addAll(other.lateDays);
            overdueDays.addAll(other.overdueDays);
        }
    }
}
