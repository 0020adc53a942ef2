package dev.safeguarding.model;

import dev.safeguarding.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of checking a record: an {@linkplain Severity#ERROR error} or a
 * {@linkplain Severity#QUERY query}, with a stable code, the path of the part of the record it is
 * about and a message in plain English. Whatever does the checking (the library's rules, or Bean
 * Validation), a vendor shows one kind of message.
 *
 * <p>The message never holds personal data (a name, a date of birth, free text from the record): it
 * names the part of the record and the rule, so findings may be logged and shown to anyone who may see
 * the record's shape.
 *
 * <p>Source: DESIGN.md, "safeguarding-model" (drafts checked by validation that returns findings).
 */
@Value.Immutable
public abstract class Finding {

    /** Whether the finding must be put right ({@code ERROR}) or looked at ({@code QUERY}). */
    @Value.Parameter
    public abstract Severity severity();

    /** A stable code naming the rule, for example {@code assessment.dimension-not-assessed}. */
    @Value.Parameter
    public abstract String code();

    /**
     * The part of the record the finding is about, as a property path ({@code parents/0/capacity}); empty
     * for the record as a whole.
     */
    @Value.Parameter
    public abstract String path();

    /** What is wrong or worth checking, in plain English, without personal data. */
    @Value.Parameter
    public abstract String message();

    /** The passage of the guidance the rule comes from, where there is one. */
    public abstract Optional<SourcePassage> source();

    /** An error. */
    public static Finding error(String code, String path, String message) {
        return ImmutableFinding.of(Severity.ERROR, code, path, message);
    }

    /** A query. */
    public static Finding query(String code, String path, String message) {
        return ImmutableFinding.of(Severity.QUERY, code, path, message);
    }

    /** A finding with every attribute, including its source. */
    public static Finding of(Severity severity, String code, String path, String message, SourcePassage source) {
        return ImmutableFinding.builder().severity(severity).code(code).path(path).message(message).source(source)
                .build();
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("code", code(), "path", path(), "message", message());
        Checks.notBlank(code(), "code");
        Checks.require(path() != null, "path", "must not be null (use \"\" for the record as a whole)");
        Checks.notBlank(message(), "message");
    }

    /** {@code ERROR assessment.dimension-not-assessed at findings/HEALTH: message}. */
    @Override
    public String toString() {
        return severity() + " " + code() + (path().isEmpty() ? "" : " at " + path()) + ": " + message();
    }
}
