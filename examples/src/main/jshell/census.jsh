// A council data team's Children in Need census in JShell:
//   bash examples/jshell examples/src/main/jshell/census.jsh            a synthetic 20,000-child return
//   bash examples/jshell -R-Dcensus.file=/path/to/return.xml examples/src/main/jshell/census.jsh
// The return is read one child at a time, validated against the census's rules for its collection year
// (errors and queries, each with its rule code and the element path, never a value), and counted for the
// measures the DfE publishes. The synthetic return is made up from a seed: no real child is in it.

import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.CensusHeader;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.census.synthetic.Violation;
import dev.safeguarding.census.validation.CensusValidator;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReader;
import dev.safeguarding.census.analysis.CensusAnalysis;
import dev.safeguarding.census.analysis.CensusStatistics;

var year = CollectionYear.CIN_2025_26;
var given = System.getProperty("census.file");
Path file;
if (given != null) {
    file = Path.of(given);
} else {
    // 1. A synthetic return, with three planted breaches so that the validation has something to say.
    file = Files.createTempFile("synthetic-census-", ".xml");
    try (var out = Files.newOutputStream(file)) {
        SyntheticCensus.of(2026L, year)
                .planting(Violation.ASSESSMENT_STARTS_BEFORE_REFERRAL, 17)
                .planting(Violation.OPEN_ASSESSMENT_STARTED_LONG_BEFORE_THE_REFERENCE_DATE, 1_203)
                .write(20_000, out);
    }
    System.out.printf("Wrote a synthetic %s return of 20,000 children to %s (%,d KB)%n", year, file,
            Files.size(file) >> 10);
}

// 2. Validate it in one streaming pass: reading problems first, then the census's rules.
long start = System.nanoTime();
var findings = new ArrayList<Finding>();
try (CensusFile census = CensusReader.tolerant().open(Files.newInputStream(file))) {
    var returnYear = census.header().flatMap(CensusHeader::collectionYear).orElse(year);
    var pass = CensusValidator.forYear(returnYear).start(census.header());
    findings.addAll(pass.headerFindings());
    census.forEachChild(child -> {
        census.takeFindings().forEach(problem -> findings.add(problem.asFinding()));
        findings.addAll(pass.accept(child));
    });
    findings.addAll(pass.finish());
}
String count(long n, String one, String many) { return n + " " + (n == 1 ? one : many); }
System.out.printf("Validated in %.1f s: %s, %s%n", (System.nanoTime() - start) / 1e9,
        count(findings.stream().filter(f -> f.severity() == Severity.ERROR).count(), "error", "errors"),
        count(findings.stream().filter(f -> f.severity() == Severity.QUERY).count(), "query", "queries"));
findings.stream().limit(20).forEach(f -> System.out.printf("  %-5s %-6s %s%n    %s%n", f.severity(), f.code(),
        f.path(), f.message()));

// 3. The DfE's measures, as its tables publish them.
try (CensusFile census = CensusReader.tolerant().open(Files.newInputStream(file))) {
    CensusStatistics stats = CensusAnalysis.of(year).analyse(census.children());
    System.out.println();
    System.out.println(stats.toTable());
}
if (given == null) {
    Files.delete(file);
}

/exit
