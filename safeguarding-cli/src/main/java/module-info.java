/**
 * A command line for council data teams over {@code dev.safeguarding.census}: {@code validate} a Children
 * in Need census return for a collection year (errors and queries as a table, or as CSV), {@code stats}
 * (the DfE-style timeliness table), {@code to-csc-api} (the DfE CSC API request bodies) and {@code generate}
 * (a synthetic return). Run it with
 * {@code java -jar safeguarding-cli/target/safeguarding-cli.jar --help}; see {@link dev.safeguarding.cli.Cli}
 * for the exit statuses.
 *
 * <p>Source: issue 15, part 7 ("A command line for data teams"). The argument parser is picocli, used in
 * this module only; it reads the commands' annotated fields reflectively, hence the {@code opens}.
 */
module dev.safeguarding.cli {
    requires dev.safeguarding.census;
    requires dev.safeguarding.json;
    requires info.picocli;

    opens dev.safeguarding.cli to info.picocli;
}
