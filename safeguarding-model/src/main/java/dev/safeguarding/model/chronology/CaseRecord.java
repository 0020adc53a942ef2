package dev.safeguarding.model.chronology;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.timescales.TimescaleEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child's case record, as a partnership's analysts and researchers see it: the child, the decisions
 * about the child's level of need and the response ({@link NeedDecision}s, whose changes are the steps up
 * and down), and the child's {@link Chronology}, whose entries carry the events of the statutory
 * timescales ({@link ChronologyEntry#timescaleEvent()}: referrals received, assessments concluded,
 * strategy discussions, conferences). It is the unit of the caseload analytics and of the JSON Lines
 * files researchers read and write.
 *
 * <p>One record holds one child's history: every referral of the child is in it, so re-referrals
 * (a referral within twelve months of the one before) are counted within a record. Ofsted asks
 * partnerships to "receive the right information from across different agencies" and use "performance
 * data, qualitative information and their local strategic needs analysis"; this record is the shape in
 * which such data is counted.
 *
 * <p>The decisions are kept in date order (the builder sorts them, keeping the order given for decisions
 * on the same day). Rejected at construction: a blank identifier, a chronology of another child.
 *
 * <p>{@link #toString()} shows identifiers and counts only.
 *
 * <p>Bean Validation: no constraint. A case record is the shape in which a partnership's data is counted
 * and exchanged, not a record that is drafted and submitted, and the guidance is silent on what one must
 * hold. Its chronology carries constraints of its own: validate {@code record.chronology()}. What is counted
 * in it (re-referrals, steps up and down, timescales met) is the rules module's caseload analytics.
 *
 * <p>Sources: Ofsted, <i>Social care commentary: multi-agency safeguarding arrangements</i>,
 * "Understanding local need and using information to protect children" and "Having a line of sight to
 * practice"; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "How are our
 * Services organised?".
 */
@Value.Immutable
public abstract class CaseRecord {

    private static final Comparator<NeedDecision> BY_DATE = Comparator.comparing(NeedDecision::decidedOn);

    /** The identifier of the record; not blank. */
    public abstract String id();

    /** The child. */
    public abstract Child child();

    /** The decisions about the child's level of need and the response, in date order. */
    public abstract List<NeedDecision> needDecisions();

    /** The child's chronology; the child's identifier must be {@link #child()}'s. */
    public abstract Chronology chronology();

    /** A builder; the identifier, the child and the chronology are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding a copy of {@code record}, to change a field of it. */
    public static Builder builder(CaseRecord record) {
        Builder builder = new Builder();
        builder.from(record);
        return builder;
    }

    /** Builds a {@link CaseRecord}; {@code build()} puts the decisions in date order. */
    public static final class Builder extends ImmutableCaseRecord.Builder {
    }

    /**
     * The dates of the referrals received by children's social care: the entries of the chronology that
     * record {@link TimescaleEvent#REFERRAL_RECEIVED}, in order.
     */
    public List<LocalDate> referrals() {
        List<LocalDate> dates = new ArrayList<>();
        for (ChronologyEntry entry : chronology().entries()) {
            if (entry.records(TimescaleEvent.REFERRAL_RECEIVED)) {
                dates.add(entry.date());
            }
        }
        return dates;
    }

    /** The latest decision about the level of need, or empty when none is recorded. */
    public Optional<NeedDecision> latestDecision() {
        List<NeedDecision> decisions = needDecisions();
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** The decision in force on {@code date}: the latest made on or before it, or empty. */
    public Optional<NeedDecision> decisionOn(LocalDate date) {
        NeedDecision found = null;
        for (NeedDecision decision : needDecisions()) {
            if (decision.decidedOn().isAfter(date)) {
                break;
            }
            found = decision;
        }
        return Optional.ofNullable(found);
    }

    @Value.Check
    CaseRecord normalize() {
        Checks.text("id", id());
        Checks.notBlank(id(), "id");
        Checks.require(chronology().childId().equals(child().id()), "chronology",
                "must be the chronology of the record's child");
        List<NeedDecision> decisions = needDecisions();
        for (int i = 1; i < decisions.size(); i++) {
            if (BY_DATE.compare(decisions.get(i - 1), decisions.get(i)) > 0) {
                List<NeedDecision> sorted = new ArrayList<>(decisions);
                sorted.sort(BY_DATE);
                return builder(this).needDecisions(sorted).build();
            }
        }
        return this;
    }

    /** The identifiers and counts; never a date of birth, a name or text. */
    @Override
    public String toString() {
        return "CaseRecord{id=" + id() + ", child=" + child() + ", needDecisions=" + needDecisions().size()
                + ", chronology=" + chronology().entries().size() + " entries}";
    }
}
