package dev.safeguarding.cli;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.validation.CensusValidator;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.ReadFinding;
import dev.safeguarding.model.Finding;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate FILE --year 2025-26 [--csv] [--strict] [--[no-]progress]}: reads a census return in one
 * streaming pass, checks it against the rules of the collection year ({@link CensusValidator}) and prints every
 * error and query, the reading problems (a bad date, an unknown code, an unexpected element) among them as
 * errors with their {@code census.read.*} code: as a table with the totals at the end, or with {@code --csv}
 * as CSV with the header {@code rule,severity,child,path,message}, one record per finding. Exit status 0
 * when there is no error, 1 when there is one, 2 when the file cannot be read ({@link Cli}).
 *
 * <p>Progress ("Read 12,345 children") goes to standard error while the file is read, as {@link CensusInput}
 * says.
 *
 * <p>Source: issue 15, part 7.
 */
@Command(name = "validate", sortOptions = false,
        description = {"Check a census return against the rules of its collection year and print its errors and "
            + "queries, sorted by child (LAchildID), with the totals at the end.",
            "Reading problems (a bad date, an unknown code) are errors too, with a census.read.* code."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    CensusInput input;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, UTF-8) with the header "
            + "rule,severity,child,path,message instead of a table: one record per finding, no totals.")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FindingsReport report = input.read(this::validate);
        if (csv) {
            report.writeCsv(out);
        } else {
            report.writeTable(out);
        }
        out.flush();
        return report.hasErrors() ? Cli.ERRORS_FOUND : Cli.OK;
    }

    private FindingsReport validate(CensusFile file, Progress progress) {
        FindingsReport report = new FindingsReport();
        ChildIds ids = new ChildIds();
        CensusValidator.Pass pass = CensusValidator.forYear(input.year).start(file.header());
        addReadFindings(file, report, ids);
        pass.headerFindings().forEach(finding -> report.add(finding, 0, ""));
        Iterator<CensusChild> children = file.iterator();
        while (children.hasNext()) {
            CensusChild child = children.next();
            ids.add(child.laChildId().orElse(""));
            addReadFindings(file, report, ids);
            String id = ids.at(ids.size());
            for (Finding finding : pass.accept(child)) {
                report.add(finding, ids.size(), id);
            }
            progress.update(ids.size());
        }
        addReadFindings(file, report, ids);
        for (Finding finding : pass.finish()) {
            int position = position(finding.path());
            report.add(finding, position, ids.at(position));
        }
        report.childrenRead(ids.size());
        return report;
    }

    /** The reading problems met since the last call, each in the child its path names. */
    private static void addReadFindings(CensusFile file, FindingsReport report, ChildIds ids) {
        for (ReadFinding problem : file.takeFindings()) {
            int position = position(problem.path());
            report.add(problem.asFinding(), position, problem.laChildId().orElse(ids.at(position)));
        }
    }

    private static final String CHILD = "Message/Children/Child[";

    /** The position of the child a path is in ({@code Message/Children/Child[3]/…}), or 0 if it is in none. */
    static int position(String path) {
        if (!path.startsWith(CHILD)) {
            return 0;
        }
        int end = path.indexOf(']', CHILD.length());
        try {
            return end < 0 ? 0 : Integer.parseInt(path.substring(CHILD.length(), end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
