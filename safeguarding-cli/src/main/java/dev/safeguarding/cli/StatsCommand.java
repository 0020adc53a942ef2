package dev.safeguarding.cli;

import dev.safeguarding.census.analysis.CensusAnalysis;
import dev.safeguarding.census.analysis.CensusStatistics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stats FILE --year 2025-26}: the DfE-style timeliness and outcome table of a census return
 * ({@link CensusStatistics#toTable()}), read in one streaming pass. Items that cannot be read (a bad date) are
 * left out of the counts; their number is said on standard error, and {@code validate} lists them.
 *
 * <p>Source: issue 15, part 7 ("{@code stats} prints the timeliness table").
 */
@Command(name = "stats", sortOptions = false,
        description = "Print the timeliness and outcome measures the DfE publishes from the census, for a return.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    CensusInput input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long[] problems = new long[1];
        CensusStatistics statistics = input.read((file, progress) -> {
            CensusStatistics counted = CensusAnalysis.of(input.year)
                    .analyse(file.children().peek(child -> progress.update(file.childrenRead())));
            problems[0] = file.findings().size();
            return counted;
        });
        spec.commandLine().getOut().print(statistics.toTable());
        spec.commandLine().getOut().flush();
        if (problems[0] > 0) {
            spec.commandLine().getErr().printf("%d %s could not be read and %s left out; 'validate' lists %s.%n",
                    problems[0], problems[0] == 1 ? "item" : "items", problems[0] == 1 ? "is" : "are",
                    problems[0] == 1 ? "it" : "them");
        }
        return Cli.OK;
    }
}
