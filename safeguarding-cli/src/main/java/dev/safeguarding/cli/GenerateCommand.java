package dev.safeguarding.cli;

import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.census.synthetic.Violation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code generate --year 2025-26 --children N [--seed S] [--lea 926] [--violation RULE=CHILD,...] OUT}: writes a
 * synthetic census return ({@link SyntheticCensus}: made up from the seed, no real child in it, valid for its
 * year), with the chosen rule violations planted in the chosen children, so that the other commands can be
 * tried on a file. The same arguments always write the same file.
 *
 * <p>Source: issue 15, parts 6 and 7 ("Document it in the README with a runnable example on a generated file").
 */
@Command(name = "generate", sortOptions = false,
        description = "Write a synthetic census return: made up from a seed, no real child in it, valid for its "
            + "year unless violations are planted.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, paramLabel = "YEAR", converter = CensusInput.YearConverter.class,
            completionCandidates = CensusInput.YearLabels.class,
            description = "The collection year: ${COMPLETION-CANDIDATES}.")
    CollectionYear year;

    @Option(names = "--children", required = true, paramLabel = "N", description = "How many children.")
    int children;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "The seed the return is drawn from (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lea", defaultValue = "926", paramLabel = "CODE",
            description = "The local authority's three-digit code, also in the UPNs (default: ${DEFAULT-VALUE}).")
    String lea;

    @Option(names = "--violation", paramLabel = "RULE=CHILD[,CHILD...]", converter = PlantingConverter.class,
            completionCandidates = ViolationRules.class,
            description = {"Plant a breach of RULE in the children numbered CHILD (from 1); may be repeated.",
                "RULE: ${COMPLETION-CANDIDATES}."})
    List<Planting> violations = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "OUT", description = "The file to write (replaced if it exists).")
    Path out;

    @Spec
    CommandSpec spec;

    /** A violation and the children to plant it in. */
    record Planting(Violation violation, int[] children) {
    }

    @Override
    public Integer call() {
        if (children < 0) {
            throw new ParameterException(spec.commandLine(), "--children must be 0 or more");
        }
        if (!lea.matches("\\d{3}")) {
            throw new ParameterException(spec.commandLine(), "--lea must be three digits");
        }
        SyntheticCensus census = SyntheticCensus.of(seed, year).withLea(lea);
        for (Planting planting : violations) {
            for (int child : planting.children()) {
                if (child > children) {
                    throw new ParameterException(spec.commandLine(), "--violation " + planting.violation().rule()
                            + ": child " + child + " is beyond the " + children + " children of the return");
                }
            }
            census = census.planting(planting.violation(), planting.children());
        }
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            census.write(children, file);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot write " + out + ": " + UnreadableFileException.reason(e));
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException("cannot write " + out + ": " + UnreadableFileException.reason(e.getCause()));
        }
        spec.commandLine().getOut().printf(Locale.UK, "Wrote a synthetic %s return of %,d %s to %s (seed %d%s).%n",
                year, children, children == 1 ? "child" : "children", out, seed,
                census.childrenWithViolations().isEmpty() ? ""
                        : String.format(Locale.UK, "; violations planted in %,d %s", census.childrenWithViolations().size(),
                                census.childrenWithViolations().size() == 1 ? "child" : "children"));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    /** {@code 1103=17,42} (or the violation's name, {@code ASSESSMENT_STARTS_BEFORE_REFERRAL=17,42}). */
    static final class PlantingConverter implements ITypeConverter<Planting> {

        @Override
        public Planting convert(String value) {
            int equals = value.indexOf('=');
            if (equals < 0) {
                throw new TypeConversionException("'" + value + "' is not RULE=CHILD[,CHILD...]");
            }
            String rule = value.substring(0, equals);
            Violation violation = Arrays.stream(Violation.values())
                    .filter(v -> v.rule().equals(rule) || v.name().equals(rule)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + rule + "' is not a rule a violation of "
                            + "which can be planted: one of " + String.join(", ", new ViolationRules())));
            String[] numbers = value.substring(equals + 1).split(",", -1);
            int[] children = new int[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                try {
                    children[i] = Integer.parseInt(numbers[i].strip());
                } catch (NumberFormatException e) {
                    children[i] = 0;
                }
                if (children[i] < 1) {
                    throw new TypeConversionException("'" + numbers[i] + "' is not a child's number (1 or more)");
                }
            }
            return new Planting(violation, children);
        }
    }

    /** The rule codes of the violations that can be planted. */
    static final class ViolationRules implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Violation.values()).map(Violation::rule).iterator();
        }
    }
}
