// A researcher's caseload in JShell: bash examples/jshell examples/src/main/jshell/caseload.jsh
// 100,000 synthetic cases (made up from a seed: no real person is in them) are written to a JSON Lines
// file, read back in one pass and counted: timeliness against each timescale, the patterns of the
// chronologies, levels of need, steps up and down, re-referrals. (startup.jsh has imported the library's
// packages.) JShell runs a line as soon as it is a complete statement, so a chain of calls over several
// lines ends each line with a dot.

var from = LocalDate.of(2023, 4, 1);
var to = LocalDate.of(2025, 3, 31);
var synthetic = SyntheticCaseload.of(2025L, from, to);
var file = Path.of(System.getProperty("java.io.tmpdir"), "synthetic-caseload.jsonl");
var lines = JsonLines.standard();

String share(OptionalDouble d) { return d.isPresent() ? String.format("%.1f%%", 100 * d.getAsDouble()) : "-"; }
String days(OptionalInt d) { return d.isPresent() ? String.valueOf(d.getAsInt()) : "-"; }

// 1. Generate 100,000 cases to the file (about 550 MB): the same seed and dates give the same file every
//    time. 2. Read them back and analyse them in one pass, as they stood at the end of the period. A bad
//    line would be skipped and counted (with its line number and JSON Pointer), never lost silently. The
//    file is deleted in the finally block, whether or not writing or reading it fails.
long start;
long written;
double seconds;
var skipped = new SkippedLines();
CaseloadStatistics stats = null;
try {
    start = System.nanoTime();
    try (var out = Files.newBufferedWriter(file)) {
        written = lines.write(synthetic.cases(100_000).parallel(), out);
    }
    System.out.printf("Wrote %,d synthetic cases to %s (%,d MB) in %.1f s%n", written, file,
        Files.size(file) >> 20, (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    try (var cases = lines.read(file, CaseRecord.class, skipped)) {
        stats = CaseloadAnalysis.of(to).analyse(cases.parallel());
    }
    seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Read and analysed %,d cases in %.1f s (%,.0f cases a second); %d bad lines skipped%n",
        stats.cases(), seconds, stats.cases() / seconds, skipped.count());
} finally {
    Files.deleteIfExists(file);
    System.out.printf("Deleted %s%n%n", file);
}

// 3. Timeliness against each timescale: share met on time, and working days late of those met late.
//    "Unmet, past due" are deadlines with no event recorded by the end of the period: overdue, or not
//    needed (a referral that ended in advice needs no assessment): a chronology does not say which.
System.out.printf("%-46s %9s %9s %8s %9s %12s %12s%n", "Timescale", "deadlines", "on time", "late",
    "on time %", "days late:", "unmet and");
System.out.printf("%-46s %9s %9s %8s %9s %12s %12s%n", "", "", "", "", "", "median, 90%", "past due");
for (var t : stats.timeliness().values()) {
    System.out.printf("%-46s %,9d %,9d %,8d %9s %12s %,12d%n", t.label(), t.deadlines(), t.metOnTime(),
        t.metLate(), share(t.shareOnTime()),
        days(t.workingDaysLate().median()) + ", " + days(t.workingDaysLate().quantile(0.9)), t.unmetPastDue());
}

// 4. Patterns in the chronologies: how many cases show each, and how many were found.
System.out.printf("%n%-50s %9s %8s %9s%n", "Pattern", "cases", "share", "found");
for (var kind : PatternKind.values()) {
    long cases = stats.casesWithPattern().get(kind);
    System.out.printf("%-50s %,9d %8s %,9d%n", kind.label(), cases,
        share(OptionalDouble.of((double) cases / stats.cases())), stats.patterns().get(kind));
}

// 5. Levels of need: cases by their latest decision, and each level's next decision in the same case
//    (the steps up and down between levels); then re-referrals within twelve months.
System.out.printf("%n%-16s %9s   %-14s %10s %10s %10s %10s%n", "Level of need", "cases now", "next decision:",
    "Universal", "Additional", "Complex", "Acute");
for (var level : LevelOfNeed.values()) {
    System.out.printf("%-16s %,9d   %-14s %,10d %,10d %,10d %,10d%n", level.label(), stats.latestLevels().get(level),
        "", stats.flow(level, LevelOfNeed.UNIVERSAL), stats.flow(level, LevelOfNeed.ADDITIONAL),
        stats.flow(level, LevelOfNeed.COMPLEX), stats.flow(level, LevelOfNeed.ACUTE));
}
System.out.printf("Steps up %,d, steps down %,d%n", stats.stepUps(), stats.stepDowns());
System.out.printf("Referrals %,d, re-referrals within 12 months %,d (%s)%n", stats.referrals(),
    stats.reReferrals(), share(stats.reReferralRate()));

/exit
