package dev.safeguarding.rules.flourish;

import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.flourish.FlourishDomain;
import dev.safeguarding.model.flourish.FlourishEntry;
import dev.safeguarding.model.flourish.FlourishProfile;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Flourish profiles built from assessments, through the library's mapping of each Flourish domain to
 * dimensions of the Assessment Triangle ({@link FlourishDomain#dimensions()}; the mapping is the library's
 * reading, documented there, not the guidance's).
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk's Vision"
 * ("Flourish is a useful way to think about continuum of needs") and "Whole Family Working".
 *
 * <p>Pure functions; thread-safe.
 */
public final class FlourishProfiles {

    private FlourishProfiles() {
    }

    /**
     * The Flourish view of {@code assessment} on {@code date}: an entry for each of the eight domains, in
     * the framework's order. A domain's "going well" and "worries" are the statements of what is working
     * well and of the worries on its dimensions (in the order of the dimensions, for parenting capacity
     * parent by parent); its rating is the highest level of need judged or indicated on any of them, and
     * empty when none is. A statement on a dimension that two domains cover appears in both.
     *
     * @throws NullPointerException if an argument is null
     */
    public static FlourishProfile from(Assessment assessment, LocalDate date) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(date, "date");
        FlourishProfile.Builder profile = FlourishProfile.builder()
                .childId(assessment.child().id())
                .date(date)
                .assessmentId(assessment.id());
        for (FlourishDomain domain : FlourishDomain.values()) {
            FlourishEntry.Builder entry = FlourishEntry.builder(domain);
            Optional<LevelOfNeed> level = Optional.empty();
            for (AssessmentDimension dimension : domain.dimensions()) {
                for (DimensionFinding finding : assessment.findingsFor(dimension)) {
                    entry.addAllGoingWell(finding.workingWell());
                    entry.addAllWorries(finding.worries());
                    level = higher(level, finding.level());
                    for (NeedIndicator indicator : finding.indicators()) {
                        level = higher(level, Optional.of(indicator.level()));
                    }
                }
            }
            profile.addEntry(entry.level(level).build());
        }
        return profile.build();
    }

    private static Optional<LevelOfNeed> higher(Optional<LevelOfNeed> a, Optional<LevelOfNeed> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.map(level -> level.max(a.get())).or(() -> a);
    }
}
