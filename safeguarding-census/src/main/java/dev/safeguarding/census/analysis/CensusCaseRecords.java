package dev.safeguarding.census.analysis;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.ReasonForClosure;
import dev.safeguarding.census.Section47;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.chronology.ChronologyPatterns;
import dev.safeguarding.model.timescales.Timescales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Census children as the library's {@link CaseRecord}s, so that the caseload analytics
 * ({@link CaseloadAnalysis}), the chronology patterns and the timescales run on what councils actually hold:
 *
 * <pre>{@code
 * CensusCaseRecords mapping = CensusCaseRecords.standard();
 * try (CensusFile file = CensusReader.tolerant().open(in)) {
 *     CaseloadStatistics stats = CensusCaseRecords.caseloadAnalysis(CollectionYear.CIN_2025_26)
 *             .analyse(mapping.caseRecords(file.children()));
 * }
 * }</pre>
 *
 * <p><b>The child.</b> The record's identifier, the child's and the chronology's are the
 * {@code <LAchildID>}; the child is born on {@code <PersonBirthDate>} or, with none, unborn and expected on
 * {@code <ExpectedPersonBirthDate>} (a child with both is taken as born: rule 8525Q queries the pair).
 * A child without an {@code LAchildID}, or with neither date, cannot be a case record (the model's
 * {@link Child} needs an identifier and one of the two dates): {@link #toCaseRecord} gives nothing for it,
 * and {@link #caseRecords} leaves it out. Validation reports such children; {@link CensusStatistics}, which
 * reads the census directly, still counts them.
 *
 * <p><b>The chronology.</b> One entry per date the census holds, recorded by {@link #source()} (the local
 * authority's children's social care), identified by the element path of the date within the child
 * ({@code CINdetails[1]/Assessments[2]/AssessmentAuthorisationDate}, counting from 1 in file order as the
 * reader's paths do), with no free text:
 * <table>
 *   <caption>Census dates as chronology entries</caption>
 *   <tr><th>census item</th><th>kind</th><th>timescale event</th><th>category</th></tr>
 *   <tr><td>{@code CINreferralDate}</td><td>referral</td><td>referral received</td><td></td></tr>
 *   <tr><td>{@code AssessmentActualStartDate}</td><td>assessment</td><td></td><td></td></tr>
 *   <tr><td>{@code AssessmentAuthorisationDate}</td><td>assessment</td><td>assessment concluded</td><td></td></tr>
 *   <tr><td>{@code S47ActualStartDate}</td><td>meeting</td><td>strategy discussion</td><td></td></tr>
 *   <tr><td>{@code DateOfInitialCPC} (of a Section 47 enquiry, or of the episode)</td><td>meeting</td>
 *       <td>initial child protection conference</td><td></td></tr>
 *   <tr><td>{@code CINPlanStartDate}, {@code CINPlanEndDate}</td><td>plan start, plan end</td><td></td>
 *       <td>{@value #CIN_PLAN}</td></tr>
 *   <tr><td>{@code CPPstartDate}, {@code CPPendDate}</td><td>plan start, plan end</td><td></td>
 *       <td>{@value #CHILD_PROTECTION_PLAN}</td></tr>
 *   <tr><td>{@code CPPreviewDate}</td><td>plan review</td><td>review child protection conference</td>
 *       <td>{@value #CHILD_PROTECTION_PLAN}</td></tr>
 *   <tr><td>{@code CINclosureDate}</td><td>other</td><td></td><td>{@value #CIN_CLOSURE}, or with the
 *       reason {@code cin-closure.rc8}</td></tr>
 * </table>
 * The library's readings here: the census has no date of the strategy discussion, so the Section 47
 * enquiry's start stands for the strategy discussion at which it was initiated ("any decision to initiate
 * an enquiry under Section 47 must be taken following a strategy meeting/discussion"; Working Together
 * 2023 counts the initial conference's 15 working days from it, the DfE from the enquiry's start); a
 * {@code CPPreviewDate} is the date of a review child protection conference; the episode's own
 * {@code DateOfInitialCPC} is a conference of its own only when no Section 47 enquiry of the episode
 * records a conference on that date. Undated items (a plan still open, an assessment not yet authorised)
 * have no entry.
 *
 * <p><b>Need decisions</b> where the census implies them, all the library's reading (the census records
 * services, not levels of need, and the continuum is the library's {@link LevelOfNeed}): an assessment
 * starting and a CIN plan starting are decisions of {@link LevelOfNeed#COMPLEX} need ("a child in need
 * requires a social work assessment and a Child in Need Plan") answered by
 * {@link Pathway#FAST_REFERRAL} (a social work assessment); a Section 47 enquiry starting is
 * {@link LevelOfNeed#ACUTE} need answered by {@link Pathway#SECTION_47_ENQUIRY}; a closure after
 * assessment referred to early help ({@code RC9}, {@link ReasonForClosure#CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP}) is a step down to
 * {@link LevelOfNeed#ADDITIONAL} need and {@link Pathway#EARLY_HELP_ASSESSMENT_AND_PLAN}; a closure with no
 * further action ({@code RC8}) or because services ceased ({@code RC7}, "including child no longer in
 * need") is {@link LevelOfNeed#UNIVERSAL} need and {@link Pathway#UNIVERSAL_SERVICES}. Other closures
 * (adoption, death, orders, transfers) and child protection plans (which follow a Section 47 enquiry)
 * imply no further decision.
 *
 * <p>Immutable and safe to share between threads.
 *
 * <p>Sources: the census's items (DfE, <i>Children in need census 2025 to 2026: business and technical
 * specification</i>; S2 {@code cin_census/cin-2022.xsd}); HM Government, <i>Working Together to Safeguard
 * Children</i> (2023), Chapter 3; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i>
 * (2023), "Establishing a Shared Language".
 */
public final class CensusCaseRecords {

    /** The category of the entries of a child in need plan ({@code <CINPlanDates>}). */
    public static final String CIN_PLAN = "cin-plan";

    /** The category of the entries of a child protection plan ({@code <ChildProtectionPlans>}). */
    public static final String CHILD_PROTECTION_PLAN = "child-protection-plan";

    /** The category of an episode's closure ({@code <CINclosureDate>}), followed by {@code .rc1} … when the reason is known. */
    public static final String CIN_CLOSURE = "cin-closure";

    private static final CensusCaseRecords STANDARD = new CensusCaseRecords(Agency.of("childrens-social-care",
            "Local authority children's social care", AgencyType.LOCAL_AUTHORITY));

    private final Agency source;

    private CensusCaseRecords(Agency source) {
        this.source = source;
    }

    /** The mapping with the local authority's children's social care ({@code childrens-social-care}) as source. */
    public static CensusCaseRecords standard() {
        return STANDARD;
    }

    /** The mapping recording every entry as {@code source}'s, for example the local authority by its code. */
    public static CensusCaseRecords of(Agency source) {
        return new CensusCaseRecords(Objects.requireNonNull(source, "source"));
    }

    /**
     * The caseload analysis of a census year's case records: as of the {@linkplain CollectionYear#referenceDate()
     * reference date}, following the timescales whose events the census records (the assessment, the initial
     * child protection conference, the first and subsequent review conferences) on the England and Wales
     * calendar, none of them awaited: the census has no date of a decision on a referral, and whether an
     * assessment or a conference was still needed is not in it.
     */
    public static CaseloadAnalysis caseloadAnalysis(CollectionYear year) {
        Objects.requireNonNull(year, "year");
        ChronologyPatterns patterns = ChronologyPatterns.standard().withTimescales(List.of(Timescales.ASSESSMENT,
                Timescales.INITIAL_CHILD_PROTECTION_CONFERENCE, Timescales.FIRST_REVIEW_CONFERENCE,
                Timescales.SUBSEQUENT_REVIEW_CONFERENCE), Set.of());
        return CaseloadAnalysis.of(year.referenceDate(), patterns);
    }

    /** The agency the entries are recorded by. */
    public Agency source() {
        return source;
    }

    /**
     * The case record of {@code child}, or empty when the child has no {@code LAchildID}, has neither a birth
     * date nor an expected birth date, or has an identifier the model refuses.
     */
    public Optional<CaseRecord> toCaseRecord(CensusChild child) {
        Objects.requireNonNull(child, "child");
        Optional<ChildIdentifiers> identifiers = child.identifiers();
        Optional<String> id = child.laChildId();
        if (identifiers.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Child> person = person(id.get(), identifiers.get());
            if (person.isEmpty()) {
                return Optional.empty();
            }
            Episodes episodes = new Episodes(source);
            int e = 0;
            for (CinDetails episode : child.cinDetails()) {
                episodes.add("CINdetails[" + ++e + "]", episode);
            }
            return Optional.of(CaseRecord.builder().id(id.get()).child(person.get())
                    .chronology(Chronology.of(id.get(), episodes.entries)).needDecisions(episodes.decisions).build());
        } catch (InvalidValueException refused) {
            return Optional.empty();
        }
    }

    /**
     * The case records of {@code children}, in order, leaving out those that cannot be case records (see
     * {@link #toCaseRecord}). Lazy: one child is mapped at a time as the stream is consumed.
     */
    public Stream<CaseRecord> caseRecords(Stream<? extends CensusChild> children) {
        return children.map(this::toCaseRecord).flatMap(Optional::stream);
    }

    private static Optional<Child> person(String id, ChildIdentifiers identifiers) {
        if (identifiers.personBirthDate().isPresent()) {
            return Optional.of(Child.born(id, identifiers.personBirthDate().get()));
        }
        return identifiers.expectedPersonBirthDate().map(expected -> Child.unborn(id, expected));
    }

    /** The entries and decisions of one child's episodes, as they are added. */
    private static final class Episodes {
        private final Agency source;
        final List<ChronologyEntry> entries = new ArrayList<>();
        final List<NeedDecision> decisions = new ArrayList<>();

        Episodes(Agency source) {
            this.source = source;
        }

        void add(String path, CinDetails episode) {
            entry(path + "/CINreferralDate", episode.referralDate(), ChronologyEntryKind.REFERRAL,
                    TimescaleEvent.REFERRAL_RECEIVED, null);
            int a = 0;
            for (Assessment assessment : episode.assessments()) {
                String at = path + "/Assessments[" + ++a + "]";
                entry(at + "/AssessmentActualStartDate", assessment.actualStartDate(), ChronologyEntryKind.ASSESSMENT,
                        null, null);
                decide(assessment.actualStartDate(), LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL);
                entry(at + "/AssessmentAuthorisationDate", assessment.authorisationDate(),
                        ChronologyEntryKind.ASSESSMENT, TimescaleEvent.ASSESSMENT_CONCLUDED, null);
            }
            int p = 0;
            for (CinPlan plan : episode.cinPlans()) {
                String at = path + "/CINPlanDates[" + ++p + "]";
                entry(at + "/CINPlanStartDate", plan.startDate(), ChronologyEntryKind.PLAN_START, null, CIN_PLAN);
                decide(plan.startDate(), LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL);
                entry(at + "/CINPlanEndDate", plan.endDate(), ChronologyEntryKind.PLAN_END, null, CIN_PLAN);
            }
            List<LocalDate> conferences = new ArrayList<>();
            int s = 0;
            for (Section47 enquiry : episode.section47s()) {
                String at = path + "/Section47[" + ++s + "]";
                entry(at + "/S47ActualStartDate", enquiry.actualStartDate(), ChronologyEntryKind.MEETING,
                        TimescaleEvent.STRATEGY_DISCUSSION, null);
                decide(enquiry.actualStartDate(), LevelOfNeed.ACUTE, Pathway.SECTION_47_ENQUIRY);
                entry(at + "/DateOfInitialCPC", enquiry.dateOfInitialCpc(), ChronologyEntryKind.MEETING,
                        TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE, null);
                enquiry.dateOfInitialCpc().ifPresent(conferences::add);
            }
            if (episode.dateOfInitialCpc().isPresent() && !conferences.contains(episode.dateOfInitialCpc().get())) {
                entry(path + "/DateOfInitialCPC", episode.dateOfInitialCpc(), ChronologyEntryKind.MEETING,
                        TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE, null);
            }
            int c = 0;
            for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
                String at = path + "/ChildProtectionPlans[" + ++c + "]";
                entry(at + "/CPPstartDate", plan.startDate(), ChronologyEntryKind.PLAN_START, null,
                        CHILD_PROTECTION_PLAN);
                int r = 0;
                for (LocalDate review : plan.reviewDates()) {
                    entry(at + "/Reviews/CPPreviewDate[" + ++r + "]", Optional.of(review), ChronologyEntryKind.PLAN_REVIEW,
                            TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE, CHILD_PROTECTION_PLAN);
                }
                entry(at + "/CPPendDate", plan.endDate(), ChronologyEntryKind.PLAN_END, null, CHILD_PROTECTION_PLAN);
            }
            String closure = episode.reasonForClosure()
                    .map(reason -> CIN_CLOSURE + "." + reason.code().toLowerCase(Locale.ROOT)).orElse(CIN_CLOSURE);
            entry(path + "/CINclosureDate", episode.closureDate(), ChronologyEntryKind.OTHER, null, closure);
            episode.reasonForClosure().ifPresent(reason -> {
                if (reason == ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP) {
                    decide(episode.closureDate(), LevelOfNeed.ADDITIONAL, Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN);
                } else if (reason == ReasonForClosure.SERVICES_CEASED
                        || reason == ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION) {
                    decide(episode.closureDate(), LevelOfNeed.UNIVERSAL, Pathway.UNIVERSAL_SERVICES);
                }
            });
        }

        private void entry(String id, Optional<LocalDate> date, ChronologyEntryKind kind, TimescaleEvent event,
                String category) {
            if (date.isEmpty()) {
                return;
            }
            ChronologyEntry.Builder entry = ChronologyEntry.builder().id(id).date(date.get()).kind(kind).source(source);
            if (event != null) {
                entry.timescaleEvent(event);
            }
            if (category != null) {
                entry.category(category);
            }
            entries.add(entry.build());
        }

        private void decide(Optional<LocalDate> date, LevelOfNeed level, Pathway response) {
            date.ifPresent(d -> decisions.add(NeedDecision.of(d, level, response)));
        }
    }

    @Override
    public String toString() {
        return "CensusCaseRecords{source=" + source.id() + "}";
    }
}
