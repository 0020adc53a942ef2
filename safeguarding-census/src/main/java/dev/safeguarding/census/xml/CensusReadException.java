package dev.safeguarding.census.xml;

import java.util.Objects;

/**
 * A census file could not be read: in {@linkplain CensusReader#strict() strict} reading, the first
 * problem of any kind; in tolerant reading, a {@linkplain ReadProblem#isFatal() fatal} one (the file is
 * not well-formed XML, declares a DTD, or is not a census message). The message names the element path,
 * the line, the column and the rule, never the value.
 *
 * <p>Source: the "a strict mode exists for vendors who want to fail fast"; "secure by default
 * (no DTDs, no external entities)".
 */
public final class CensusReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReadFinding finding;

    /** An exception for {@code finding}. */
    public CensusReadException(ReadFinding finding) {
        super(Objects.requireNonNull(finding, "finding").toString());
        this.finding = finding;
    }

    /** The problem, with its path, line and column. */
    public ReadFinding finding() {
        return finding;
    }

    /** The kind of problem. */
    public ReadProblem problem() {
        return finding.problem();
    }
}
