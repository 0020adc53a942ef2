package dev.safeguarding.census.analysis;

import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CollectionYear;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The timeliness and outcome measures of a census year, as the DfE publishes them from the Children in Need
 * census, counted by {@link CensusAnalysis}. Each accessor gives the published definition it follows, with
 * its source, and says where the definition was not found and the count is the library's reading.
 *
 * <p>Shares are of the items that could be timed (both dates present, in order, on the calendar); the items
 * counted but not timed are the difference ({@code assessmentsCompleted() - assessmentsTimed()}).
 * {@link #toTable()} prints the measures as a DfE-style table, percentages to one decimal place.
 *
 * <p>Counts only: no child, identifier or date. Immutable; the statistics of parts of a census add up
 * ({@link #plus}).
 *
 * <p>Sources: DfE, <i>Children in need</i> (explore-education-statistics.service.gov.uk), data sets "C2
 * Completed assessments by duration of assessment and local authority"
 * ({@code data-catalogue/data-set/3fb5a93d-1eb3-4f3a-bdd0-5caea4556ce6}) and "D7 Child Protection Plans Ending
 * in year by Length of Time" ({@code data-catalogue/data-set/14b5b575-3dd9-4fe9-b2ee-39718c0c5e50}, its
 * footnotes; the 2025 edition {@code 04a78d29-2196-4bea-bf95-7a2eced5d0d5}), and tables C4 and D3 as LG Inform
 * describes them (http://id.esd.org.uk/metricType/3217 and http://id.esd.org.uk/metricType/100, "Taken from
 * Characteristics of Children in need"); DfE methodology <i>Children in need: a focus on re-referrals</i>
 * (explore-education-statistics.service.gov.uk/methodology/children-in-need-a-focus-on-re-referrals), "Re-referrals".
 */
public final class CensusStatistics {

    /** The counts kept; their order is the order of the state arrays. */
    enum Count {
        CHILDREN, REFERRALS, RE_REFERRALS, ASSESSMENTS_COMPLETED, ASSESSMENTS_TIMED, ASSESSMENTS_WITHIN_45_WORKING_DAYS,
        ASSESSMENTS_WITH_FACTORS, CONFERENCES, CONFERENCES_TIMED, CONFERENCES_WITHIN_15_WORKING_DAYS, PLANS_ENDED,
        CHILDREN_STARTING_PLANS, CHILDREN_STARTING_SUBSEQUENT_PLANS
    }

    /**
     * The duration bands of completed assessments, in working days from the referral to the authorisation, as the
     * DfE's data set C2 names its columns ("Started and finished the same day", "1 to 10 days" … "61+ days").
     */
    public enum AssessmentDuration {
        /** "Started and finished the same day": 0 working days. */
        SAME_DAY("Same day", 0),
        /** 1 to 10 working days. */
        DAYS_1_TO_10("1-10", 10),
        /** 11 to 20 working days. */
        DAYS_11_TO_20("11-20", 20),
        /** 21 to 30 working days. */
        DAYS_21_TO_30("21-30", 30),
        /** 31 to 40 working days. */
        DAYS_31_TO_40("31-40", 40),
        /** 41 to 45 working days: the last band within the 45 working days. */
        DAYS_41_TO_45("41-45", 45),
        /** 46 to 50 working days. */
        DAYS_46_TO_50("46-50", 50),
        /** 51 to 60 working days. */
        DAYS_51_TO_60("51-60", 60),
        /** 61 working days or more. */
        DAYS_61_OR_MORE("61+", Integer.MAX_VALUE);

        private final String label;
        private final int upTo;

        AssessmentDuration(String label, int upTo) {
            this.label = label;
            this.upTo = upTo;
        }

        /** The band's column heading, for example {@code 41-45}. */
        public String label() {
            return label;
        }

        /** The band of {@code workingDays}, which must not be negative. */
        public static AssessmentDuration of(int workingDays) {
            if (workingDays < 0) {
                throw new IllegalArgumentException("workingDays: must not be negative");
            }
            for (AssessmentDuration band : values()) {
                if (workingDays <= band.upTo) {
                    return band;
                }
            }
            throw new AssertionError("the last band is open");
        }
    }

    /**
     * The duration bands of child protection plans ending in the year, from the plan's start date to its end
     * date, as the DfE's data set D7 names its columns.
     */
    public enum PlanDuration {
        /** "3 months or less". */
        UP_TO_3_MONTHS("3 months or less"),
        /** "More than 3 months but less than or equal to 6 months". */
        OVER_3_UP_TO_6_MONTHS("More than 3 months but less than or equal to 6 months"),
        /** "More than 6 months but less than 1 year". */
        OVER_6_MONTHS_UNDER_1_YEAR("More than 6 months but less than 1 year"),
        /** "1 year but less than 2 years". */
        FROM_1_YEAR_UNDER_2_YEARS("1 year but less than 2 years"),
        /** "2 years or more". */
        TWO_YEARS_OR_MORE("2 years or more");

        private final String label;

        PlanDuration(String label) {
            this.label = label;
        }

        /** The band's column heading. */
        public String label() {
            return label;
        }

        /**
         * The band of a plan from {@code start} to {@code end} (not before it), by calendar months and years as
         * {@link LocalDate#plusMonths} counts them: a plan from 1 June 2023 to 1 June 2025 lasted 2 years.
         */
        public static PlanDuration of(LocalDate start, LocalDate end) {
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("end: must not be before the start");
            }
            if (!end.isAfter(start.plusMonths(3))) {
                return UP_TO_3_MONTHS;
            }
            if (!end.isAfter(start.plusMonths(6))) {
                return OVER_3_UP_TO_6_MONTHS;
            }
            if (end.isBefore(start.plusYears(1))) {
                return OVER_6_MONTHS_UNDER_1_YEAR;
            }
            return end.isBefore(start.plusYears(2)) ? FROM_1_YEAR_UNDER_2_YEARS : TWO_YEARS_OR_MORE;
        }
    }

    private final CollectionYear year;
    private final long[] counts;
    private final long[] assessmentDurations;
    private final long[] planDurations;
    private final long[] factors;

    CensusStatistics(CollectionYear year, long[] counts, long[] assessmentDurations, long[] planDurations,
            long[] factors) {
        this.year = year;
        this.counts = counts.clone();
        this.assessmentDurations = assessmentDurations.clone();
        this.planDurations = planDurations.clone();
        this.factors = factors.clone();
    }

    /** The collection year whose census period is "the year". */
    public CollectionYear year() {
        return year;
    }

    /** The children in the return. */
    public long children() {
        return count(Count.CHILDREN);
    }

    /** Referrals in the year: episodes whose {@code <CINreferralDate>} falls in the census period. */
    public long referrals() {
        return count(Count.REFERRALS);
    }

    /**
     * Re-referrals: referrals in the year within 12 months of a previous referral of the same child. "A
     * re-referral occurs when a child is referred within 12 months of a previous referral" (DfE, <i>Children in
     * need: a focus on re-referrals</i>, methodology). The library's reading: the previous referral is the
     * child's latest earlier one in the return (any date), and "within 12 months" includes the same date 12
     * months on ({@link LocalDate#plusMonths}), as the library's caseload analytics count it. A census return
     * holds the episodes open in the year, so a previous referral whose episode closed before the year is not
     * in it: the DfE links children across years; a single return can undercount.
     */
    public long reReferrals() {
        return count(Count.RE_REFERRALS);
    }

    /** Re-referrals as a share of referrals in the year, from 0 to 1; empty when there were none. */
    public OptionalDouble reReferralRate() {
        return share(count(Count.RE_REFERRALS), count(Count.REFERRALS));
    }

    /** Assessments completed in the year: those whose {@code <AssessmentAuthorisationDate>} falls in the census period. */
    public long assessmentsCompleted() {
        return count(Count.ASSESSMENTS_COMPLETED);
    }

    /** Completed assessments whose episode has a referral date on or before the authorisation, on the calendar. */
    public long assessmentsTimed() {
        return count(Count.ASSESSMENTS_TIMED);
    }

    /**
     * Completed assessments authorised within 45 working days of the referral. Working Together 2023: "no longer
     * than 45 working days from the point of referral"; the DfE publishes completed assessments by duration in
     * working days (data set C2, with the bands {@link AssessmentDuration}). The start of the count is the
     * library's reading: the DfE's methodology text was not found, and C2's first band, "Started and finished the
     * same day", could be read as counting from the assessment's own start; the library counts from the
     * episode's {@code <CINreferralDate>}, as Working Together sets the timescale, to the
     * {@code <AssessmentAuthorisationDate>}, in England and Wales working days after the referral day.
     */
    public long assessmentsWithin45WorkingDays() {
        return count(Count.ASSESSMENTS_WITHIN_45_WORKING_DAYS);
    }

    /** The share of timed assessments completed within 45 working days, from 0 to 1; empty when none was timed. */
    public OptionalDouble shareOfAssessmentsWithin45WorkingDays() {
        return share(count(Count.ASSESSMENTS_WITHIN_45_WORKING_DAYS), count(Count.ASSESSMENTS_TIMED));
    }

    /** The timed assessments by duration band (data set C2's columns), every band present. */
    public Map<AssessmentDuration, Long> assessmentDurations() {
        return byConstant(AssessmentDuration.class, assessmentDurations);
    }

    /**
     * Initial child protection conferences in the year: Section 47 enquiries whose {@code <DateOfInitialCPC>}
     * falls in the census period. "If a child was the subject of section 47 enquiries on more than one occasion
     * during the year, each occasion is recorded separately" (table C4). An episode's own
     * {@code <DateOfInitialCPC>} with no Section 47 enquiry (a transfer-in conference, which the DfE reports
     * apart) is not counted: the library's reading.
     */
    public long initialConferences() {
        return count(Count.CONFERENCES);
    }

    /**
     * Conferences in the year not before their enquiry's start: "This measure excludes cases where the recorded
     * initial child protection conference date is before section 47 date, however these will be included in
     * overall number of ICPCs" (table C4).
     */
    public long initialConferencesTimed() {
        return count(Count.CONFERENCES_TIMED);
    }

    /**
     * Initial conferences held within 15 working days of the start of the Section 47 enquiry: "initial child
     * protection conferences (ICPC) carried out within ... working days from the start of section 47 enquiry ...
     * based upon the actual section 47 start date and the date of the initial child protection conference"
     * (table C4, as LG Inform describes it). Working days after the start day, England and Wales.
     */
    public long initialConferencesWithin15WorkingDays() {
        return count(Count.CONFERENCES_WITHIN_15_WORKING_DAYS);
    }

    /** The share of timed conferences held within 15 working days, from 0 to 1; empty when none was timed. */
    public OptionalDouble shareOfInitialConferencesWithin15WorkingDays() {
        return share(count(Count.CONFERENCES_WITHIN_15_WORKING_DAYS), count(Count.CONFERENCES_TIMED));
    }

    /** Child protection plans ending in the year: those whose {@code <CPPendDate>} falls in the census period. */
    public long plansEnded() {
        return count(Count.PLANS_ENDED);
    }

    /**
     * The plans ended in the year with a start on or before their end, by duration: "The duration of a child
     * protection plan which ended during the year ending 31 March is calculated as the time between the child
     * protection plan start date and end date" (data set D7), every band present.
     */
    public Map<PlanDuration, Long> planDurations() {
        return byConstant(PlanDuration.class, planDurations);
    }

    /** Plans ended in the year that lasted two years or more (data set D7, "2 years or more"). */
    public long plansEndedAfterTwoYearsOrMore() {
        return planDurations[PlanDuration.TWO_YEARS_OR_MORE.ordinal()];
    }

    /** The share of the plans ended (with a duration) that lasted two years or more, from 0 to 1; empty when none. */
    public OptionalDouble shareOfPlansEndedAfterTwoYearsOrMore() {
        return share(plansEndedAfterTwoYearsOrMore(), Arrays.stream(planDurations).sum());
    }

    /** Children who became the subject of a child protection plan in the year (a {@code <CPPstartDate>} in the period). */
    public long childrenStartingPlans() {
        return count(Count.CHILDREN_STARTING_PLANS);
    }

    /**
     * Of the children who became the subject of a plan in the year, those for whom it was a second or subsequent
     * time: "The percentage of children who became subject to a Child Protection Plan at any time during the
     * year, who had previously been the subject of a Child Protection Plan ... regardless of how long ago that
     * was" (table D3, as LG Inform describes it). The library's reading of the census: a plan starting in the
     * year with a {@code <NumberOfPreviousCPP>} of 1 or more, or starting after another plan of the child in the
     * return; each child counted once.
     */
    public long childrenStartingPlansForASecondOrSubsequentTime() {
        return count(Count.CHILDREN_STARTING_SUBSEQUENT_PLANS);
    }

    /** The share of children starting a plan for whom it was a second or subsequent plan; empty when none. */
    public OptionalDouble shareOfChildrenStartingPlansForASecondOrSubsequentTime() {
        return share(count(Count.CHILDREN_STARTING_SUBSEQUENT_PLANS), count(Count.CHILDREN_STARTING_PLANS));
    }

    /** Assessments completed in the year with at least one factor identified at their end. */
    public long assessmentsWithFactors() {
        return count(Count.ASSESSMENTS_WITH_FACTORS);
    }

    /**
     * The factors identified at the end of assessment: for each factor, the assessments completed in the year
     * that identified it (a factor returned twice in one assessment counted once), every factor present, in the
     * list's order. The DfE publishes "factors identified at the end of assessment"; counting by completed
     * assessment is the library's reading (the DfE's unit was not found).
     */
    public Map<AssessmentFactor, Long> factors() {
        return byConstant(AssessmentFactor.class, factors);
    }

    /**
     * The statistics of both parts of a census: every count is the sum of the two.
     *
     * @throws IllegalArgumentException if {@code other} is another year's
     */
    public CensusStatistics plus(CensusStatistics other) {
        Objects.requireNonNull(other, "other");
        if (year != other.year) {
            throw new IllegalArgumentException("other: must be the statistics of the same collection year");
        }
        long[] c = counts.clone();
        long[] a = assessmentDurations.clone();
        long[] p = planDurations.clone();
        long[] f = factors.clone();
        CensusCounts.add(c, other.counts);
        CensusCounts.add(a, other.assessmentDurations);
        CensusCounts.add(p, other.planDurations);
        CensusCounts.add(f, other.factors);
        return new CensusStatistics(year, c, a, p, f);
    }

    /**
     * The measures as a table in the DfE's manner: counts with thousands separators, percentages to one decimal
     * place, the duration bands and the factors identified (those identified at least once, most frequent
     * first, then in the list's order).
     */
    public String toTable() {
        StringBuilder table = new StringBuilder();
        table.append("Children in need census ").append(year).append(": census period ").append(year.censusStart())
                .append(" to ").append(year.referenceDate()).append('\n');
        row(table, "Children in the return", children(), null);
        row(table, "Referrals in the year", referrals(), null);
        row(table, "  re-referrals within 12 months of a previous referral", reReferrals(), reReferralRate());
        row(table, "Assessments completed in the year", assessmentsCompleted(), null);
        row(table, "  timed (referral date on or before authorisation)", assessmentsTimed(), null);
        row(table, "  within 45 working days of the referral", assessmentsWithin45WorkingDays(),
                shareOfAssessmentsWithin45WorkingDays());
        for (AssessmentDuration band : AssessmentDuration.values()) {
            String heading = band == AssessmentDuration.SAME_DAY ? "started and finished the same day"
                    : band.label() + " working days";
            row(table, "    " + heading, assessmentDurations[band.ordinal()],
                    share(assessmentDurations[band.ordinal()], assessmentsTimed()));
        }
        row(table, "Initial child protection conferences in the year", initialConferences(), null);
        row(table, "  timed (not before the section 47 enquiry started)", initialConferencesTimed(), null);
        row(table, "  within 15 working days of the section 47 start", initialConferencesWithin15WorkingDays(),
                shareOfInitialConferencesWithin15WorkingDays());
        row(table, "Child protection plans ending in the year", plansEnded(), null);
        long withDuration = Arrays.stream(planDurations).sum();
        for (PlanDuration band : PlanDuration.values()) {
            row(table, "  " + band.label(), planDurations[band.ordinal()], share(planDurations[band.ordinal()],
                    withDuration));
        }
        row(table, "Children starting a child protection plan in the year", childrenStartingPlans(), null);
        row(table, "  for a second or subsequent time", childrenStartingPlansForASecondOrSubsequentTime(),
                shareOfChildrenStartingPlansForASecondOrSubsequentTime());
        row(table, "Assessments completed in the year with factors identified", assessmentsWithFactors(), null);
        AssessmentFactor[] byFrequency = AssessmentFactor.values();
        Arrays.sort(byFrequency, (x, y) -> Long.compare(factors[y.ordinal()], factors[x.ordinal()]));
        for (AssessmentFactor factor : byFrequency) {
            long n = factors[factor.ordinal()];
            if (n > 0) {
                row(table, "  " + factor.code() + " " + abbreviate(factor.label()), n, share(n, assessmentsWithFactors()));
            }
        }
        return table.toString();
    }

    private static String abbreviate(String label) {
        return label.length() <= 52 ? label : label.substring(0, 51) + "…";
    }

    private static void row(StringBuilder table, String label, long count, OptionalDouble share) {
        table.append(String.format(Locale.UK, "%-58s %10s", label, String.format(Locale.UK, "%,d", count)));
        if (share != null) {
            table.append(share.isPresent() ? String.format(Locale.UK, " %6.1f%%", share.getAsDouble() * 100) : "       -");
        }
        table.append('\n');
    }

    private static <E extends Enum<E>> Map<E, Long> byConstant(Class<E> type, long[] counts) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            map.put(constant, counts[constant.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    private long count(Count count) {
        return counts[count.ordinal()];
    }

    private static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CensusStatistics)) {
            return false;
        }
        CensusStatistics that = (CensusStatistics) other;
        return year == that.year && Arrays.equals(counts, that.counts)
                && Arrays.equals(assessmentDurations, that.assessmentDurations)
                && Arrays.equals(planDurations, that.planDurations) && Arrays.equals(factors, that.factors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, Arrays.hashCode(counts), Arrays.hashCode(assessmentDurations),
                Arrays.hashCode(planDurations), Arrays.hashCode(factors));
    }

    /** The year and the headline counts. */
    @Override
    public String toString() {
        return "CensusStatistics{year=" + year + ", children=" + children() + ", referrals=" + referrals()
                + ", assessmentsCompleted=" + assessmentsCompleted() + ", initialConferences=" + initialConferences()
                + ", plansEnded=" + plansEnded() + ", childrenStartingPlans=" + childrenStartingPlans() + "}";
    }
}
