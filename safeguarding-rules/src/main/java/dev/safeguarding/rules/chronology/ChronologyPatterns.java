package dev.safeguarding.rules.chronology;

import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.timescales.Timescales;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@linkplain PatternKind patterns} of a chronology, each with the entries that support it:
 * "Chronologies - can be used to spot changes, patterns, repetition etc." A pattern is a prompt to look
 * again, never a conclusion.
 *
 * <pre>{@code
 * ChronologyPatterns patterns = ChronologyPatterns.standard();
 * for (ChronologyPattern p : patterns.find(chronology, asOf)) {
 *     p.kind(); p.entries(); p.message();     // or p.toFinding()
 * }
 * }</pre>
 *
 * <table>
 *   <caption>The patterns</caption>
 *   <tr><th>kind</th><th>found when</th></tr>
 *   <tr><td>{@link PatternKind#REPEATED_INCIDENTS}</td><td>at least {@link #repeatThreshold()} incidents, or
 *       at least as many injuries, of one category (or all without one) within {@link #repeatWindow()};
 *       overlapping windows make one pattern</td></tr>
 *   <tr><td>{@link PatternKind#NOT_BROUGHT_OR_REFUSED}</td><td>at least {@link #repeatThreshold()} entries,
 *       of any mix of not brought to an appointment, missed appointment and refused service, within
 *       {@link #repeatWindow()}</td></tr>
 *   <tr><td>{@link PatternKind#DRIFT}</td><td>a plan open (from a plan start to its end) with more than
 *       {@link #driftSpan()} between one plan start, plan review or meeting and the next, or the plan's end,
 *       or the "as of" date</td></tr>
 *   <tr><td>{@link PatternKind#STEP_DOWN_WITHOUT_CONSULTATION}</td><td>a step down that names no other
 *       agency as involved, with no consultation or meeting in the {@link #consultationWindow()} up to it
 *       recorded by, or involving, an agency other than the one that stepped down</td></tr>
 *   <tr><td>{@link PatternKind#DEADLINE_MISSED}</td><td>a deadline of one of {@link #timescales()} met late
 *       ({@link ChronologyDeadline}); or overdue and awaited, for the timescales whose bounded event always
 *       follows its trigger ({@link #awaitedTimescaleIds()})</td></tr>
 * </table>
 *
 * <p>Only entries dated on or before the "as of" date are read. Each kind has its own detector, and {@link
 * #find} runs them all. Patterns come in order of their first date, then kind.
 *
 * <p><b>Numbers.</b> The seeds say what to notice, not how many or how long: "Chronologies - can be used to
 * spot changes, patterns, repetition", neglect "includes not being brought to appointments, repeated
 * refusal of services", "Issues in relation to CiN were noted, including drift", "There was disquiet
 * expressed about the step-down of CiN plans by CSC without multi-agency consultation". The defaults of
 * {@link #standard()} are therefore the library's own starting points, not the guidance's: three entries
 * within six months; drift after three months without a review or meeting; consultation within the month
 * before a step down. A partnership sets its own with the {@code with...} methods.
 *
 * <p><b>Awaited deadlines.</b> Whether an assessment, a conference, a core group or a review was needed
 * at all is not in a chronology (a referral may end with advice; a plan may end), so an awaited deadline is
 * a pattern only for the timescales whose bounded event always follows: by default the decision on a
 * referral ({@code wt2023.referral-decision}), the CADS feedback summary ({@code
 * norfolk.cads-feedback-summary}) and the joint agency group supervision session ({@code
 * norfolk.joint-agency-group-supervision}). Late ones are patterns for every timescale.
 *
 * <p>Immutable and safe to share between threads; every method is a pure function of its arguments.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core
 * Skills" and "Key Learning Points"; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i>
 * (2023), "What do we mean by Continuum of Needs?", "Norfolk Graded Care Profile" and "Determining the
 * Level of Need or Urgency" ("Where a plan has been agreed, this should be reviewed regularly"); HM
 * Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3.
 */
public final class ChronologyPatterns {

    private static final ChronologyPatterns STANDARD = new ChronologyPatterns(3, Period.ofMonths(6),
            Period.ofMonths(3), Period.ofMonths(1), Timescales.all(),
            Set.of(Timescales.REFERRAL_DECISION.id(), Timescales.CADS_FEEDBACK_SUMMARY.id(),
                    Timescales.JOINT_AGENCY_GROUP_SUPERVISION.id()),
            UkCalendars.englandAndWales());

    private static final int KINDS = PatternKind.values().length;

    private static final Comparator<ChronologyPattern> ORDER = Comparator.comparing(ChronologyPattern::fromDate)
            .thenComparing(ChronologyPattern::kind)
            .thenComparing(ChronologyPattern::toDate)
            .thenComparing(p -> p.entries().get(0), ChronologyEntry.chronologicalOrder());

    private final int repeatThreshold;
    private final Period repeatWindow;
    private final Period driftSpan;
    private final Period consultationWindow;
    private final List<Timescale> timescales;
    private final Set<String> awaitedTimescaleIds;
    private final WorkingDays calendar;
    private final NotBroughtOrRefusedDetector notBroughtOrRefused;
    private final List<PatternDetector> detectors;
    private final DeadlineMissedDetector deadlineMissed;

    private ChronologyPatterns(int repeatThreshold, Period repeatWindow, Period driftSpan, Period consultationWindow,
            List<Timescale> timescales, Set<String> awaitedTimescaleIds, WorkingDays calendar) {
        this.repeatThreshold = repeatThreshold;
        this.repeatWindow = repeatWindow;
        this.driftSpan = driftSpan;
        this.consultationWindow = consultationWindow;
        this.timescales = List.copyOf(timescales);
        this.awaitedTimescaleIds = Set.copyOf(awaitedTimescaleIds);
        this.calendar = calendar;
        Repetition repetition = new Repetition(repeatThreshold, repeatWindow);
        this.notBroughtOrRefused = new NotBroughtOrRefusedDetector(repetition);
        this.deadlineMissed = new DeadlineMissedDetector(this.timescales, this.awaitedTimescaleIds, calendar);
        this.detectors = List.of(new RepeatedIncidentsDetector(repetition), notBroughtOrRefused,
                new DriftDetector(driftSpan), new StepDownWithoutConsultationDetector(consultationWindow),
                deadlineMissed);
    }

    /**
     * The library's settings (see the class description): three within six months, drift after three
     * months, consultation within a month before a step down, every timescale of {@link Timescales}, on
     * the England and Wales calendar.
     */
    public static ChronologyPatterns standard() {
        return STANDARD;
    }

    /** How many entries make a repetition; at least 2. Default 3. */
    public int repeatThreshold() {
        return repeatThreshold;
    }

    /** The window within which repeated entries make a pattern. Default 6 months. */
    public Period repeatWindow() {
        return repeatWindow;
    }

    /** How long an open plan may go without a review or meeting before it is drift. Default 3 months. */
    public Period driftSpan() {
        return driftSpan;
    }

    /** How long before a step down a multi-agency consultation or meeting counts for it. Default 1 month. */
    public Period consultationWindow() {
        return consultationWindow;
    }

    /** The timescales whose deadlines are followed. Default: {@link Timescales#all()}. */
    public List<Timescale> timescales() {
        return timescales;
    }

    /** The ids of the timescales whose awaited, overdue deadlines are patterns (see the class description). */
    public Set<String> awaitedTimescaleIds() {
        return awaitedTimescaleIds;
    }

    /** The working days deadlines are counted on. Default: England and Wales. */
    public WorkingDays calendar() {
        return calendar;
    }

    /**
     * These settings with {@code threshold} entries within {@code window} making a repetition.
     *
     * @throws IllegalArgumentException if {@code threshold} is below 2 or {@code window} is negative or zero
     */
    public ChronologyPatterns withRepetition(int threshold, Period window) {
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold: must be at least 2");
        }
        requirePositive(window, "window");
        return new ChronologyPatterns(threshold, window, driftSpan, consultationWindow, timescales,
                awaitedTimescaleIds, calendar);
    }

    /**
     * These settings with drift after {@code span} without a review or meeting.
     *
     * @throws IllegalArgumentException if {@code span} is negative or zero
     */
    public ChronologyPatterns withDriftSpan(Period span) {
        requirePositive(span, "span");
        return new ChronologyPatterns(repeatThreshold, repeatWindow, span, consultationWindow, timescales,
                awaitedTimescaleIds, calendar);
    }

    /**
     * These settings with a consultation within {@code window} before a step down counting for it.
     *
     * @throws IllegalArgumentException if {@code window} is negative
     */
    public ChronologyPatterns withConsultationWindow(Period window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window: must not be negative");
        }
        return new ChronologyPatterns(repeatThreshold, repeatWindow, driftSpan, window, timescales,
                awaitedTimescaleIds, calendar);
    }

    /**
     * These settings following {@code timescales}, of which those with ids in {@code awaitedIds} are
     * patterns when overdue and awaited.
     *
     * @throws IllegalArgumentException if two of the timescales have the same id
     */
    public ChronologyPatterns withTimescales(List<Timescale> timescales, Set<String> awaitedIds) {
        Objects.requireNonNull(timescales, "timescales");
        if (timescales.stream().map(Timescale::id).distinct().count() != timescales.size()) {
            throw new IllegalArgumentException("timescales: must not hold two timescales with the same id");
        }
        return new ChronologyPatterns(repeatThreshold, repeatWindow, driftSpan, consultationWindow,
                Objects.requireNonNull(timescales, "timescales"), Objects.requireNonNull(awaitedIds, "awaitedIds"),
                calendar);
    }

    /** These settings counting working days on {@code calendar}. */
    public ChronologyPatterns withCalendar(WorkingDays calendar) {
        return new ChronologyPatterns(repeatThreshold, repeatWindow, driftSpan, consultationWindow, timescales,
                awaitedTimescaleIds, Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * The patterns of {@code chronology} as of {@code asOf} (only entries dated on or before it are read), in
     * order of their first date, then kind.
     *
     * @throws NullPointerException        if an argument is null
     * @throws java.time.DateTimeException if a deadline falls outside the calendar's coverage
     */
    public List<ChronologyPattern> find(Chronology chronology, LocalDate asOf) {
        return read(chronology, asOf).patterns();
    }

    /**
     * The patterns of {@code chronology} as of {@code asOf}, as {@link #find}, and the deadlines of each
     * followed timescale ({@link #timescales()}, in that order) as {@link ChronologyDeadline#all(Chronology,
     * Timescale, WorkingDays, LocalDate)} gives them: one reading, in which each deadline is worked out once,
     * for a caller that needs both (caseload analytics).
     *
     * @throws NullPointerException        if an argument is null
     * @throws java.time.DateTimeException if a deadline falls outside the calendar's coverage
     */
    public ChronologyReading read(Chronology chronology, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        ChronologyEntry[] read = upTo(chronology, asOf);
        List<ChronologyEntry> entries = Arrays.asList(read);
        List<List<ChronologyDeadline>> deadlines = deadlines(read);
        List<ChronologyPattern> found = new ArrayList<>();
        for (PatternDetector detector : detectors) {
            scan(detector, entries, deadlines, asOf, found);
        }
        found.sort(ORDER);
        return new ChronologyReading(found, deadlines);
    }

    /**
     * How many patterns of each kind {@code chronology} shows as of {@code asOf}, and the deadlines of each
     * followed timescale, as {@link #read} gives them, found by the same reading but without making the patterns
     * (nor their messages): for a caller that keeps only counts, over many cases (a caseload's analysis).
     *
     * @throws NullPointerException        if an argument is null
     * @throws java.time.DateTimeException if a deadline falls outside the calendar's coverage
     */
    public ChronologyTally tally(Chronology chronology, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        ChronologyEntry[] read = upTo(chronology, asOf);
        List<ChronologyEntry> entries = Arrays.asList(read);
        List<List<ChronologyDeadline>> deadlines = deadlines(read);
        int[] counts = new int[KINDS];
        for (PatternDetector detector : detectors) {
            counts[detector.kind().ordinal()] = scan(detector, entries, deadlines, asOf, null);
        }
        return new ChronologyTally(counts, deadlines);
    }

    /**
     * The deadlines of each followed timescale in {@code entries}, in the order of {@link #timescales()}; the
     * array is not changed, and is kept by the deadlines' reading while it lasts.
     */
    private List<List<ChronologyDeadline>> deadlines(ChronologyEntry[] entries) {
        ChronologyDeadline.Events events = new ChronologyDeadline.Events(entries);
        List<List<ChronologyDeadline>> deadlines = new ArrayList<>(timescales.size());
        for (Timescale timescale : timescales) {
            deadlines.add(ChronologyDeadline.all(events, timescale, calendar));
        }
        return List.copyOf(deadlines);
    }

    /** {@code detector}'s patterns, added to {@code found} or only counted ({@link PatternDetector#scan}). */
    private int scan(PatternDetector detector, List<ChronologyEntry> entries, List<List<ChronologyDeadline>> deadlines,
            LocalDate asOf, @Nullable List<ChronologyPattern> found) {
        // the deadlines are worked out once, for both the timeliness of a caseload and its missed deadlines
        return detector == deadlineMissed ? deadlineMissed.scanIn(deadlines, asOf, found)
                : detector.scan(entries, asOf, found);
    }

    /**
     * Whether {@code chronology} shows, as of {@code asOf}, a pattern of not being brought to appointments,
     * missed appointments or refused services ({@link PatternKind#NOT_BROUGHT_OR_REFUSED}), which the guidance
     * names as possible evidence of neglect.
     */
    public boolean showsPossibleNeglect(Chronology chronology, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return notBroughtOrRefused.scan(Arrays.asList(upTo(chronology, asOf)), asOf, null) > 0;
    }

    /**
     * {@code question} with its neglect fact set, and {@link NeglectBasis#NOT_BROUGHT_OR_REFUSED_PATTERN} as its
     * basis, when {@code chronology} shows a pattern of not being brought to appointments, missed appointments
     * or refused services as of {@code asOf}; otherwise {@code question} unchanged. "We need to recognise that
     * neglect includes not being brought to appointments, repeated refusal of services" (NSCP, <i>Norfolk
     * Guidance to Understanding Continuum of Needs</i> (2023), "What do we mean by Continuum of Needs?"). Use
     * it on a question built from an assessment ({@code Assessments.thresholdQuestion}) or from a case record
     * ({@link #thresholdQuestion(CaseRecord, LocalDate)}). That a pattern sets the fact (rather than only
     * prompting the practitioner) is the library's reading: the pattern is a prompt, and the guide answers it
     * with the Norfolk Graded Care Profile, the assessment that tests it.
     *
     * @throws IllegalArgumentException if the chronology is of another child than the question
     */
    public ThresholdQuestion thresholdQuestion(ThresholdQuestion question, Chronology chronology, LocalDate asOf) {
        Objects.requireNonNull(question, "question");
        if (!chronology.childId().equals(question.child().id())) {
            throw new IllegalArgumentException("chronology: must be the chronology of the question's child");
        }
        if (!showsPossibleNeglect(chronology, asOf)) {
            return question;
        }
        return ThresholdQuestion.builder(question)
                .neglectKnownOrSuspected(true)
                .addNeglectBases(NeglectBasis.NOT_BROUGHT_OR_REFUSED_PATTERN)
                .build();
    }

    /**
     * The threshold question a case record leads to as of {@code asOf}: its child, and the neglect fact when
     * its chronology shows a pattern of not being brought to appointments, missed appointments or refused
     * services (as {@link #thresholdQuestion(ThresholdQuestion, Chronology, LocalDate)}). Everything else
     * (indicators, consent, early help, danger, Section 47 indicators, cohorts) is the caller's to add:
     * {@code ThresholdQuestion.builder(question)}.
     */
    public ThresholdQuestion thresholdQuestion(CaseRecord record, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        return thresholdQuestion(ThresholdQuestion.builder().child(record.child()).build(), record.chronology(), asOf);
    }

    /** The kinds of pattern {@code chronology} shows as of {@code asOf}. */
    public Set<PatternKind> kinds(Chronology chronology, LocalDate asOf) {
        ChronologyTally tally = tally(chronology, asOf);
        Set<PatternKind> kinds = EnumSet.noneOf(PatternKind.class);
        for (PatternKind kind : PatternKind.values()) {
            if (tally.patterns(kind) > 0) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The detectors run by {@link #find}, one per {@link PatternKind}, in the order of the kinds. */
    List<PatternDetector> detectors() {
        return detectors;
    }

    /** The entries of {@code chronology} dated on or before {@code asOf}, in its order: a new array. */
    static ChronologyEntry[] upTo(Chronology chronology, LocalDate asOf) {
        // an array, and a list of it, whatever list the chronology holds (empty, one entry, many): the detectors'
        // loops meet one class of list only, and the JIT compiles them once, not again at each new class
        ChronologyEntry[] entries = chronology.entries().toArray(ChronologyDeadline.Events.NONE);
        int end = entries.length;
        while (end > 0 && entries[end - 1].date().isAfter(asOf)) {
            end--;
        }
        return end == entries.length ? entries : Arrays.copyOf(entries, end);
    }

    private static void requirePositive(Period period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(name + ": must be longer than zero");
        }
    }

    /** The settings, never a chronology. */
    @Override
    public String toString() {
        return "ChronologyPatterns{repeat " + repeatThreshold + " within " + repeatWindow + ", drift after " + driftSpan
                + ", consultation within " + consultationWindow + ", " + timescales.size() + " timescales}";
    }
}
