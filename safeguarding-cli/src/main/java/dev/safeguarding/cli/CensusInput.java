package dev.safeguarding.cli;

import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReadException;
import dev.safeguarding.census.xml.CensusReader;
import dev.safeguarding.census.xml.ReadFinding;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.BiFunction;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The census file a command reads, and how: {@code FILE}, {@code --year}, {@code --strict} and
 * {@code --[no-]progress}, shared by every
 * command that reads a return (a picocli mixin). {@link #read} opens the file with the library's secure
 * streaming reader and turns every reason it cannot be read (missing, a directory, not XML, not a census
 * message, cut short; with {@code --strict}, its first problem) into an {@link UnreadableFileException}.
 */
final class CensusInput {

    @Parameters(index = "0", paramLabel = "FILE", description = "The census return (XML).")
    Path file;

    @Option(names = "--year", required = true, paramLabel = "YEAR", converter = YearConverter.class,
            completionCandidates = YearLabels.class,
            description = "The collection year whose rules and census period apply: ${COMPLETION-CANDIDATES}.")
    CollectionYear year;

    @Option(names = "--strict", description = "Stop at the first reading problem (a bad date, an unknown code) "
            + "with exit status 2, instead of reporting each one as an error and reading on.")
    boolean strict;

    @Option(names = "--progress", negatable = true,
            description = "Show the number of children read so far on standard error. Default: when run at a terminal.")
    Boolean progress;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Opens the file, gives it to {@code work} with the progress to update as it reads the children, and closes
     * it. Progress ("Read 12,345 children") goes to standard error: by default when the command runs at a
     * terminal ({@link System#console()} is present; Java 17 cannot tell whether standard error alone is a
     * terminal, so with standard output redirected it stays off unless {@code --progress} is given).
     *
     * @throws UnreadableFileException if the file cannot be read, before or during {@code work}
     */
    <T> T read(BiFunction<CensusFile, Progress, T> work) {
        InputStream in = open();
        Progress shown = Progress.on(command.commandLine().getErr(),
                progress != null ? progress : System.console() != null);
        CensusReader reader = strict ? CensusReader.strict() : CensusReader.tolerant();
        try (CensusFile census = reader.open(new BufferedInputStream(in, 1 << 16))) {
            T result = work.apply(census, shown);
            shown.done(census.childrenRead());
            return result;
        } catch (CensusReadException e) {
            shown.abandon();
            throw new UnreadableFileException("cannot read " + file + ": " + describe(e.finding())
                    + (strict ? " (--strict stops at the first problem)" : ""));
        }
    }

    private InputStream open() {
        if (Files.isDirectory(file)) {
            throw new UnreadableFileException("cannot read " + file + ": it is a directory");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read " + file + ": " + UnreadableFileException.reason(e));
        }
    }

    /** The problem's place and rule, and the child's {@code LAchildID} where known; never a value. */
    static String describe(ReadFinding finding) {
        return (finding.path().isEmpty() ? "" : finding.path() + ": ") + finding.message()
                + finding.laChildId().map(id -> ", in the child with LAchildID " + id).orElse("")
                + " [" + finding.code() + "]";
    }

    /** {@code 2025-26} as {@link CollectionYear#CIN_2025_26}. */
    static final class YearConverter implements ITypeConverter<CollectionYear> {

        @Override
        public CollectionYear convert(String value) {
            for (CollectionYear year : CollectionYear.values()) {
                if (year.label().equals(value)) {
                    return year;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a collection year: one of "
                    + String.join(", ", new YearLabels()));
        }
    }

    /** The collection years' labels, for the help and the converter's message. */
    static final class YearLabels implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(CollectionYear.values()).map(CollectionYear::label).iterator();
        }
    }
}
