package dev.safeguarding.testing;

import dev.safeguarding.model.chronology.CaseNote;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.prebirth.BirthPlanDissemination;
import dev.safeguarding.model.prebirth.BirthPlanRecipient;
import dev.safeguarding.model.prebirth.PreBirthAssessment;
import dev.safeguarding.model.prebirth.PreBirthTask;
import dev.safeguarding.model.prebirth.ProfessionalContact;
import dev.safeguarding.model.prebirth.SafeguardingBirthPlan;
import dev.safeguarding.model.timescales.TimescaleEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generators for the chronology types ({@code dev.safeguarding.model.chronology}) and the pre-birth ones
 * ({@code dev.safeguarding.model.prebirth}): entries from a small pool of agencies (so that entries of
 * different agencies share dates and identifiers), chronologies, case records and notes, patterns,
 * pre-birth assessments and birth plans.
 *
 * <p>Every value is synthetic (never real data) and a valid draft: built through the model's builders, so
 * every invariant holds, and with no finding from the model's draft rules (Bean Validation's default
 * group). Completeness is not promised: like real drafts, a value may lack what a complete record needs,
 * so its {@code check()} door (the {@code Complete} group) may report ERROR or QUERY findings.
 */
public final class ChronologyGen {

    /** The earliest date of an entry. */
    public static final LocalDate FROM = LocalDate.of(2000, 1, 1);

    /** The latest date of an entry. */
    public static final LocalDate TO = LocalDate.of(2040, 12, 31);

    private static final List<Agency> AGENCIES = List.of(
            Agency.of("police", "Test Police", AgencyType.POLICE),
            Agency.of("health", "Test Health", AgencyType.HEALTH),
            Agency.of("school", "Test School", AgencyType.EDUCATION),
            Agency.of("council", "Test Council", AgencyType.LOCAL_AUTHORITY));

    private static final List<TimescaleEvent> EVENTS = List.of(TimescaleEvent.REFERRAL_RECEIVED,
            TimescaleEvent.RESPONSE_DECISION, TimescaleEvent.ASSESSMENT_CONCLUDED, TimescaleEvent.STRATEGY_DISCUSSION,
            TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE, TimescaleEvent.FIRST_CORE_GROUP_MEETING,
            TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE, TimescaleEvent.CADS_CONSULTATION,
            TimescaleEvent.CADS_FEEDBACK_SUMMARY);

    private ChronologyGen() {
    }

    /** One of four test agencies. */
    public static Gen<Agency> agencies() {
        return Gen.elements(AGENCIES);
    }

    /** A date of an entry, 2000 to 2040. */
    public static Gen<LocalDate> dates() {
        return Gen.dates(FROM, TO);
    }

    /** An entry with identifier {@code id}: any kind, source, codes and texts. */
    public static Gen<ChronologyEntry> entries(String id) {
        return random -> ChronologyEntry.builder()
                .id(id)
                .date(dates().generate(random))
                .kind(Gen.enumValues(ChronologyEntryKind.class).generate(random))
                .source(agencies().generate(random))
                .category(random.nextInt(3) == 0 ? Optional.of(TimescaleGen.ids().generate(random)) : Optional.empty())
                .summary(Gen.optionals(Gen.text(8, 60)).generate(random))
                .significance(Gen.optionals(Gen.text(8, 60)).generate(random))
                .childsView(random.nextInt(4) == 0 ? Optional.of(AssessmentGen.childsViews().generate(random))
                        : Optional.empty())
                .timescaleEvent(random.nextInt(3) == 0 ? Optional.of(Gen.elements(EVENTS).generate(random))
                        : Optional.empty())
                .involvedAgencyIds(distinct(Gen.lists(Gen.elements(AGENCIES).map(Agency::id), 0, 3).generate(random)))
                .build();
    }

    /** An entry with a short generated identifier (so that two entries may share one). */
    public static Gen<ChronologyEntry> entries() {
        return Gen.ints(1, 30).flatMap(n -> entries("e" + n));
    }

    /**
     * Up to {@code max} entries with distinct (source, identifier) pairs: the pool of one child's
     * chronology, in no particular order.
     */
    public static Gen<List<ChronologyEntry>> distinctEntries(int max) {
        return random -> {
            int n = random.nextInt(max + 1);
            List<ChronologyEntry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                entries.add(entries("e" + i).generate(random));
            }
            return entries;
        };
    }

    /** A chronology of {@code childId} with up to 25 entries. */
    public static Gen<Chronology> chronologies(String childId) {
        return distinctEntries(25).map(entries -> Chronology.of(childId, entries));
    }

    /** A chronology of a child with a generated identifier. */
    public static Gen<Chronology> chronologies() {
        return Gen.identifiers().flatMap(ChronologyGen::chronologies);
    }

    /** A decision at any level with any response. */
    public static Gen<NeedDecision> needDecisions() {
        return random -> NeedDecision.of(dates().generate(random), Gen.enumValues(LevelOfNeed.class).generate(random),
                Gen.enumValues(Pathway.class).generate(random));
    }

    /** A case record of a generated child, with up to five decisions and a chronology. */
    public static Gen<CaseRecord> caseRecords() {
        return random -> {
            Child child = ModelGen.children().generate(random);
            return CaseRecord.builder()
                    .id(Gen.identifiers().generate(random))
                    .child(child)
                    .needDecisions(Gen.lists(needDecisions(), 0, 5).generate(random))
                    .chronology(chronologies(child.id()).generate(random))
                    .build();
        };
    }

    /** A case note with any of its headings written, and up to two records of the child's voice. */
    public static Gen<CaseNote> caseNotes() {
        return random -> CaseNote.builder()
                .id(Gen.identifiers().generate(random))
                .childId(Gen.identifiers().generate(random))
                .visitedOn(dates().generate(random))
                .author(ModelGen.practitioners().generate(random))
                .purposeOfVisit(Gen.optionals(Gen.text(8, 60)).generate(random))
                .observationsOfTheChild(Gen.optionals(Gen.text(8, 60)).generate(random))
                .childsVoice(Gen.lists(AssessmentGen.childsViews(), 0, 2).generate(random))
                .progressOnPlan(Gen.optionals(Gen.text(8, 60)).generate(random))
                .directWork(Gen.optionals(Gen.text(8, 60)).generate(random))
                .build();
    }

    /** A pattern of any kind over one to four entries. */
    public static Gen<ChronologyPattern> patterns() {
        return random -> {
            List<ChronologyEntry> entries = new ArrayList<>(distinctEntries(4).generate(random));
            if (entries.isEmpty()) {
                entries.add(entries("e0").generate(random));
            }
            entries.sort(ChronologyEntry.chronologicalOrder());
            return ChronologyPattern.builder()
                    .kind(Gen.enumValues(PatternKind.class).generate(random))
                    .fromDate(entries.get(0).date())
                    .toDate(entries.get(entries.size() - 1).date().plusDays(random.nextInt(100)))
                    .entries(entries)
                    .category(Gen.optionals(TimescaleGen.ids()).generate(random))
                    .timescaleId(Gen.optionals(TimescaleGen.ids()).generate(random))
                    .message(Gen.text(1, 80).generate(random))
                    .build();
        };
    }

    /** An unborn child, expected 2000 to 2040, named or not. */
    public static Gen<Child> unbornChildren() {
        return random -> Child.builder()
                .id(Gen.identifiers().generate(random))
                .expectedDateOfDelivery(dates().generate(random))
                .name(Gen.optionals(Gen.text(8, 30)).generate(random))
                .build();
    }

    /** A pre-birth assessment, started up to 40 weeks before the expected date, completed or not. */
    public static Gen<PreBirthAssessment> preBirthAssessments() {
        return random -> {
            Child child = unbornChildren().generate(random);
            LocalDate started = child.expectedDateOfDelivery().orElseThrow().minusDays(random.nextInt(280));
            return PreBirthAssessment.builder()
                    .id(Gen.identifiers().generate(random))
                    .child(child)
                    .startedOn(started)
                    .completedOn(random.nextBoolean() ? Optional.of(started.plusDays(random.nextInt(60)))
                            : Optional.empty())
                    .addressedTasks(Gen.enumSets(PreBirthTask.class).generate(random))
                    .risks(Gen.lists(Gen.text(8, 40), 0, 3).generate(random))
                    .siblingIds(Gen.lists(Gen.identifiers(), 0, 3).generate(random))
                    .adultServices(Gen.lists(ModelGen.agencies(), 0, 2).generate(random))
                    .levelOfNeed(Gen.optionals(Gen.enumValues(LevelOfNeed.class)).generate(random))
                    .build();
        };
    }

    /** A professional's contact, notified of the birth or not. */
    public static Gen<ProfessionalContact> professionalContacts() {
        return random -> ProfessionalContact.of(ModelGen.practitioners().generate(random),
                "0" + (1_000_000_000L + random.nextLong(9_000_000_000L)), random.nextBoolean());
    }

    /** A safeguarding birth plan with up to four contacts and three recipients, sent on or after it was agreed. */
    public static Gen<SafeguardingBirthPlan> birthPlans() {
        return random -> {
            Child child = unbornChildren().generate(random);
            LocalDate agreed = child.expectedDateOfDelivery().orElseThrow().minusDays(random.nextInt(120));
            List<BirthPlanDissemination> sent = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                sent.add(BirthPlanDissemination.of(Gen.enumValues(BirthPlanRecipient.class).generate(random),
                        ModelGen.agencies().generate(random), agreed.plusDays(random.nextInt(20))));
            }
            return SafeguardingBirthPlan.builder()
                    .id(Gen.identifiers().generate(random))
                    .child(child)
                    .agreedOn(agreed)
                    .contacts(Gen.lists(professionalContacts(), 0, 4).generate(random))
                    .dischargeArrangements(Gen.optionals(Gen.text(8, 60)).generate(random))
                    .sentTo(sent)
                    .build();
        };
    }

    /** A dissemination to any recipient. */
    public static Gen<BirthPlanDissemination> disseminations() {
        return random -> BirthPlanDissemination.of(Gen.enumValues(BirthPlanRecipient.class).generate(random),
                ModelGen.agencies().generate(random), dates().generate(random));
    }

    /** {@code entries} in chronological order (a copy). */
    public static List<ChronologyEntry> sorted(List<ChronologyEntry> entries) {
        List<ChronologyEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ChronologyEntry.chronologicalOrder());
        return sorted;
    }

    /** A comparator of entries by their (source, identifier) key. */
    public static Comparator<ChronologyEntry> byKey() {
        return Comparator.comparing((ChronologyEntry e) -> e.source().id()).thenComparing(ChronologyEntry::id);
    }

    private static List<String> distinct(List<String> ids) {
        Set<String> set = new LinkedHashSet<>(ids);
        return List.copyOf(set);
    }
}
