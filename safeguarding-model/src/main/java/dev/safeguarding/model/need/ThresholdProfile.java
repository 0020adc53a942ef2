package dev.safeguarding.model.need;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A partnership's threshold guidance as data: the numbers its rules use and the wording of every
 * reason and consideration, so that another partnership's guide is a new profile, not a subclass.
 * The Norfolk 2023 profile ships with the rules module ({@code ThresholdProfiles.norfolk2023()}).
 *
 * <ul>
 *   <li>A "combination of lower level indicators" is at least {@link #combinationMinimumIndicators()}
 *       indicators, at any level below acute (every indicator recorded counts, whatever its level),
 *       across at least {@link #combinationMinimumDomains()} domains of the assessment triangle (one, for
 *       a profile that, like the guidance, asks for no spread);</li>
 *   <li>"one or two indicators of need appearing as a higher risk" is at most
 *       {@link #enhancedEarlyHelpMaximumIndicators()} indicators, all at the complex level;</li>
 *   <li>{@link #responses()} gives the response for each level when no rule overrides it;</li>
 *   <li>{@link #statements()} holds exactly one statement for every {@link GuidanceCode}.</li>
 * </ul>
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency"; <i>Working Together</i> asks each partnership to "publish a threshold
 * document, which sets out the local criteria for action" ("Introduction", note 1).
 */
@Value.Immutable
public abstract class ThresholdProfile {

    /** A stable identifier, for example {@code norfolk-2023}. */
    public abstract String id();

    /** The profile's name, for display. */
    public abstract String name();

    /** The threshold document the profile follows. */
    public abstract SourcePassage source();

    /** The least number of lower level indicators (any level below acute) that make a combination; at least 2. */
    public abstract int combinationMinimumIndicators();

    /** The least number of triangle domains a combination must span; 1 (no spread asked) to 3. */
    public abstract int combinationMinimumDomains();

    /** The most indicators at the complex level, with nothing else, for which an enhanced early-help offer is considered; at least 1. */
    public abstract int enhancedEarlyHelpMaximumIndicators();

    /** The response for each of the four levels, when no rule of the guidance overrides it. */
    public abstract Map<LevelOfNeed, Pathway> responses();

    /** The wording of every {@link GuidanceCode}, one statement each. */
    public abstract List<GuidanceStatement> statements();

    /** A builder; every attribute is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ThresholdProfile}. */
    public static final class Builder extends ImmutableThresholdProfile.Builder {
    }

    /** The response for {@code level}. */
    public Pathway response(LevelOfNeed level) {
        return responses().get(level);
    }

    /** The statement (a template, see {@link GuidanceStatement#DETAIL}) for {@code code}. */
    public GuidanceStatement statement(GuidanceCode code) {
        return statementsByCode().get(code);
    }

    @Value.Lazy
    Map<GuidanceCode, GuidanceStatement> statementsByCode() {
        return statements().stream().collect(Collectors.toUnmodifiableMap(GuidanceStatement::code, s -> s));
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "name", name());
        Checks.notBlank(id(), "id");
        Checks.notBlank(name(), "name");
        Checks.inRange(combinationMinimumIndicators(), 2, 1000, "combinationMinimumIndicators");
        Checks.inRange(combinationMinimumDomains(), 1, 3, "combinationMinimumDomains");
        Checks.inRange(enhancedEarlyHelpMaximumIndicators(), 1, 1000, "enhancedEarlyHelpMaximumIndicators");
        Set<LevelOfNeed> missingLevels = EnumSet.allOf(LevelOfNeed.class);
        missingLevels.removeAll(responses().keySet());
        Checks.require(missingLevels.isEmpty(), "responses", "must give a response for every level; missing "
                + missingLevels);
        Set<GuidanceCode> seen = EnumSet.noneOf(GuidanceCode.class);
        for (GuidanceStatement statement : statements()) {
            Checks.require(seen.add(statement.code()), "statements",
                    "must hold one statement per code; " + statement.code().code() + " appears twice");
        }
        Set<GuidanceCode> missingCodes = EnumSet.allOf(GuidanceCode.class);
        missingCodes.removeAll(seen);
        Checks.require(missingCodes.isEmpty(), "statements", "must hold a statement for every code; missing "
                + missingCodes.stream().map(GuidanceCode::code).collect(Collectors.joining(", ")));
    }

    /** The identifier and numbers of the profile (the wording is left out, for brevity). */
    @Override
    public String toString() {
        return "ThresholdProfile{id=" + id() + ", combinationMinimumIndicators=" + combinationMinimumIndicators()
                + ", combinationMinimumDomains=" + combinationMinimumDomains()
                + ", enhancedEarlyHelpMaximumIndicators=" + enhancedEarlyHelpMaximumIndicators() + "}";
    }
}
