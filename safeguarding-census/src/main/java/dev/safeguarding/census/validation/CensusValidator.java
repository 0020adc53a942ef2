package dev.safeguarding.census.validation;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusHeader;
import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingDays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a Children in Need census return against the rules of its collection year ({@link CensusRule}),
 * as {@link Finding}s: the rule's code, error or query, the element path of the offending item in the form
 * the reader uses ({@code Message/Children/Child[3]/CINdetails[1]/Assessments[2]/AssessmentActualStartDate})
 * and the rule's message, never a value.
 *
 * <pre>{@code
 * CensusValidator validator = CensusValidator.forYear(CollectionYear.CIN_2025_26, UkCalendars.englandAndWales());
 * try (CensusFile file = CensusReader.tolerant().open(in)) {
 *     CensusValidator.Pass pass = validator.start(file.header());  // rule 100 on the header
 *     file.forEachChild(child -> pass.accept(child).forEach(System.out::println));  // per child
 *     pass.finish().forEach(System.out::println);                  // across the file (duplicates)
 * }
 * }</pre>
 *
 * <p>Streaming: a {@link Pass} checks each child as it comes (the rules within a child, across its episodes,
 * plans and enquiries) and keeps only what the rules across the file need (each {@code LAchildID} and UPN
 * seen, with the position of the first child that had it).
 *
 * <p>The working-day rules (8670Q, 8675Q, 8569Q) count on the calendar passed in: the reference validator
 * counts on England and Wales bank holidays, so pass {@code UkCalendars.englandAndWales()} (safeguarding-rules)
 * to give its answers. The census module takes the calendar as the model's {@link WorkingDays} so that it
 * keeps its dependency on the model only.
 *
 * <p>Immutable and thread-safe; each {@link Pass} is for one thread.
 *
 * <p>Source: the DfE's validation rules for the census, as implemented by the reference validator (S1,
 * {@code csc-validator-be-cin}; see {@link CensusRule}).
 */
public final class CensusValidator {

    private final CollectionYear year;
    private final WorkingDays calendar;

    private CensusValidator(CollectionYear year, WorkingDays calendar) {
        this.year = year;
        this.calendar = calendar;
    }

    /** The validator of {@code year}'s return, counting working days on England and Wales's calendar. */
    public static CensusValidator forYear(CollectionYear year) {
        return forYear(year, UkCalendars.englandAndWales());
    }

    /**
     * The validator of {@code year}'s return, counting working days on {@code calendar} (for example the
     * England and Wales calendar with a council's own closure days, {@code UkCalendars.englandAndWales()
     * .withClosures(...)}).
     */
    public static CensusValidator forYear(CollectionYear year, WorkingDays calendar) {
        return new CensusValidator(Objects.requireNonNull(year, "year"), Objects.requireNonNull(calendar, "calendar"));
    }

    /** The collection year. */
    public CollectionYear year() {
        return year;
    }

    /** The rules this validator checks: those of {@link CensusRule} that apply in its year. */
    public Set<CensusRule> rules() {
        Set<CensusRule> rules = EnumSet.noneOf(CensusRule.class);
        for (CensusRule rule : CensusRule.values()) {
            if (rule.appliesIn(year)) {
                rules.add(rule);
            }
        }
        return Collections.unmodifiableSet(rules);
    }

    /**
     * The findings of the rules within one child, the child being the {@code position}-th of its file (from
     * 1; it names the child in the paths). Rules across the file are not checked: use a {@link Pass}.
     */
    public List<Finding> validate(int position, CensusChild child) {
        Objects.requireNonNull(child, "child");
        if (position < 1) {
            throw new IllegalArgumentException("position must be 1 or more");
        }
        List<Finding> out = new ArrayList<>();
        ChildScope scope = new ChildScope(year, calendar, child, position, out);
        IdentifierRules.check(scope);
        EpisodeRules.check(scope);
        AssessmentRules.check(scope);
        Section47Rules.check(scope);
        PlanRules.check(scope);
        ActivityRules.check(scope);
        return List.copyOf(out);
    }

    /** The findings of the rules within one child, as the first child of a file ({@code Child[1]}). */
    public List<Finding> validate(CensusChild child) {
        return validate(1, child);
    }

    /** Every finding of a whole return held in memory: header, children in order, then across the file. */
    public List<Finding> validate(CensusMessage message) {
        Pass pass = start(message.header());
        List<Finding> out = new ArrayList<>(pass.headerFindings());
        message.children().forEach(child -> out.addAll(pass.accept(child)));
        out.addAll(pass.finish());
        return out;
    }

    /** Starts a streaming pass over a file with {@code header}. */
    public Pass start(Optional<CensusHeader> header) {
        return new Pass(header);
    }

    /**
     * One pass over one file: children in file order through {@link #accept(CensusChild)}, then
     * {@link #finish()}. Not thread-safe.
     */
    public final class Pass {

        private final FileRules fileRules = new FileRules(year);
        private final List<Finding> headerFindings;
        private int position;

        private Pass(Optional<CensusHeader> header) {
            this.headerFindings = fileRules.header(Objects.requireNonNull(header, "header"));
        }

        /** The findings on the header (rule 100). */
        public List<Finding> headerFindings() {
            return headerFindings;
        }

        /** The findings of the next child of the file, including a duplicate of an earlier child's identifier. */
        public List<Finding> accept(CensusChild child) {
            List<Finding> out = new ArrayList<>(validate(++position, child));
            fileRules.child(position, child, out);
            return out;
        }

        /** The number of children accepted so far. */
        public int childrenAccepted() {
            return position;
        }

        /**
         * The findings across the file known only at its end: the first child of each {@code LAchildID} (8510)
         * and UPN (1520) that a later child shared.
         */
        public List<Finding> finish() {
            return fileRules.finish();
        }
    }

    @Override
    public String toString() {
        return "CensusValidator{year=" + year + ", rules=" + rules().size() + "}";
    }
}
