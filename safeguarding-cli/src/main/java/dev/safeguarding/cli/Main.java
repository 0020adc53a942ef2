package dev.safeguarding.cli;

/**
 * The runnable jar's entry point: {@code java -jar safeguarding-cli.jar COMMAND ...} runs {@link Cli} on the
 * standard streams and exits with its status.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line {@code args} and exits with its status ({@link Cli}). */
    public static void main(String[] args) {
        int status = Cli.run(args, System.out, System.err);
        System.exit(status);
    }
}
