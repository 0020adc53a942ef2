// One child's chronology in JShell: bash examples/jshell examples/src/main/jshell/chronology.jsh
// The Somerset forum's baby (the seed's "Timeline/Processes" gives months; the days here are made up):
// two agencies' chronologies merged, the patterns found, a case note, the safeguarding birth plan, and
// the record de-identified for research. (startup.jsh has imported the library's packages.) JShell runs a
// line as soon as it is a complete statement, so a chain of calls over several lines ends each line with a dot.

var csc = Agency.of("csc", "Children's Social Care", AgencyType.LOCAL_AUTHORITY);
var midwifery = Agency.of("mw", "Specialist Midwifery", AgencyType.HEALTH);
ChronologyEntry entry(String id, String date, ChronologyEntryKind kind, Agency source) {
    return ChronologyEntry.of(id, LocalDate.parse(date), kind, source);
}

// 1. Social care's chronology and the midwife's, each with the pre-birth planning meeting: merged, the
//    meeting is kept once and everything is in date order.
var planning = entry("m-1", "2016-11-10", ChronologyEntryKind.MEETING, midwifery);
var social = Chronology.of("baby-1", entry("t1", "2016-07-14", ChronologyEntryKind.ASSESSMENT, csc),
    entry("t2", "2016-08-11", ChronologyEntryKind.LEGAL_STEP, csc),
    entry("t5", "2016-10-20", ChronologyEntryKind.ASSESSMENT, csc), planning,
    entry("t7", "2016-11-24", ChronologyEntryKind.PLAN_START, csc),
    entry("t9", "2016-12-19", ChronologyEntryKind.MEETING, csc),
    entry("t11", "2017-02-23", ChronologyEntryKind.MEETING, csc),
    entry("t12", "2017-05-18", ChronologyEntryKind.MEETING, csc));
var health = Chronology.of("baby-1", planning,
    entry("m-2", "2016-12-02", ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT, midwifery),
    entry("m-3", "2017-01-13", ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT, midwifery),
    entry("m-4", "2017-03-03", ChronologyEntryKind.REFUSED_SERVICE, midwifery));
var chronology = health.merge(social);
System.out.println(chronology + " from " + chronology.sources().stream().map(Agency::name).toList());
chronology.entries().forEach(e -> System.out.println("  " + e.date() + "  " + e.kind().label() + " (" + e.source().name() + ")"));

// 2. Patterns, read as of 1 September 2017: the appointments not brought to and the service refused, and
//    drift in the Child in Need plan (no meeting since May).
for (var p : ChronologyPatterns.standard().find(chronology, LocalDate.of(2017, 9, 1))) {
    System.out.println(p.kind().label() + ": " + p.message());
    System.out.println("  because: " + p.kind().description() + " (" + p.source() + ")");
}

// 3. A case note under the Somerset headings, the queries on it, and the visit as a chronology entry.
var note = CaseNote.builder().id("n-1").childId("baby-1").visitedOn(LocalDate.of(2017, 6, 13)).
    author(Practitioner.of("hv-1", "Health visitor", Agency.of("hv", "Health Visiting", AgencyType.HEALTH))).
    purposeOfVisit("6 month ages and stages developmental check").
    addChildsVoice(ChildsView.of(VoiceMethod.OBSERVATION, "Grinned at mummy when she played peeking into her",
        Contributor.of(ContributorKind.PRACTITIONER, "hv-1"), LocalDate.of(2017, 6, 13))).
    build();
CaseNotes.check(note).forEach(f -> System.out.println("  " + f));
System.out.println(chronology.plus(CaseNotes.chronologyEntry(note)));

// 4. The safeguarding birth plan: who is told of the birth, and what the protocol would still ask for.
var plan = SafeguardingBirthPlan.builder().id("sbp-1").child(Child.unborn("baby-1", LocalDate.of(2016, 12, 28))).
    agreedOn(LocalDate.of(2016, 11, 10)).
    addContact(ProfessionalContact.of(Practitioner.of("mw-1", "Specialist midwife", midwifery), "01234 567890", true)).
    addSentTo(BirthPlanDissemination.of(BirthPlanRecipient.BIRTHING_UNIT, midwifery, LocalDate.of(2016, 11, 11))).
    build();
PreBirth.check(plan).forEach(f -> System.out.println("  " + f));

// 5. The record de-identified for research: identifiers pseudonymised under a key the partnership keeps,
//    the date of birth to its month, free text dropped.
var record = CaseRecord.builder().id("case-1").child(Child.born("baby-1", LocalDate.of(2016, 12, 30))).
    addNeedDecision(NeedDecision.of(LocalDate.of(2016, 11, 24), LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL)).
    chronology(chronology).build();
var key = new byte[32];
new java.security.SecureRandom().nextBytes(key);
var extract = Pseudonymiser.withKey(key).deidentify(record);
System.out.println(extract + " born " + Privacy.monthOfBirth(extract.child()).orElseThrow() + ", "
    + AgeBands.standard().bandOf(extract.child(), LocalDate.of(2017, 9, 1)));

/exit
