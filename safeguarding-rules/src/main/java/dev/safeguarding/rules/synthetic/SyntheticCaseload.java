package dev.safeguarding.rules.synthetic;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.calendar.UkCalendars;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A synthetic caseload: as many {@link CaseRecord}s as asked for, made up from a seed, so that researchers
 * and vendors can test and demonstrate without touching live records. No real person is in it: children
 * are {@code syn-child-<n>} with no name, agencies are the synthetic ones of {@link #agencies()}, and every
 * free text is a stock phrase that begins "Synthetic".
 *
 * <pre>{@code
 * SyntheticCaseload synthetic = SyntheticCaseload.of(42L, LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 31));
 * try (Stream<CaseRecord> cases = synthetic.cases(100_000)) { ... }     // the same 100,000 every time
 * CaseRecord one = synthetic.caseAt(17);                               // the 18th of them, alone
 * }</pre>
 *
 * <p><b>Reproducible.</b> Case {@code n} is made from the seed and {@code n} alone (its own {@link
 * java.util.SplittableRandom}), so the same seed and dates give the same cases on every machine and Java
 * version the library supports, in a parallel stream as in a sequential one, and {@link #caseAt(long)}
 * gives any case without making those before it. The caller gives the seed and the dates; the generator
 * never reads the clock.
 *
 * <p><b>Shapes.</b> The shapes follow the guidance's processes; the proportions are the library's
 * invention, chosen to exercise every rule, and are no statistic of any real caseload:
 * <ul>
 *   <li>referrals spread over the period, most on working days, some on weekends and bank holidays, and
 *       about one in ten on the last working day before a bank holiday, so that deadlines run across
 *       Easter, Christmas and the May bank holidays;</li>
 *   <li>mixed levels of need (roughly 15% universal, 35% additional, 35% complex and 15% acute at
 *       referral) with the responses that go with them; early help plans, Child in Need plans and child
 *       protection plans with their reviews, meetings, core groups and conferences; steps up and steps down
 *       between them; about one case in twenty referred before birth;</li>
 *   <li>the Working Together 2023 timescales mostly met, sometimes late (decisions on referrals,
 *       assessments, initial conferences, first core groups, review conferences), and CADS consultations
 *       with their feedback summaries;</li>
 *   <li>chronologies with and without patterns: bursts of repeated incidents of one category, runs of
 *       appointments the child was not brought to and services refused, plans that drift without review,
 *       steps down with and without multi-agency consultation, and re-referrals within and after twelve
 *       months;</li>
 *   <li>the child's voice (words or observed behaviour) on some visits and incidents.</li>
 * </ul>
 *
 * <p>Referrals fall between the two dates given; later events of a case may run up to about three years
 * after the last, and must be within the calendar's coverage (for the UK calendars, 1990 to 2099).
 *
 * <p>Immutable and safe to share between threads.
 *
 * <p>Sources (of the processes, not the numbers): HM Government, <i>Working Together to Safeguard
 * Children</i> (2023), Chapter 3; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i>
 * (2023); Somerset Safeguarding Children Board, practitioner forum (2017), "Timeline/Processes".
 */
public final class SyntheticCaseload {

    /** Children's services of the synthetic council. */
    static final Agency COUNCIL = Agency.of("syn-la", "Synthetic Council",
            AgencyType.LOCAL_AUTHORITY);
    /** The synthetic police force. */
    static final Agency POLICE = Agency.of("syn-police", "Synthetic Police", AgencyType.POLICE);
    /** The synthetic community health trust (health visitors, school nurses). */
    static final Agency HEALTH = Agency.of("syn-health", "Synthetic Health Trust", AgencyType.HEALTH);
    /** The synthetic hospital trust (midwifery, the birthing unit). */
    static final Agency HOSPITAL = Agency.of("syn-hospital", "Synthetic Hospital", AgencyType.HEALTH);
    /** The synthetic school. */
    static final Agency SCHOOL = Agency.of("syn-school", "Synthetic School", AgencyType.EDUCATION);
    /** The synthetic family support charity. */
    static final Agency CHARITY = Agency.of("syn-charity", "Synthetic Charity",
            AgencyType.VOLUNTARY_SECTOR);
    /** The synthetic adult mental health service. */
    static final Agency ADULT_SERVICES = Agency.of("syn-adult-mh", "Synthetic Adult Mental Health",
            AgencyType.ADULT_SERVICES);

    private static final List<Agency> AGENCIES = List.of(COUNCIL, POLICE, HEALTH, HOSPITAL, SCHOOL, CHARITY,
            ADULT_SERVICES);

    private final long seed;
    private final LocalDate from;
    private final LocalDate to;
    private final WorkingDays calendar;
    private final boolean freeText;

    private SyntheticCaseload(long seed, LocalDate from, LocalDate to, WorkingDays calendar, boolean freeText) {
        this.seed = seed;
        this.from = from;
        this.to = to;
        this.calendar = calendar;
        this.freeText = freeText;
    }

    /**
     * The caseload of {@code seed}, with referrals from {@code from} to {@code to} (both included), on the
     * England and Wales calendar, with free text.
     *
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static SyntheticCaseload of(long seed, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from");
        }
        return new SyntheticCaseload(seed, from, to, UkCalendars.englandAndWales(), true);
    }

    /** This caseload on another calendar (working days decide when events fall and deadlines are due). */
    public SyntheticCaseload withCalendar(WorkingDays calendar) {
        return new SyntheticCaseload(seed, from, to, Objects.requireNonNull(calendar, "calendar"), freeText);
    }

    /**
     * This caseload with or without free text: without, entries have no summary, significance or child's
     * view, as in a research extract (the shapes and dates are the same).
     */
    public SyntheticCaseload withFreeText(boolean freeText) {
        return new SyntheticCaseload(seed, from, to, calendar, freeText);
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The first date a referral may fall on. */
    public LocalDate from() {
        return from;
    }

    /** The last date a referral may fall on. */
    public LocalDate to() {
        return to;
    }

    /** The calendar. */
    public WorkingDays calendar() {
        return calendar;
    }

    /** Whether entries carry free text. */
    public boolean hasFreeText() {
        return freeText;
    }

    /** The synthetic agencies the cases' entries come from. */
    public static List<Agency> agencies() {
        return AGENCIES;
    }

    /**
     * The first {@code count} cases, {@code caseAt(0)} to {@code caseAt(count - 1)}, made lazily as the
     * stream is consumed (nothing is held), in order; a parallel stream makes them in parallel.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Stream<CaseRecord> cases(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative");
        }
        return LongStream.range(0, count).mapToObj(this::caseAt);
    }

    /**
     * Case {@code index} of this caseload: record {@code syn-case-<index>}, child {@code syn-child-<index>}.
     *
     * @throws IllegalArgumentException    if {@code index} is negative
     * @throws java.time.DateTimeException if a date falls outside the calendar's coverage
     */
    public CaseRecord caseAt(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index: must not be negative");
        }
        return new Generation(this, index, mix(seed, index)).record();
    }

    /** A well-mixed seed for case {@code index}: SplitMix64's finaliser over the seed and the index. */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed, the period and whether there is free text. */
    @Override
    public String toString() {
        return "SyntheticCaseload{seed=" + seed + ", referrals " + from + " to " + to + (freeText ? "" : ", no free text")
                + "}";
    }
}
