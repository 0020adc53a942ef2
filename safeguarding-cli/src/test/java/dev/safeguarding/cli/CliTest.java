package dev.safeguarding.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.analysis.CensusAnalysis;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.census.synthetic.Violation;
import dev.safeguarding.census.validation.CensusValidator;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReader;
import dev.safeguarding.census.xml.CensusWriter;
import dev.safeguarding.census.xml.ReadFinding;
import dev.safeguarding.model.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run in-process on synthetic returns (issue 15, part 7: "validate a census file for a
 * collection year and print errors and queries as a table, or with --csv as CSV with the header
 * rule,severity,child,path,message (one line per finding; child the LAchildID; severity ERROR or QUERY) ...
 * and an exit status (0 no errors, 1 errors found, 2 the file could not be read)").
 */
class CliTest {

    private static final CollectionYear YEAR = CollectionYear.CIN_2025_26;
    private static final String Y = YEAR.label();

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, out, err);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, SyntheticCensus census, int children) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            census.write(children, out);
        }
        return file;
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    // ---- exit statuses --------------------------------------------------------------------------------------

    @Test
    void aCleanReturnExitsZeroWithNoFindings() throws IOException {
        Path file = write("clean.xml", SyntheticCensus.of(42, YEAR), 400);
        Run run = run("validate", file.toString(), "--year", Y);
        assertEquals(Cli.OK, run.status(), run.err());
        assertEquals("No errors or queries; 400 children read." + System.lineSeparator(), run.out());
    }

    @Test
    void queriesAloneLeaveTheExitStatusZero() throws IOException {
        Path file = write("query.xml", SyntheticCensus.of(7, YEAR).planting(Violation.CONFERENCE_TARGET_ON_A_WEEKEND, 5),
                20);
        Run run = run("validate", file.toString(), "--year", Y, "--csv");
        assertEquals(Cli.OK, run.status(), run.out());
        List<List<String>> records = parseCsv(run.out());
        assertTrue(records.stream().anyMatch(r -> r.get(0).equals("8870Q") && r.get(1).equals("QUERY")), run.out());
        assertTrue(records.stream().skip(1).noneMatch(r -> r.get(1).equals("ERROR")), run.out());
    }

    @Test
    void anErrorMakesTheExitStatusOne() throws IOException {
        Path file = write("error.xml", SyntheticCensus.of(7, YEAR).planting(Violation.ASSESSMENT_STARTS_BEFORE_REFERRAL,
                12), 20);
        Run run = run("validate", file.toString(), "--year", Y);
        assertEquals(Cli.ERRORS_FOUND, run.status());
        assertTrue(run.out().contains("1103"), run.out());
    }

    @Test
    void aMissingFileExitsTwoWithAMessageAndNoStackTrace() {
        Run run = run("validate", dir.resolve("absent.xml").toString(), "--year", Y);
        assertEquals(Cli.UNREADABLE, run.status());
        assertTrue(run.err().contains("absent.xml: no such file or directory"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
        Run directory = run("stats", dir.toString(), "--year", Y);
        assertEquals(Cli.UNREADABLE, directory.status());
        assertTrue(directory.err().contains(dir + ": it is a directory"), directory.err());
    }

    @Test
    void aFileThatIsNotXmlExitsTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "LAchildID,referral\nA1,2025-05-01\n");
        Run run = run("validate", file.toString(), "--year", Y, "--csv");
        assertEquals(Cli.UNREADABLE, run.status());
        assertTrue(run.err().contains("census.read.malformed-xml"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void xmlThatIsNotACensusMessageExitsTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><Invoice><Total>3</Total></Invoice>");
        Run run = run("stats", file.toString(), "--year", Y);
        assertEquals(Cli.UNREADABLE, run.status());
        assertTrue(run.err().contains("census.read.not-a-census"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aReturnCutShortExitsTwoAndReportsNothing() throws IOException {
        Path whole = write("whole.xml", SyntheticCensus.of(3, YEAR).planting(Violation.ASSESSMENT_STARTS_BEFORE_REFERRAL,
                2), 40);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xml"), Arrays.copyOf(bytes, bytes.length / 2));
        Run run = run("validate", cut.toString(), "--year", Y, "--progress");
        assertEquals(Cli.UNREADABLE, run.status());
        assertEquals("", run.out(), "no partial report");
        assertTrue(run.err().contains("cannot read " + cut + ": Message/Children/Child["), run.err());
        assertTrue(run.err().contains("line "), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aBadDateIsAnErrorFindingInItsChildAndStrictReadingStopsAtIt() throws IOException {
        Path good = write("good.xml", SyntheticCensus.of(11, YEAR), 10);
        String xml = Files.readString(good);
        int at = xml.indexOf("<CINreferralDate>", xml.indexOf("<LAchildID>SYN0000004</LAchildID>"));
        String bad = xml.substring(0, at) + "<CINreferralDate>2025-02-30" + xml.substring(at + 27);
        Path file = Files.writeString(dir.resolve("bad-date.xml"), bad);

        Run tolerant = run("validate", file.toString(), "--year", Y, "--csv");
        assertEquals(Cli.ERRORS_FOUND, tolerant.status());
        List<String> record = parseCsv(tolerant.out()).stream().filter(r -> r.get(0).equals("census.read.bad-date"))
                .findFirst().orElseThrow();
        assertEquals(List.of("census.read.bad-date", "ERROR", "SYN0000004",
                "Message/Children/Child[4]/CINdetails[1]/CINreferralDate"), record.subList(0, 4));
        assertFalse(tolerant.out().contains("2025-02-30"), "a value is never printed");

        Run strict = run("validate", file.toString(), "--year", Y, "--strict");
        assertEquals(Cli.UNREADABLE, strict.status());
        assertTrue(strict.err().contains("census.read.bad-date"), strict.err());
        assertFalse(strict.err().contains("2025-02-30"), "a value is never printed");
        assertNoStackTrace(strict);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithItsOwnStatus() throws IOException {
        Path file = write("clean.xml", SyntheticCensus.of(7, YEAR), 5);
        Run run = run("validate", file.toString(), "--year", Y, "--colour");
        assertEquals(Cli.USAGE, run.status());
        assertEquals(64, Cli.USAGE, "not picocli's 2, which means 'could not be read' here");
        assertTrue(run.err().contains("Unknown option: '--colour'"), run.err());
        assertTrue(run.err().contains("Usage: safeguarding-cli validate"), run.err());
    }

    @Test
    void aMissingOrUnknownYearIsAUsageError() throws IOException {
        Path file = write("clean.xml", SyntheticCensus.of(7, YEAR), 5);
        assertEquals(Cli.USAGE, run("validate", file.toString()).status());
        Run run = run("stats", file.toString(), "--year", "2019-20");
        assertEquals(Cli.USAGE, run.status());
        assertTrue(run.err().contains("'2019-20' is not a collection year: one of 2022-23, 2023-24, 2024-25, 2025-26, "
                + "2026-27"), run.err());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertEquals(Cli.OK, help.status());
        for (String command : List.of("validate", "stats", "generate")) {
            assertTrue(help.out().contains(command), help.out());
        }
        assertTrue(help.out().contains("64   the command line was wrong"), help.out());
        Run version = run("--version");
        assertEquals(Cli.OK, version.status());
        assertTrue(version.out().startsWith("safeguarding-cli " + Cli.Version.version()), version.out());
        assertFalse(Cli.Version.version().contains("${"), "filtered by the build");
        assertEquals(Cli.OK, run("validate", "--help").status());
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run();
        assertEquals(Cli.USAGE, run.status());
        assertTrue(run.err().contains("Missing required subcommand"), run.err());
    }

    // ---- the report -----------------------------------------------------------------------------------------

    @Test
    void csvHasTheHeaderAndOneRecordPerFindingOfTheValidator() throws IOException {
        SyntheticCensus census = SyntheticCensus.of(2026, YEAR)
                .planting(Violation.ASSESSMENT_STARTS_BEFORE_REFERRAL, 17)
                .planting(Violation.DUPLICATE_DISABILITY, 3, 40)
                .planting(Violation.CONFERENCE_ON_A_WEEKEND, 29)
                .planting(Violation.OPEN_ASSESSMENT_STARTED_LONG_BEFORE_THE_REFERENCE_DATE, 8);
        Path file = write("planted.xml", census, 50);
        Run run = run("validate", file.toString(), "--year", Y, "--csv");
        assertEquals(Cli.ERRORS_FOUND, run.status());
        assertTrue(run.out().startsWith("rule,severity,child,path,message\r\n"), run.out());
        List<List<String>> records = parseCsv(run.out());
        assertEquals(List.of("rule", "severity", "child", "path", "message"), records.get(0));

        List<String> printed = new ArrayList<>();
        records.stream().skip(1).forEach(r -> printed.add(String.join("|", r)));
        List<String> expected = expectedFindings(file);
        assertEquals(sorted(expected), sorted(printed), "the same findings, one record each");
        for (int child : census.childrenWithViolations()) {
            String id = String.format("SYN%07d", child);
            assertTrue(printed.stream().anyMatch(line -> line.split("\\|")[2].equals(id)), id);
        }
        List<String> children = records.stream().skip(1).map(r -> r.get(2)).toList();
        assertEquals(children.stream().sorted().toList(), children, "sorted by child");
    }

    @Test
    void aFindingKnownOnlyAtTheEndNamesItsChild() throws IOException {
        SyntheticCensus census = SyntheticCensus.of(5, YEAR);
        Path file = dir.resolve("twice.xml");
        try (OutputStream out = Files.newOutputStream(file); CensusWriter writer = CensusWriter.to(out, census.header())) {
            for (int i : new int[] {1, 2, 3, 1}) {
                writer.write(census.child(i));
            }
        }
        Run run = run("validate", file.toString(), "--year", Y, "--csv");
        List<List<String>> duplicates = parseCsv(run.out()).stream().filter(r -> r.get(0).equals("8510")).toList();
        assertEquals(List.of("Message/Children/Child[1]/ChildIdentifiers/LAchildID",
                "Message/Children/Child[4]/ChildIdentifiers/LAchildID"), duplicates.stream().map(r -> r.get(3)).toList());
        assertTrue(duplicates.stream().allMatch(r -> r.get(2).equals("SYN0000001")), run.out());
    }

    @Test
    void theTableNamesEachRuleAndEndsWithTheTotals() throws IOException {
        Path file = write("planted.xml", SyntheticCensus.of(9, YEAR)
                .planting(Violation.PLAN_ENDS_ON_ITS_START_DAY, 4)
                .planting(Violation.CONFERENCE_TARGET_ON_A_WEEKEND, 6), 12);
        Run run = run("validate", file.toString(), "--year", Y);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("Rule +Severity +Child +Path +Message"), lines.get(0));
        for (String rule : List.of("8840", "8870Q")) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith(rule + " ")), run.out());
        }
        long errors = lines.stream().filter(line -> line.contains(" ERROR ")).count();
        long queries = lines.stream().filter(line -> line.contains(" QUERY ")).count();
        assertEquals(String.format("%d %s and %d %s in 2 children; 12 children read.", errors,
                errors == 1 ? "error" : "errors", queries, queries == 1 ? "query" : "queries"), lines.get(lines.size() - 1));
    }

    @Test
    void statsPrintsTheTimelinessTableOfTheReturn() throws IOException {
        Path file = write("stats.xml", SyntheticCensus.of(12, YEAR), 300);
        Run run = run("stats", file.toString(), "--year", Y);
        assertEquals(Cli.OK, run.status(), run.err());
        try (CensusFile census = CensusReader.tolerant().open(Files.newInputStream(file))) {
            assertEquals(CensusAnalysis.of(YEAR).analyse(census.children()).toTable(), run.out());
        }
    }

    @Test
    void progressGoesToStandardErrorNotStandardOutput() throws IOException {
        Path file = write("progress.xml", SyntheticCensus.of(13, YEAR).planting(Violation.DUPLICATE_FACTOR, 2), 30);
        Run quiet = run("validate", file.toString(), "--year", Y, "--csv", "--no-progress");
        Run shown = run("validate", file.toString(), "--year", Y, "--csv", "--progress");
        assertEquals(quiet.out(), shown.out());
        assertEquals("", quiet.err());
        assertTrue(shown.err().endsWith("\rRead 30 children\n"), shown.err());
        assertFalse(shown.out().contains("Read"), shown.out());
        Run stats = run("stats", file.toString(), "--year", Y, "--progress");
        assertTrue(stats.err().endsWith("\rRead 30 children\n"), stats.err());
    }

    // ---- generate -------------------------------------------------------------------------------------------

    @Test
    void generateWritesTheSyntheticReturnOfItsArguments() throws IOException {
        Path file = dir.resolve("generated.xml");
        Run run = run("generate", "--year", "2024-25", "--children", "25", "--seed", "99", "--lea", "873",
                "--violation", "1103=4,9", "--violation", "PLAN_ENDS_ON_ITS_START_DAY=7", file.toString());
        assertEquals(Cli.OK, run.status(), run.err());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        SyntheticCensus.of(99, CollectionYear.CIN_2024_25).withLea("873")
                .planting(Violation.ASSESSMENT_STARTS_BEFORE_REFERRAL, 4, 9)
                .planting(Violation.PLAN_ENDS_ON_ITS_START_DAY, 7).write(25, expected);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
        assertEquals("Wrote a synthetic 2024-25 return of 25 children to " + file
                + " (seed 99; violations planted in 3 children)." + System.lineSeparator(), run.out());
    }

    @Test
    void generateRefusesAViolationItCannotPlant() {
        String out = dir.resolve("x.xml").toString();
        Run unknownRule = run("generate", "--year", Y, "--children", "5", "--violation", "9999=1", out);
        assertEquals(Cli.USAGE, unknownRule.status());
        assertTrue(unknownRule.err().contains("'9999' is not a rule"), unknownRule.err());
        Run beyond = run("generate", "--year", Y, "--children", "5", "--violation", "1103=6", out);
        assertEquals(Cli.USAGE, beyond.status());
        assertTrue(beyond.err().contains("child 6 is beyond the 5 children"), beyond.err());
        assertEquals(Cli.USAGE, run("generate", "--year", Y, "--children", "5", "--violation", "1103=0", out).status());
        assertEquals(Cli.USAGE, run("generate", "--year", Y, "--children", "5", "--lea", "92", out).status());
        assertFalse(Files.exists(dir.resolve("x.xml")));
    }

    @Test
    void generateThatCannotWriteExitsTwo() {
        Run run = run("generate", "--year", Y, "--children", "5", dir.resolve("no/such/dir/x.xml").toString());
        assertEquals(Cli.UNREADABLE, run.status());
        assertTrue(run.err().contains("cannot write " + dir.resolve("no/such/dir/x.xml") + ": no such file or directory"),
                run.err());
        assertNoStackTrace(run);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /**
     * The findings of a file as the library's reader and validator give them (as census.jsh collects them), each
     * as {@code rule|severity|child|path|message}.
     */
    private static List<String> expectedFindings(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (CensusFile census = CensusReader.tolerant().open(Files.newInputStream(file))) {
            CensusValidator.Pass pass = CensusValidator.forYear(YEAR).start(census.header());
            pass.headerFindings().forEach(f -> lines.add(line(f, "")));
            Iterator<CensusChild> children = census.iterator();
            while (children.hasNext()) {
                CensusChild child = children.next();
                ids.add(child.laChildId().orElse(""));
                for (ReadFinding problem : census.takeFindings()) {
                    lines.add(line(problem.asFinding(), problem.laChildId().orElse("")));
                }
                pass.accept(child).forEach(f -> lines.add(line(f, child.laChildId().orElse(""))));
            }
            for (Finding f : pass.finish()) {
                int position = ValidateCommand.position(f.path());
                lines.add(line(f, position == 0 ? "" : ids.get(position - 1)));
            }
        }
        return lines;
    }

    private static String line(Finding f, String child) {
        return String.join("|", f.code(), f.severity().name(), child, f.path(), f.message());
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** An RFC 4180 reader, written apart from the code under test. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertEquals(0, field.length() + record.size(), "the last record ends with CRLF");
        return records;
    }
}
