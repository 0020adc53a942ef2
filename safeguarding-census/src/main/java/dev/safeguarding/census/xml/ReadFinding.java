package dev.safeguarding.census.xml;

import dev.safeguarding.census.internal.CensusStyle;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem met while reading a census file: what it is, the element path
 * ({@code Message/Children/Child[3]/CINdetails[1]/Assessments[2]/AssessmentActualStartDate}, counting
 * repeated elements from 1 as the reference validator numbers them), the line and column in the file,
 * and the {@code LAchildID} of the child it is in, where known. It never holds the value read: values may
 * be personal data.
 *
 * <p>Source: the "every problem reported with line, column and the element path, never the
 * value"; paths follow the census's element names (S2 {@code cin_census/cin-2022.xsd}).
 */
@Value.Immutable
@CensusStyle
public abstract class ReadFinding {

    /** What is wrong. */
    @Value.Parameter
    public abstract ReadProblem problem();

    /** The element path, from {@code Message}; repeated elements carry their 1-based index. */
    @Value.Parameter
    public abstract String path();

    /** The line in the file (from 1), or -1 if unknown. */
    @Value.Parameter
    public abstract int line();

    /** The column in the line (from 1), or -1 if unknown. */
    @Value.Parameter
    public abstract int column();

    /** The {@code LAchildID} of the child the problem is in, when it is in a child that has one. */
    public abstract Optional<String> laChildId();

    /** A finding of {@code problem} at {@code path}, {@code line} and {@code column}. */
    public static ReadFinding of(ReadProblem problem, String path, int line, int column) {
        return ImmutableReadFinding.of(problem, path, line, column);
    }

    /** This finding, in the child with {@code laChildId}. */
    public ReadFinding inChild(String laChildId) {
        return ImmutableReadFinding.builder().from(this).laChildId(laChildId).build();
    }

    /** The stable code of the problem, for example {@code census.read.bad-date}. */
    public String code() {
        return problem().code();
    }

    /** "{@code AssessmentActualStartDate is not a date of the form yyyy-mm-dd (line 12, column 40)}". */
    public String message() {
        int slash = path().lastIndexOf('/');
        String element = path().isEmpty() ? "The file" : path().substring(slash + 1);
        return element + " " + problem().rule() + " (line " + line() + ", column " + column() + ")";
    }

    /** As the library's {@link Finding}: an error with the problem's code, the path and the message. */
    public Finding asFinding() {
        return Finding.error(code(), path(), message());
    }

    /** Whether it is an error: every reading problem is. */
    public Severity severity() {
        return Severity.ERROR;
    }

    /** {@code ERROR census.read.bad-date at Message/…: message} (the child's identifier when known). */
    @Override
    public String toString() {
        return "ERROR " + code() + " at " + path() + laChildId().map(id -> " (LAchildID " + id + ")").orElse("")
                + ": " + message();
    }
}
