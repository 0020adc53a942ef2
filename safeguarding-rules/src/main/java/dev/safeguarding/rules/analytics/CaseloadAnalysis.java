package dev.safeguarding.rules.analytics;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.rules.chronology.ChronologyPatterns;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Caseload analytics for researchers and partnerships: one pass over a stream of {@link CaseRecord}s gives
 * their {@link CaseloadStatistics}: timeliness against each timescale (the share met on time, the
 * distribution of working days late), the distribution of levels of need and responses, re-referrals
 * within twelve months, the flows of steps up and down, and the patterns of the cases' chronologies.
 *
 * <pre>{@code
 * CaseloadAnalysis analysis = CaseloadAnalysis.of(LocalDate.of(2025, 3, 31));
 * CaseloadStatistics stats;
 * try (Stream<CaseRecord> cases = JsonLines.standard().read(reader, CaseRecord.class)) {
 *     stats = analysis.analyse(cases);                      // or cases.parallel()
 * }
 * stats.timeliness("wt2023.assessment").shareOnTime();
 * stats.reReferralRate();
 * }</pre>
 *
 * <p><b>As of a date.</b> The analysis reads each case as it stood on the date given: decisions and entries
 * dated after it are not counted, and a deadline not met by then is overdue or pending on it. The caller
 * gives the date (usually the end of the period of an extract); the library never reads the clock.
 *
 * <p><b>One pass, bounded memory.</b> The analysis is a {@linkplain #collector() collector} whose state is
 * counts: arrays of counts by level, response, step, pattern and timescale, and per timescale a histogram of
 * working days late whose length is the largest number of days late. It keeps nothing per case and
 * nothing per child, so its memory does not grow with the number of cases, and a stream of any length is
 * analysed in one pass, sequentially or in parallel. Each case is read on its own: its deadlines, patterns and
 * re-referrals are worked out from the record alone.
 *
 * <p><b>Re-referrals</b> are counted within each case record: a referral is a re-referral when the same
 * record holds an earlier referral no more than the {@linkplain #reReferralPeriod() re-referral period}
 * (twelve months) before it, on the same day included. A case record holds one child's history, so this is
 * a re-referral of the same child; a child whose history is split over several records has re-referrals
 * across those records missed. That is the price of keeping no per-child state: merge a child's records
 * first (their chronologies merge without loss, {@code Chronology.merge}).
 *
 * <p><b>Adding up.</b> The statistics of parts of a caseload {@linkplain CaseloadStatistics#plus add up} to
 * those of the whole, whatever the split and the order.
 *
 * <p>Immutable and safe to share between threads.
 *
 * <p>Sources: Ofsted, <i>Social care commentary: multi-agency safeguarding arrangements</i>, "Understanding
 * local need and using information to protect children" ("Some areas have used performance data,
 * qualitative information and their local strategic needs analysis exceptionally well") and "Having a line
 * of sight to practice"; HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3.
 */
public final class CaseloadAnalysis {

    private final LocalDate asOf;
    private final ChronologyPatterns patterns;
    private final Period reReferralPeriod;

    private CaseloadAnalysis(LocalDate asOf, ChronologyPatterns patterns, Period reReferralPeriod) {
        this.asOf = asOf;
        this.patterns = patterns;
        this.reReferralPeriod = reReferralPeriod;
    }

    /**
     * The analysis of cases as they stood on {@code asOf}, with the library's {@linkplain
     * ChronologyPatterns#standard() standard patterns, timescales and calendar}.
     *
     * @throws NullPointerException if {@code asOf} is null
     */
    public static CaseloadAnalysis of(LocalDate asOf) {
        return of(asOf, ChronologyPatterns.standard());
    }

    /**
     * The analysis of cases as they stood on {@code asOf}, finding {@code patterns} and following the
     * timescales they follow, on their calendar.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CaseloadAnalysis of(LocalDate asOf, ChronologyPatterns patterns) {
        return new CaseloadAnalysis(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(patterns, "patterns"),
                Period.ofMonths(12));
    }

    /**
     * This analysis with re-referrals counted within {@code period} of the previous referral.
     *
     * @throws IllegalArgumentException if {@code period} is negative or zero
     */
    public CaseloadAnalysis withReReferralPeriod(Period period) {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period: must be longer than zero");
        }
        return new CaseloadAnalysis(asOf, patterns, period);
    }

    /** The date the cases are read as of. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The patterns found, with the timescales and the calendar they follow. */
    public ChronologyPatterns patterns() {
        return patterns;
    }

    /** How soon after a referral another is a re-referral: twelve months unless set. */
    public Period reReferralPeriod() {
        return reReferralPeriod;
    }

    /**
     * The statistics of {@code cases}, in one pass; a parallel stream is analysed in parallel. The stream is
     * consumed but not closed.
     *
     * @throws NullPointerException        if {@code cases} or one of its elements is null
     * @throws java.time.DateTimeException if a deadline falls outside the calendar's coverage
     */
    public CaseloadStatistics analyse(Stream<? extends CaseRecord> cases) {
        return cases.collect(collector());
    }

    /** The statistics of one case. */
    public CaseloadStatistics analyse(CaseRecord record) {
        Accumulator accumulator = new Accumulator(this);
        accumulator.accept(Objects.requireNonNull(record, "record"));
        return accumulator.toStatistics();
    }

    /**
     * The analysis as a {@link Collector}, to use with {@code Stream.collect} or beside other collectors (for
     * example in {@code Collectors.teeing} or {@code Collectors.groupingBy} by locality). Unordered: the
     * result does not depend on the order of the cases.
     */
    public Collector<CaseRecord, ?, CaseloadStatistics> collector() {
        return Collector.of(() -> new Accumulator(this), Accumulator::accept, Accumulator::combine,
                Accumulator::toStatistics, Collector.Characteristics.UNORDERED);
    }

    /** The date and the settings. */
    @Override
    public String toString() {
        return "CaseloadAnalysis{asOf=" + asOf + ", reReferralPeriod=" + reReferralPeriod + ", " + patterns + "}";
    }
}
