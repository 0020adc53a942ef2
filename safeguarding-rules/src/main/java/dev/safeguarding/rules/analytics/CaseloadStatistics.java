package dev.safeguarding.rules.analytics;

import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What a caseload shows, counted over a stream of case records by {@link CaseloadAnalysis}: timeliness
 * against each timescale, the distribution of levels of need and responses, re-referrals within twelve
 * months, the flows of steps up and down between levels, and how many cases show each pattern of their
 * chronology. "Local safeguarding arrangements work well when there is a clear line of sight on both the
 * operational and the strategic response locally."
 *
 * <p>Counts only: no case, child or date of a case is kept, so the statistics of any number of cases take
 * the same memory and may be shared outside the partnership as the counts they are (small counts may still
 * need suppressing before publication; that is the publisher's rule, not the library's).
 *
 * <p>Statistics add up: the statistics of a caseload split into parts, {@linkplain #plus added}, equal the
 * statistics of the whole, in any order of the parts. Immutable and safe to share between threads.
 *
 * <p>Sources: Ofsted, <i>Social care commentary: multi-agency safeguarding arrangements</i>, "Understanding
 * local need and using information to protect children" and "Having a line of sight to practice"; NSCP,
 * <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "How are our Services organised?"
 * ('step up' and 'step down').
 */
public final class CaseloadStatistics {

    private static final int LEVELS = LevelOfNeed.values().length;
    private static final int PATHWAYS = Pathway.values().length;
    private static final int PATTERNS = PatternKind.values().length;

    private final long cases;
    private final Map<String, TimelinessStatistics> timeliness;
    private final long[] decisionsByLevel;
    private final long[] decisionsByResponse;
    private final long[] latestLevels;
    private final long casesWithoutDecision;
    private final long[] flows;
    private final long referrals;
    private final long reReferrals;
    private final long[] casesWithPattern;
    private final long[] patterns;

    CaseloadStatistics(long cases, Map<String, TimelinessStatistics> timeliness, long[] decisionsByLevel,
            long[] decisionsByResponse, long[] latestLevels, long casesWithoutDecision, long[] flows, long referrals,
            long reReferrals, long[] casesWithPattern, long[] patterns) {
        this.cases = cases;
        this.timeliness = Collections.unmodifiableMap(new LinkedHashMap<>(timeliness));
        this.decisionsByLevel = decisionsByLevel.clone();
        this.decisionsByResponse = decisionsByResponse.clone();
        this.latestLevels = latestLevels.clone();
        this.casesWithoutDecision = casesWithoutDecision;
        this.flows = flows.clone();
        this.referrals = referrals;
        this.reReferrals = reReferrals;
        this.casesWithPattern = casesWithPattern.clone();
        this.patterns = patterns.clone();
    }

    /** The statistics of no cases, with no timescales. */
    public static CaseloadStatistics empty() {
        return new CaseloadStatistics(0, Map.of(), new long[LEVELS], new long[PATHWAYS], new long[LEVELS], 0,
                new long[LEVELS * LEVELS], 0, 0, new long[PATTERNS], new long[PATTERNS]);
    }

    /** The number of case records counted. */
    public long cases() {
        return cases;
    }

    /** Timeliness against each timescale followed, by the timescale's id, in the analysis's order. */
    public Map<String, TimelinessStatistics> timeliness() {
        return timeliness;
    }

    /**
     * Timeliness against the timescale with {@code timescaleId}.
     *
     * @throws NoSuchElementException if the analysis did not follow that timescale
     */
    public TimelinessStatistics timeliness(String timescaleId) {
        TimelinessStatistics statistics = timeliness.get(timescaleId);
        if (statistics == null) {
            throw new NoSuchElementException("timescaleId: not followed by this analysis; followed: "
                    + timeliness.keySet());
        }
        return statistics;
    }

    /** How many decisions about the level of need were made at each level (every decision of every case). */
    public Map<LevelOfNeed, Long> decisionsByLevel() {
        return byLevel(decisionsByLevel);
    }

    /** How many decisions chose each response (every decision of every case). */
    public Map<Pathway, Long> decisionsByResponse() {
        Map<Pathway, Long> map = new EnumMap<>(Pathway.class);
        for (Pathway pathway : Pathway.values()) {
            map.put(pathway, decisionsByResponse[pathway.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** How many cases are at each level by their latest decision. */
    public Map<LevelOfNeed, Long> latestLevels() {
        return byLevel(latestLevels);
    }

    /** How many cases have no decision about the level of need. */
    public long casesWithoutDecision() {
        return casesWithoutDecision;
    }

    /** How many times a decision at {@code from} was followed, in the same case, by one at {@code to}. */
    public long flow(LevelOfNeed from, LevelOfNeed to) {
        return flows[from.ordinal() * LEVELS + to.ordinal()];
    }

    /** Steps up: decisions at a higher level than the decision before them in the case. */
    public long stepUps() {
        long total = 0;
        for (LevelOfNeed from : LevelOfNeed.values()) {
            for (LevelOfNeed to : LevelOfNeed.values()) {
                total += to.isHigherThan(from) ? flow(from, to) : 0;
            }
        }
        return total;
    }

    /** Steps down: decisions at a lower level than the decision before them in the case. */
    public long stepDowns() {
        long total = 0;
        for (LevelOfNeed from : LevelOfNeed.values()) {
            for (LevelOfNeed to : LevelOfNeed.values()) {
                total += from.isHigherThan(to) ? flow(from, to) : 0;
            }
        }
        return total;
    }

    /** Referrals received by children's social care. */
    public long referrals() {
        return referrals;
    }

    /** Referrals received within the re-referral period (twelve months by default) of the case's previous one. */
    public long reReferrals() {
        return reReferrals;
    }

    /** Re-referrals as a share of referrals, from 0 to 1; empty when there were no referrals. */
    public OptionalDouble reReferralRate() {
        return referrals == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reReferrals / referrals);
    }

    /** How many cases show each kind of pattern at least once. */
    public Map<PatternKind, Long> casesWithPattern() {
        return byPattern(casesWithPattern);
    }

    /** How many patterns of each kind were found, in all cases. */
    public Map<PatternKind, Long> patterns() {
        return byPattern(patterns);
    }

    /**
     * The statistics of both parts of a caseload: every count is the sum of the two, timeliness is added
     * timescale by timescale (a timescale one part did not follow counts as none).
     */
    public CaseloadStatistics plus(CaseloadStatistics other) {
        Objects.requireNonNull(other, "other");
        Map<String, TimelinessStatistics> sum = new LinkedHashMap<>(timeliness);
        other.timeliness.forEach((id, t) -> sum.merge(id, t, TimelinessStatistics::plus));
        return new CaseloadStatistics(cases + other.cases, sum, add(decisionsByLevel, other.decisionsByLevel),
                add(decisionsByResponse, other.decisionsByResponse), add(latestLevels, other.latestLevels),
                casesWithoutDecision + other.casesWithoutDecision, add(flows, other.flows), referrals + other.referrals,
                reReferrals + other.reReferrals, add(casesWithPattern, other.casesWithPattern),
                add(patterns, other.patterns));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CaseloadStatistics)) {
            return false;
        }
        CaseloadStatistics that = (CaseloadStatistics) other;
        return cases == that.cases && timeliness.equals(that.timeliness)
                && Arrays.equals(decisionsByLevel, that.decisionsByLevel)
                && Arrays.equals(decisionsByResponse, that.decisionsByResponse)
                && Arrays.equals(latestLevels, that.latestLevels) && casesWithoutDecision == that.casesWithoutDecision
                && Arrays.equals(flows, that.flows) && referrals == that.referrals && reReferrals == that.reReferrals
                && Arrays.equals(casesWithPattern, that.casesWithPattern) && Arrays.equals(patterns, that.patterns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cases, timeliness, Arrays.hashCode(decisionsByLevel), Arrays.hashCode(flows), referrals,
                reReferrals, Arrays.hashCode(patterns));
    }

    /** The main counts. */
    @Override
    public String toString() {
        return "CaseloadStatistics{cases=" + cases + ", referrals=" + referrals + ", reReferrals=" + reReferrals
                + ", stepUps=" + stepUps() + ", stepDowns=" + stepDowns() + ", timescales=" + timeliness.keySet()
                + "}";
    }

    private static Map<LevelOfNeed, Long> byLevel(long[] counts) {
        Map<LevelOfNeed, Long> map = new EnumMap<>(LevelOfNeed.class);
        for (LevelOfNeed level : LevelOfNeed.values()) {
            map.put(level, counts[level.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<PatternKind, Long> byPattern(long[] counts) {
        Map<PatternKind, Long> map = new EnumMap<>(PatternKind.class);
        for (PatternKind kind : PatternKind.values()) {
            map.put(kind, counts[kind.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }
}
