package dev.safeguarding.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A file could not be read (or, by {@code generate}, written): the command line reports its message on
 * standard error, without a stack trace, and exits with {@link Cli#UNREADABLE}. The message names the file as
 * the user gave it and the reason (for a census file, the element path, line and column of the problem),
 * never a value read from the file.
 */
final class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message) {
        super(message, null, false, false);
    }

    /** Why {@code e} happened, in words ("no such file or directory"), without the exception's own text. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException problem && problem.getReason() != null) {
            return problem.getReason();
        }
        return "an input or output error";
    }
}
