package dev.safeguarding.census.analysis;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.calendar.UkCalendars;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * The timeliness and outcome measures the DfE publishes from the Children in Need census, counted over a
 * census file's children in one streaming pass: assessments completed within 45 working days, initial child
 * protection conferences within 15 working days of the Section 47 enquiry's start, re-referrals within 12
 * months of a previous referral, child protection plans ending after two years or more, children becoming the
 * subject of a plan for a second or subsequent time, and the factors identified at the end of assessment.
 *
 * <pre>{@code
 * CensusAnalysis analysis = CensusAnalysis.of(CollectionYear.CIN_2025_26);
 * try (CensusFile file = CensusReader.tolerant().open(in)) {
 *     CensusStatistics stats = analysis.analyse(file.children());
 *     System.out.println(stats.toTable());
 * }
 * }</pre>
 *
 * <p>Each measure, its published definition and the library's readings are on its accessor of
 * {@link CensusStatistics}. In brief: "in the year" is the census period of the {@linkplain #year() collection
 * year}, 1 April to the reference date 31 March, both included; working days are counted on the {@linkplain
 * #calendar() calendar} (England and Wales unless given) as {@link WorkingDays#workingDaysBetween} counts
 * them, from the day after the start to the end day included, so an assessment authorised on the day of its
 * referral took 0 working days ("started and finished the same day") and one authorised on the 45th working
 * day after it is within 45 working days. A date the calendar does not cover makes that one item untimed, not
 * the pass fail.
 *
 * <p><b>One pass, counts only.</b> The analysis is a {@linkplain #collector() collector} whose state is counts
 * (no child, identifier or date is kept), so a national-size file is analysed in bounded memory, sequentially
 * or in parallel, and the statistics of parts {@linkplain CensusStatistics#plus add up} to those of the whole.
 * Each child is read on its own: re-referrals and earlier plans are looked for within the child's own episodes
 * in the return.
 *
 * <p>Immutable and safe to share between threads.
 *
 * <p>Sources: DfE, <i>Children in need</i> statistics and their data sets on explore-education-statistics
 * (tables C2, C4, D3, D7, the factors at the end of assessment) and the methodology <i>Children in need: a
 * focus on re-referrals</i>; HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3.
 */
public final class CensusAnalysis {

    private final CollectionYear year;
    private final WorkingDays calendar;

    private CensusAnalysis(CollectionYear year, WorkingDays calendar) {
        this.year = year;
        this.calendar = calendar;
    }

    /** The analysis of {@code year}'s census on the England and Wales calendar. */
    public static CensusAnalysis of(CollectionYear year) {
        return of(year, UkCalendars.englandAndWales());
    }

    /** The analysis of {@code year}'s census counting working days on {@code calendar}. */
    public static CensusAnalysis of(CollectionYear year, WorkingDays calendar) {
        return new CensusAnalysis(Objects.requireNonNull(year, "year"), Objects.requireNonNull(calendar, "calendar"));
    }

    /** The collection year whose census period is "the year". */
    public CollectionYear year() {
        return year;
    }

    /** The working-day calendar durations are counted on. */
    public WorkingDays calendar() {
        return calendar;
    }

    /**
     * The statistics of {@code children}, in one pass; a parallel stream is analysed in parallel. The stream is
     * consumed but not closed.
     *
     * @throws NullPointerException if {@code children} or one of its elements is null
     */
    public CensusStatistics analyse(Stream<? extends CensusChild> children) {
        return children.collect(collector());
    }

    /** The statistics of one child. */
    public CensusStatistics analyse(CensusChild child) {
        CensusCounts counts = new CensusCounts(this);
        counts.accept(Objects.requireNonNull(child, "child"));
        return counts.toStatistics();
    }

    /** The analysis as an unordered {@link Collector}, to use with {@code Stream.collect} or beside other collectors. */
    public Collector<CensusChild, ?, CensusStatistics> collector() {
        return Collector.of(() -> new CensusCounts(this), CensusCounts::accept, CensusCounts::combine,
                CensusCounts::toStatistics, Collector.Characteristics.UNORDERED);
    }

    @Override
    public String toString() {
        return "CensusAnalysis{year=" + year + "}";
    }
}
