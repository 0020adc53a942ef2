package dev.safeguarding.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --[no-]progress}, for the commands that read a whole file: by default progress is shown when the
 * command runs at a terminal ({@link System#console()} is present; Java 17 cannot tell whether standard error
 * alone is a terminal, so with standard output redirected it stays off unless {@code --progress} is given).
 */
final class ProgressOption {

    @Option(names = "--progress", negatable = true,
            description = "Show the number of children read so far on standard error. Default: when run at a terminal.")
    Boolean progress;

    /** The progress to show on {@code err}, on or off as asked. */
    Progress on(PrintWriter err) {
        return Progress.on(err, progress != null ? progress : System.console() != null);
    }
}
