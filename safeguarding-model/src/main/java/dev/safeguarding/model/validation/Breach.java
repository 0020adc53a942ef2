package dev.safeguarding.model.validation;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One breach of a rule of the guidance found in a record: the rule's severity and code, where in the
 * record it is, what is wrong in plain English (never personal data or the record's free text) and the
 * passage the rule comes from.
 *
 * <p>The path is a list of property names ({@link String}) and indexes ({@link Integer}) from the record
 * to the part the breach is about, as {@code RuleValidator.Violations.at(...)} takes it; a finding writes
 * it joined by {@code /} ({@code parentingCapacity/f-1/BASIC_CARE}, {@code stages/0/participants}). An
 * identifier or the name of a dimension in the path is a name, whatever characters it holds.
 *
 * @param severity an error to put right or a query to look at
 * @param code     the stable code of the rule
 * @param path     property names and indexes; empty for the record as a whole
 * @param message  what is wrong, in plain English, without personal data
 * @param source   the passage of the guidance the rule comes from
 */
public record Breach(Severity severity, String code, List<Object> path, String message, SourcePassage source) {

    /**
     * A breach.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the path holds anything but names and indexes, or starts with
     *                                  an index
     */
    public Breach {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        path = List.copyOf(path);
        for (Object element : path) {
            if (!(element instanceof String) && !(element instanceof Integer)) {
                throw new IllegalArgumentException("path: property names and indexes only");
            }
        }
        if (!path.isEmpty() && path.get(0) instanceof Integer) {
            throw new IllegalArgumentException("path: must start with a property name");
        }
    }

    /** A breach at {@code path} (property names and indexes). */
    public static Breach of(Severity severity, String code, String message, SourcePassage source, Object... path) {
        return new Breach(severity, code, List.of(path), message, source);
    }

    /** The path as a finding writes it: its names and indexes joined by {@code /}. */
    public String pathText() {
        return path.stream().map(Object::toString).collect(Collectors.joining("/"));
    }

    /** The finding that reports this breach. */
    public Finding toFinding() {
        return Finding.of(severity, code, pathText(), message, source);
    }

    /** Whether this is a breach of the rule with {@code code} and {@code severity}. */
    public boolean is(String code, Severity severity) {
        return this.code.equals(code) && this.severity == severity;
    }

    /** {@code breaches} as findings, in their order. */
    public static List<Finding> findings(List<Breach> breaches) {
        return breaches.stream().map(Breach::toFinding).toList();
    }
}
