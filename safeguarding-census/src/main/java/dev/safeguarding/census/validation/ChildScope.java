package dev.safeguarding.census.validation;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One child being validated: the collection year and its census period, the working-day calendar, the
 * child and its place in the file, and where its findings go. Builds element paths in the reader's form
 * ({@code Message/Children/Child[3]/CINdetails[1]/Assessments[2]/AssessmentActualStartDate}).
 */
final class ChildScope {

    final CollectionYear year;
    /** The first day of the census period (the validator's {@code collection_start}). */
    final LocalDate start;
    /** The reference date (the validator's {@code collection_end}). */
    final LocalDate end;
    final WorkingDays calendar;
    final CensusChild child;
    private final String childPath;
    private final List<Finding> out;

    ChildScope(CollectionYear year, WorkingDays calendar, CensusChild child, int position, List<Finding> out) {
        this.year = year;
        this.start = year.censusStart();
        this.end = year.referenceDate();
        this.calendar = calendar;
        this.child = child;
        this.childPath = "Message/Children/Child[" + position + "]";
        this.out = out;
    }

    /** The child's identifiers, or empty ones when the child has none. */
    ChildIdentifiers ids() {
        return child.identifiers().orElse(NO_IDENTIFIERS);
    }

    private static final ChildIdentifiers NO_IDENTIFIERS = ChildIdentifiers.builder().build();

    /** The child's episodes. */
    List<CinDetails> episodes() {
        return child.cinDetails();
    }

    /** {@code …/Child[n]/part/part…}. */
    String path(String... parts) {
        StringBuilder path = new StringBuilder(childPath);
        for (String part : parts) {
            path.append('/').append(part);
        }
        return path.toString();
    }

    /** {@code …/Child[n]/CINdetails[e+1]/part…}, for the episode at (0-based) {@code e}. */
    String episodePath(int e, String... parts) {
        StringBuilder path = new StringBuilder(childPath).append("/CINdetails[").append(e + 1).append(']');
        for (String part : parts) {
            path.append('/').append(part);
        }
        return path.toString();
    }

    /** {@code name[i+1]}: a repeated element at (0-based) {@code i}. */
    static String at(String name, int i) {
        return name + "[" + (i + 1) + "]";
    }

    /** Reports {@code rule} at {@code path}. */
    void report(CensusRule rule, String path) {
        if (rule.appliesIn(year)) {
            out.add(rule.finding(year, path));
        }
    }

    /** The child's date of death, if any. */
    Optional<LocalDate> deathDate() {
        return ids().personDeathDate();
    }

    /** Whether {@code date} lies in the census period, both ends included. */
    boolean inPeriod(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
