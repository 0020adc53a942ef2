package dev.safeguarding.model.sharing;

import dev.safeguarding.model.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The record that information-sharing advice requires, whatever the advice: what it must contain and
 * the statements that ask for it. Every record holds at least the decision and the reasons for it
 * ("Keep a record of your decision and the reasons for it \u2013 whether it is to share information or
 * not"), and its first statement is golden rule 7's.
 *
 * <p>Bean Validation: no constraint. It is part of the advice the rules module gives, not a record a vendor
 * drafts and completes.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" (golden rule 7), "Recording what we do and the decisions we take" and "Single Agency Record
 * Keeping".
 */
@Value.Immutable
public abstract class RecordRequirement {

    /** What the record must contain, in the order of {@link RecordContent}. */
    @Value.Parameter
    public abstract Set<RecordContent> contents();

    /** The statements that ask for the record, golden rule 7's first. */
    @Value.Parameter
    public abstract List<SharingStatement> statements();

    /**
     * A requirement.
     *
     * @throws dev.safeguarding.model.InvalidValueException unless the contents hold the decision and the
     *     reasons and the first statement is {@link SharingAdviceCode#RECORD_THE_DECISION}
     */
    public static RecordRequirement of(Collection<RecordContent> contents, List<SharingStatement> statements) {
        // the casts call the generated factory, not this one (which the generated class inherits)
        return ImmutableRecordRequirement.of((Iterable<RecordContent>) contents,
                (Iterable<SharingStatement>) statements);
    }

    /** Whether the record must contain {@code content}. */
    public boolean requires(RecordContent content) {
        return contents().contains(content);
    }

    @Value.Check
    void checkInvariants() {
        Checks.require(contents().contains(RecordContent.DECISION) && contents().contains(RecordContent.REASONS),
                "contents", "must hold the decision and the reasons for it (golden rule 7)");
        Checks.require(!statements().isEmpty()
                && statements().get(0).code() == SharingAdviceCode.RECORD_THE_DECISION, "statements",
                "must begin with the statement " + SharingAdviceCode.RECORD_THE_DECISION.code());
    }
}
