package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The analysis of scaling judgements: for each scaling question, each person's latest score and its
 * trend, the spread across perspectives, and the considerations that follow.
 *
 * <pre>{@code
 * for (ScalingAnalysis a : ScalingRules.standard().analyse(map)) {
 *     a.spread(); a.familyProfessionalGap(); a.perspectives(); a.considerations();
 * }
 * ScalingRules.standard().withDriftSpan(Period.ofWeeks(6)).analyse(map, asOf);
 * }</pre>
 *
 * <p>What it does:
 * <ul>
 *   <li><b>Perspectives.</b> Judgements are grouped by the person who gave them (the
 *       {@linkplain ScalingJudgement#perspective() perspective}) and ordered by date; each person's
 *       latest score counts. The child and family or network members are the family's view;
 *       practitioners are professional views.</li>
 *   <li><b>Spread.</b> The highest latest score less the lowest: never negative, 0 with fewer than two
 *       people.</li>
 *   <li><b>Disagreement.</b> When a family view and a professional's latest scores differ by
 *       {@linkplain #disagreementPoints() three or more points}, the consideration
 *       {@value #FAMILY_PROFESSIONAL_DISAGREEMENT}: explore the rationale of each score ("the rationale
 *       for how family members and professionals answer the question is fully explored"), and follow the
 *       guidance on managing disagreement ("Managing Challenge, Disagreement and Uncertainty": talk first
 *       with your line manager or designated child protection lead; consider joint agency group
 *       supervision). When two professionals differ by as much, the consideration
 *       {@value #PROFESSIONAL_DISAGREEMENT}, citing the stages of resolving professional disagreements
 *       (NSCP 3.15, section 5).</li>
 *   <li><b>Trend and drift.</b> Each person's trend is that of their last two judgements: improving
 *       (higher: 10 is the safer end on every scale of the guidance), deteriorating or static. A score
 *       that has been the same in repeated judgements over at least the {@linkplain #driftSpan() drift
 *       span} (from the first to the last of the run) is flagged, with the consideration
 *       {@value #POSSIBLE_DRIFT}: joint agency group supervision exists "to reflect on cases which are
 *       very complex, feel 'stuck', or are drifting" (NSCP 3.15, section 4), and the Somerset review
 *       noted "drift" among the issues of Child in Need work.</li>
 * </ul>
 *
 * <p>The guidance gives no number for either rule. Three points and three months are the library's
 * defaults, not the guidance's; change them with {@link #withDisagreementPoints(int)} and
 * {@link #withDriftSpan(Period)}. Every consideration is a {@link Finding} of severity query, whose path
 * is into the map ({@code scalingQuestions/i} for a disagreement, {@code judgements/j} for drift, the
 * latest judgement of the run) and whose message never quotes the map.
 *
 * <p>Every score is from 0 to 10 ("It is always on a scale of 0-10"): the model refuses any other, and the
 * Bean Validation constraint {@code ScalingScore} (in {@code dev.safeguarding.model.validation}) states the
 * same rule for a judgement and for a score on a vendor's own form.
 *
 * <p>Instances are immutable and safe to share between threads; every method is a pure function.
 */
public final class ScalingRules {

    /** The code of the consideration that the family's and a professional's scores are far apart. */
    public static final String FAMILY_PROFESSIONAL_DISAGREEMENT = "signsofsafety.family-professional-disagreement";

    /** The code of the consideration that two professionals' scores are far apart. */
    public static final String PROFESSIONAL_DISAGREEMENT = "signsofsafety.professional-disagreement";

    /** The code of the consideration that a score has not changed over the drift span. */
    public static final String POSSIBLE_DRIFT = "signsofsafety.possible-drift";

    /** The default least gap between two scores that is a disagreement to explore: 3 (the library's choice). */
    public static final int DEFAULT_DISAGREEMENT_POINTS = 3;

    /** The default span over which an unchanged score is flagged as possible drift: 3 months (the library's choice). */
    public static final Period DEFAULT_DRIFT_SPAN = Period.ofMonths(3);

    private static final ScalingRules STANDARD = new ScalingRules(DEFAULT_DISAGREEMENT_POINTS, DEFAULT_DRIFT_SPAN);

    private final int disagreementPoints;
    private final Period driftSpan;

    private ScalingRules(int disagreementPoints, Period driftSpan) {
        this.disagreementPoints = disagreementPoints;
        this.driftSpan = driftSpan;
    }

    /** The rules with the default numbers: a disagreement at 3 points, drift over 3 months. */
    public static ScalingRules standard() {
        return STANDARD;
    }

    /** The least gap between two latest scores that is a disagreement to explore. */
    public int disagreementPoints() {
        return disagreementPoints;
    }

    /** The least span over which a static score is flagged as possible drift. */
    public Period driftSpan() {
        return driftSpan;
    }

    /**
     * These rules with disagreements at {@code points} or more.
     *
     * @throws InvalidValueException if {@code points} is not between 1 and 10
     */
    public ScalingRules withDisagreementPoints(int points) {
        if (points < 1 || points > ScalingJudgement.MAX_SCORE) {
            throw new InvalidValueException("disagreementPoints", "must be between 1 and 10");
        }
        return new ScalingRules(points, driftSpan);
    }

    /**
     * These rules with drift flagged over {@code span} or more.
     *
     * @throws NullPointerException  if {@code span} is null
     * @throws InvalidValueException if {@code span} is zero or has a negative part
     */
    public ScalingRules withDriftSpan(Period span) {
        Objects.requireNonNull(span, "span");
        if (span.isZero() || span.getYears() < 0 || span.getMonths() < 0 || span.getDays() < 0) {
            throw new InvalidValueException("driftSpan", "must be positive, with no negative part");
        }
        return new ScalingRules(disagreementPoints, span);
    }

    /**
     * The analysis of each scaling question of {@code map}, in the map's order, over all its judgements.
     *
     * @throws NullPointerException if {@code map} is null
     */
    public List<ScalingAnalysis> analyse(SignsOfSafetyMap map) {
        Objects.requireNonNull(map, "map");
        return analyse(map, Optional.empty());
    }

    /**
     * The analysis of each scaling question of {@code map}, in the map's order, as it stood on
     * {@code asOf}: judgements dated after it are left out.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<ScalingAnalysis> analyse(SignsOfSafetyMap map, LocalDate asOf) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(asOf, "asOf");
        return analyse(map, Optional.of(asOf));
    }

    /**
     * The analysis of {@code question} over those of {@code judgements} that answer it (others are
     * ignored). Paths of considerations are as for a map holding the question first and these judgements.
     *
     * @throws NullPointerException if an argument or a judgement is null
     */
    public ScalingAnalysis analyse(ScalingQuestion question, List<ScalingJudgement> judgements) {
        Objects.requireNonNull(question, "question");
        return analyse(question, 0, List.copyOf(judgements), Optional.empty());
    }

    private List<ScalingAnalysis> analyse(SignsOfSafetyMap map, Optional<LocalDate> asOf) {
        List<ScalingAnalysis> analyses = new ArrayList<>();
        List<ScalingQuestion> questions = map.scalingQuestions();
        for (int i = 0; i < questions.size(); i++) {
            analyses.add(analyse(questions.get(i), i, map.judgements(), asOf));
        }
        return List.copyOf(analyses);
    }

    private ScalingAnalysis analyse(ScalingQuestion question, int questionIndex, List<ScalingJudgement> all,
            Optional<LocalDate> asOf) {
        List<Integer> indices = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            ScalingJudgement judgement = all.get(j);
            if (judgement.questionId().equals(question.id())
                    && asOf.map(d -> !judgement.judgedOn().isAfter(d)).orElse(true)) {
                indices.add(j);
            }
        }
        // oldest first; the sort is stable, so judgements of one day keep the order recorded
        indices.sort(Comparator.comparing(j -> all.get(j).judgedOn()));
        Map<Contributor, List<Integer>> byPerspective = new LinkedHashMap<>();
        for (int j : indices) {
            byPerspective.computeIfAbsent(all.get(j).perspective(), p -> new ArrayList<>()).add(j);
        }

        List<PerspectiveScaling> perspectives = new ArrayList<>();
        List<Finding> drift = new ArrayList<>();
        for (Map.Entry<Contributor, List<Integer>> entry : byPerspective.entrySet()) {
            List<ScalingJudgement> history = entry.getValue().stream().map(all::get).toList();
            ScalingJudgement latest = history.get(history.size() - 1);
            int start = history.size() - 1;
            while (start > 0 && history.get(start - 1).score() == latest.score()) {
                start--;
            }
            LocalDate staticSince = start < history.size() - 1 ? history.get(start).judgedOn() : null;
            boolean possibleDrift = staticSince != null
                    && !latest.judgedOn().isBefore(staticSince.plus(driftSpan));
            perspectives.add(new PerspectiveScaling(entry.getKey(), history, staticSince, possibleDrift));
            if (possibleDrift) {
                int latestIndex = entry.getValue().get(entry.getValue().size() - 1);
                drift.add(Finding.of(Severity.QUERY, POSSIBLE_DRIFT, "judgements/" + latestIndex,
                        "This person's score has not changed in repeated judgements over at least " + span()
                                + ": possible drift. Reflect on it, and consider joint agency group supervision,"
                                + " which is for cases that feel 'stuck' or are drifting.",
                        Sources.JOINT_AGENCY_GROUP_SUPERVISION));
            }
        }

        ScalingAnalysis shape = new ScalingAnalysis(question, asOf, perspectives, List.of());
        List<Finding> considerations = new ArrayList<>();
        String questionPath = "scalingQuestions/" + questionIndex;
        OptionalInt familyGap = shape.familyProfessionalGap();
        if (familyGap.isPresent() && familyGap.getAsInt() >= disagreementPoints) {
            considerations.add(Finding.of(Severity.QUERY, FAMILY_PROFESSIONAL_DISAGREEMENT, questionPath,
                    "The family's and a professional's latest scores differ by " + familyGap.getAsInt()
                            + " points: explore the rationale for each score ('What makes it a 6 in your"
                            + " opinion?' 'What else would need to happen for it to be 10?'). If you still"
                            + " disagree, talk first with your line manager or designated child protection lead,"
                            + " and consider joint agency group supervision.",
                    Sources.MANAGING_DISAGREEMENT));
        }
        OptionalInt professionalGap = shape.professionalGap();
        if (professionalGap.isPresent() && professionalGap.getAsInt() >= disagreementPoints) {
            considerations.add(Finding.of(Severity.QUERY, PROFESSIONAL_DISAGREEMENT, questionPath,
                    "Two professionals' latest scores differ by " + professionalGap.getAsInt() + " points:"
                            + " discuss the rationale for each directly, professional to professional, using the"
                            + " principles of Signs of Safety; if it is not resolved, escalate through the stages"
                            + " of resolving professional disagreements.",
                    Sources.RESOLVING_PROFESSIONAL_DISAGREEMENTS));
        }
        considerations.addAll(drift);
        return new ScalingAnalysis(question, asOf, perspectives, considerations);
    }

    /** The drift span in words: "3 months", "1 year and 10 days"... as {@link Period} holds it. */
    private String span() {
        List<String> parts = new ArrayList<>();
        part(parts, driftSpan.getYears(), "year");
        part(parts, driftSpan.getMonths(), "month");
        part(parts, driftSpan.getDays(), "day");
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void part(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }

    /** The two numbers, for example {@code ScalingRules{disagreementPoints=3, driftSpan=P3M}}. */
    @Override
    public String toString() {
        return "ScalingRules{disagreementPoints=" + disagreementPoints + ", driftSpan=" + driftSpan + "}";
    }
}
