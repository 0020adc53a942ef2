package dev.safeguarding.benchmarks;

import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.model.timescales.Timescales;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A researcher's bulk job: due dates and statuses for a million deadlines (one operation is the
 * whole million), with synthetic trigger dates over 2000-2089 and "as of" dates up to a year later.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeadlineBulkBenchmark {

    private static final int DEADLINES = 1_000_000;

    private WorkingCalendar calendar;
    private Timescale[] timescales;
    private LocalDate[] triggers;
    private LocalDate[] asOf;

    /** A million triggers, as-of dates and catalogue timescales, from a fixed seed. */
    @Setup
    public void setUp() {
        calendar = UkCalendars.englandAndWales();
        List<Timescale> all = Timescales.all();
        SplittableRandom random = new SplittableRandom(45L);
        long first = LocalDate.of(2000, 1, 1).toEpochDay();
        long last = LocalDate.of(2089, 12, 31).toEpochDay();
        timescales = new Timescale[DEADLINES];
        triggers = new LocalDate[DEADLINES];
        asOf = new LocalDate[DEADLINES];
        for (int i = 0; i < DEADLINES; i++) {
            timescales[i] = all.get(random.nextInt(all.size()));
            triggers[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            asOf[i] = triggers[i].plusDays(random.nextInt(0, 366));
        }
    }

    /** Every catalogue timescale in turn: due date, then status, for a million deadlines. */
    @Benchmark
    public long dueDatesAndStatuses_millionMixed() {
        long sum = 0;
        for (int i = 0; i < DEADLINES; i++) {
            Deadline deadline = timescales[i].dueFrom(triggers[i], calendar);
            DeadlineStatus status = deadline.status(asOf[i]);
            sum += status.workingDaysLeft() - status.workingDaysOverdue() + status.state().ordinal();
        }
        return sum;
    }

    /** The 45-working-day assessment: due date, then status, for a million referrals. */
    @Benchmark
    public long dueDatesAndStatuses_millionAssessments() {
        Timescale assessment = Timescales.ASSESSMENT;
        long sum = 0;
        for (int i = 0; i < DEADLINES; i++) {
            DeadlineStatus status = assessment.dueFrom(triggers[i], calendar).status(asOf[i]);
            sum += status.workingDaysLeft() - status.workingDaysOverdue() + status.state().ordinal();
        }
        return sum;
    }
}
