package dev.safeguarding.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code safeguarding-cli validate | stats | to-csc-api | generate}, run in-process by {@link #run} (the
 * tests) or from {@link Main} (the runnable jar).
 *
 * <p>Exit statuses, the same for every command:
 * <ul>
 *   <li>{@value #OK}: done; for {@code validate}, no errors were found (queries may have been);</li>
 *   <li>{@value #ERRORS_FOUND}: {@code validate} found at least one error (a rule's error or a reading
 *       problem such as a bad date or an unknown code);</li>
 *   <li>{@value #UNREADABLE}: the file could not be read (missing, not XML, not a census message, cut short,
 *       or, with {@code --strict}, its first problem), or {@code generate} could not write its file;</li>
 *   <li>{@value #USAGE}: the command line was wrong (an unknown option, a missing file or year). picocli's
 *       own default for this is 2, which would be taken for "could not be read"; 64 is {@code EX_USAGE} of
 *       BSD's {@code sysexits.h};</li>
 *   <li>{@value #SOFTWARE}: a fault in the program itself ({@code EX_SOFTWARE}), never 1, which a script
 *       would take for "errors found".</li>
 * </ul>
 * Reports go to standard output in UTF-8; messages about the run (progress, why a file could not be read)
 * go to standard error. No exit status depends on queries.
 *
 * <p>A command is one class annotated with picocli's {@code @Command}, listed in {@link #COMMANDS}; those
 * that read a census file take it with {@link CensusInput} (the file, {@code --year}, {@code --strict}),
 * which turns every reason the file cannot be read into {@link #UNREADABLE} with a message and no stack
 * trace.
 *
 * <p>Source: issue 15, part 7 ("an exit status (0 no errors, 1 errors found, 2 the file could not be
 * read)"); the usage and software statuses are the library's reading.
 */
@Command(name = "safeguarding-cli", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Children in Need census returns for council data teams: validate, count, send, generate.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done; validate found no errors (queries do not count)",
            "1:validate found errors",
            "2:the file could not be read (or generate could not write)",
            "64:the command line was wrong",
            "70:a fault in the program"})
public final class Cli {

    /** Done; for {@code validate}, no errors found. */
    public static final int OK = 0;

    /** {@code validate} found at least one error. */
    public static final int ERRORS_FOUND = 1;

    /** The file could not be read (or written, by {@code generate}). */
    public static final int UNREADABLE = 2;

    /** The command line was wrong ({@code EX_USAGE}). */
    public static final int USAGE = 64;

    /** A fault in the program ({@code EX_SOFTWARE}). */
    public static final int SOFTWARE = 70;

    /** The commands, in the order {@code --help} lists them. A new command is one class added here. */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, StatsCommand.class,
            ToCscApiCommand.class, GenerateCommand.class);

    private Cli() {
    }

    /**
     * Runs the command line {@code args}, writing reports to {@code out} and messages to {@code err} (both in
     * UTF-8, both flushed, neither closed); returns the exit status.
     */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        PrintWriter output = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        PrintWriter errors = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        try {
            return commandLine(output, errors).execute(args);
        } finally {
            output.flush();
            errors.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new Cli());
        for (Class<?> command : COMMANDS) {
            line.addSubcommand(command);
        }
        line.setOut(out);
        line.setErr(err);
        exitCodes(line);
        line.setExecutionExceptionHandler((exception, command, parsed) -> {
            if (exception instanceof UnreadableFileException unreadable) {
                command.getErr().println("safeguarding-cli: " + unreadable.getMessage());
                return UNREADABLE;
            }
            command.getErr().println("safeguarding-cli: internal error, please report it: " + exception);
            exception.printStackTrace(command.getErr());
            return SOFTWARE;
        });
        return line;
    }

    private static void exitCodes(CommandLine command) {
        command.getCommandSpec().exitCodeOnInvalidInput(USAGE).exitCodeOnExecutionException(SOFTWARE);
        command.getSubcommands().values().forEach(Cli::exitCodes);
    }

    /** {@code --version}: the library's version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"safeguarding-cli " + version(),
                "Java ${java.version} (${java.vendor})"};
        }

        static String version() {
            Properties properties = new Properties();
            try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
