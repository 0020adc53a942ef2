package dev.safeguarding.rules.synthetic;

import static dev.safeguarding.rules.synthetic.SyntheticCaseload.ADULT_SERVICES;
import static dev.safeguarding.rules.synthetic.SyntheticCaseload.CHARITY;
import static dev.safeguarding.rules.synthetic.SyntheticCaseload.COUNCIL;
import static dev.safeguarding.rules.synthetic.SyntheticCaseload.HEALTH;
import static dev.safeguarding.rules.synthetic.SyntheticCaseload.HOSPITAL;
import static dev.safeguarding.rules.synthetic.SyntheticCaseload.POLICE;
import static dev.safeguarding.rules.synthetic.SyntheticCaseload.SCHOOL;

import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.calendar.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The making of one synthetic case: a random source seeded for the case, and the entries and decisions made
 * so far. Only {@link SplittableRandom#nextLong()} is drawn on (its algorithm, SplitMix64, is specified), and
 * every bounded draw is worked out here, so the cases do not depend on how a Java version bounds its random
 * numbers.
 */
final class Generation {

    private static final String[] INCIDENT_CATEGORIES = {"domestic-abuse", "parental-substance-misuse",
        "parental-mental-health", "missing-from-home", "neglect-home-conditions"};

    private final SyntheticCaseload caseload;
    private final WorkingDays calendar;
    private final boolean freeText;
    private final SplittableRandom random;
    private final String caseId;
    private final String childId;
    private final List<ChronologyEntry> entries = new ArrayList<>();
    private final List<NeedDecision> decisions = new ArrayList<>();
    private int nextEntry = 1;
    private int episodes;
    private int plans;

    Generation(SyntheticCaseload caseload, long index, long seed) {
        this.caseload = caseload;
        this.calendar = caseload.calendar();
        this.freeText = caseload.hasFreeText();
        this.random = new SplittableRandom(seed);
        this.caseId = "syn-case-" + index;
        this.childId = "syn-child-" + index;
    }

    CaseRecord record() {
        long days = caseload.to().toEpochDay() - caseload.from().toEpochDay();
        LocalDate firstReferral = referralDate(caseload.from().plusDays(between(0, (int) days)));
        Child child = child(firstReferral);
        if (child.dateOfBirth().orElseThrow().isAfter(firstReferral)) {
            add(entry(ChronologyEntryKind.MEETING, calendar.plusWorkingDays(firstReferral, between(5, 15)), HOSPITAL)
                    .involvedAgencyIds(List.of(COUNCIL.id(), HEALTH.id()))
                    .summary(text("Synthetic: pre-birth planning meeting"))
                    .significance(text("Synthetic: plans for the unborn baby's safety agreed")));
        }
        LocalDate end = episode(firstReferral, null);
        if (chance(0.25)) {
            LocalDate again = referralDate(end.plusDays(between(30, 400)));
            end = max(end, episode(again, null));
        }
        background(firstReferral.minusDays(90), end);
        return CaseRecord.builder()
                .id(caseId)
                .child(child)
                .needDecisions(decisions)
                .chronology(Chronology.of(childId, entries))
                .build();
    }

    // ---- the child

    private Child child(LocalDate referral) {
        double r = unit();
        if (r < 0.05) {
            return Child.born(childId, referral.plusDays(between(30, 150)));
        }
        int years;
        if (r < 0.20) {
            years = 0;
        } else if (r < 0.40) {
            years = between(1, 4);
        } else if (r < 0.65) {
            years = between(5, 9);
        } else if (r < 0.93) {
            years = between(10, 15);
        } else {
            years = between(16, 17);
        }
        return Child.born(childId, referral.minusYears(years).minusDays(between(1, 364)));
    }

    // ---- episodes: a referral and what follows it

    /** A referral on {@code referral} and its work; a forced level for a step up. Returns the last date. */
    private LocalDate episode(LocalDate referral, LevelOfNeed forced) {
        episodes++;
        if (chance(0.4)) {
            cadsConsultation(calendar.plusWorkingDays(referral, -between(0, 2)));
        }
        Agency referrer = pick(POLICE, HEALTH, SCHOOL, SCHOOL, HEALTH, CHARITY, HOSPITAL);
        add(entry(ChronologyEntryKind.REFERRAL, referral, COUNCIL)
                .timescaleEvent(TimescaleEvent.REFERRAL_RECEIVED)
                .involvedAgencyIds(List.of(referrer.id()))
                .summary(text("Synthetic: referral received from " + referrer.type().label().toLowerCase(Locale.ROOT)))
                .significance(text("Synthetic: worries shared with children's social care")));
        LevelOfNeed level = forced != null ? forced : level();
        Pathway response = response(level);
        LocalDate decided;
        double r = unit();
        if (r < 0.30) {
            decided = referral;
        } else if (r < 0.95) {
            decided = calendar.plusWorkingDays(referral, 1);
        } else {
            decided = calendar.plusWorkingDays(referral, between(2, 4));
        }
        if (!chance(0.02)) {
            add(entry(ChronologyEntryKind.REFERRAL, decided, COUNCIL)
                    .timescaleEvent(TimescaleEvent.RESPONSE_DECISION)
                    .summary(text("Synthetic: decision on the referral: " + response.label()))
                    .significance(text("Synthetic: level of need recorded as " + level.label())));
        }
        decide(decided, level, response);
        if (episodes > 4) {
            return decided;
        }
        switch (level) {
            case UNIVERSAL:
                return decided;
            case ADDITIONAL:
                return earlyHelp(decided);
            case COMPLEX:
                return childInNeed(referral, decided);
            default:
                return childProtection(decided);
        }
    }

    private void cadsConsultation(LocalDate on) {
        Agency caller = pick(SCHOOL, HEALTH, POLICE, CHARITY);
        add(entry(ChronologyEntryKind.CONSULTATION, on, caller)
                .timescaleEvent(TimescaleEvent.CADS_CONSULTATION)
                .involvedAgencyIds(List.of(COUNCIL.id()))
                .summary(text("Synthetic: consultation with the Children's Advice and Duty Service"))
                .significance(text("Synthetic: worries talked through with a consultant social worker")));
        double r = unit();
        if (r < 0.03) {
            return;
        }
        int days = r < 0.90 ? between(1, 5) : between(6, 9);
        add(entry(ChronologyEntryKind.CONSULTATION, calendar.plusWorkingDays(on, days), COUNCIL)
                .timescaleEvent(TimescaleEvent.CADS_FEEDBACK_SUMMARY)
                .involvedAgencyIds(List.of(caller.id()))
                .summary(text("Synthetic: feedback summary of the conversation sent to the caller")));
    }

    private LocalDate earlyHelp(LocalDate decided) {
        LocalDate start = calendar.plusWorkingDays(decided, between(5, 15));
        Agency lead = pick(CHARITY, SCHOOL, HEALTH);
        add(entry(ChronologyEntryKind.PLAN_START, start, lead)
                .involvedAgencyIds(List.of(COUNCIL.id()))
                .summary(text("Synthetic: early help assessment and plan agreed with the family"))
                .significance(text("Synthetic: a team around the family in place")));
        LocalDate last = planMeetings(start, between(90, 210), lead, "Synthetic: team around the family meeting");
        if (chance(0.10)) {
            add(entry(ChronologyEntryKind.STEP_UP, last, lead)
                    .involvedAgencyIds(List.of(COUNCIL.id()))
                    .summary(text("Synthetic: worries increased; step up to children's social care")));
            add(entry(ChronologyEntryKind.PLAN_END, last, lead));
            return episode(calendar.nextOrSameWorkingDay(last.plusDays(1)), LevelOfNeed.COMPLEX);
        }
        add(entry(ChronologyEntryKind.PLAN_END, last, lead)
                .summary(text("Synthetic: early help plan ended; goals met")));
        if (chance(0.5)) {
            stepDown(last, lead, LevelOfNeed.UNIVERSAL, Pathway.UNIVERSAL_SERVICES, true);
        }
        return last;
    }

    private LocalDate childInNeed(LocalDate referral, LocalDate decided) {
        double r = unit();
        LocalDate concluded;
        if (r < 0.78) {
            concluded = calendar.plusWorkingDays(referral, between(15, 45));
        } else if (r < 0.95) {
            concluded = calendar.plusWorkingDays(referral, between(46, 75));
        } else {
            concluded = calendar.plusWorkingDays(referral, between(10, 40));
        }
        if (concluded.isBefore(decided)) {
            concluded = decided;
        }
        if (r < 0.95) {
            add(entry(ChronologyEntryKind.ASSESSMENT, concluded, COUNCIL)
                    .timescaleEvent(TimescaleEvent.ASSESSMENT_CONCLUDED)
                    .summary(text("Synthetic: social work assessment concluded"))
                    .significance(text("Synthetic: the child's needs understood across the triangle")));
        }
        if (chance(0.30)) {
            LocalDate down = calendar.plusWorkingDays(concluded, between(1, 5));
            stepDown(down, COUNCIL, LevelOfNeed.ADDITIONAL, Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, true);
            return earlyHelp(down);
        }
        return childInNeedPlan(calendar.plusWorkingDays(concluded, between(3, 10)));
    }

    private LocalDate childInNeedPlan(LocalDate start) {
        if (++plans > 6) {
            return start;
        }
        add(entry(ChronologyEntryKind.PLAN_START, start, COUNCIL)
                .involvedAgencyIds(List.of(HEALTH.id(), SCHOOL.id()))
                .summary(text("Synthetic: Child in Need plan agreed at a Child in Need meeting"))
                .significance(text("Synthetic: the plan says what will change and who will help")));
        LocalDate last = planMeetings(start, between(120, 300), COUNCIL, "Synthetic: Child in Need meeting");
        double r = unit();
        if (r < 0.55) {
            boolean consulted = chance(0.7);
            LocalDate down = consulted ? calendar.plusWorkingDays(last, between(0, 8))
                    : calendar.nextOrSameWorkingDay(last.plusDays(between(35, 60)));
            add(entry(ChronologyEntryKind.PLAN_END, down, COUNCIL));
            stepDown(down, COUNCIL, LevelOfNeed.ADDITIONAL, Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, consulted);
            return earlyHelp(down);
        } else if (r < 0.85) {
            add(entry(ChronologyEntryKind.PLAN_END, last, COUNCIL)
                    .summary(text("Synthetic: Child in Need plan ended; case closed")));
            stepDown(last, COUNCIL, LevelOfNeed.UNIVERSAL, Pathway.UNIVERSAL_SERVICES, true);
            return last;
        }
        add(entry(ChronologyEntryKind.STEP_UP, last, COUNCIL)
                .involvedAgencyIds(List.of(POLICE.id(), HEALTH.id()))
                .summary(text("Synthetic: risk of significant harm; step up to a strategy discussion")));
        add(entry(ChronologyEntryKind.PLAN_END, last, COUNCIL));
        decide(last, LevelOfNeed.ACUTE, Pathway.SECTION_47_ENQUIRY);
        return childProtection(last);
    }

    private LocalDate childProtection(LocalDate decided) {
        LocalDate strategy = calendar.plusWorkingDays(decided, between(0, 2));
        add(entry(ChronologyEntryKind.MEETING, strategy, COUNCIL)
                .timescaleEvent(TimescaleEvent.STRATEGY_DISCUSSION)
                .involvedAgencyIds(List.of(POLICE.id(), HEALTH.id()))
                .summary(text("Synthetic: strategy discussion; section 47 enquiries begun"))
                .significance(text("Synthetic: reasonable cause to suspect significant harm")));
        if (chance(0.05)) {
            add(entry(ChronologyEntryKind.LEGAL_STEP, strategy.plusDays(between(20, 60)), COUNCIL)
                    .summary(text("Synthetic: legal gateway panel agree the Public Law Outline")));
        }
        if (chance(0.15)) {
            LocalDate down = calendar.plusWorkingDays(strategy, between(5, 15));
            add(entry(ChronologyEntryKind.MEETING, down, COUNCIL)
                    .involvedAgencyIds(List.of(POLICE.id(), HEALTH.id(), SCHOOL.id()))
                    .summary(text("Synthetic: section 47 enquiries concluded; no conference needed")));
            stepDown(down, COUNCIL, LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL, true);
            return childInNeedPlan(calendar.plusWorkingDays(down, between(3, 10)));
        }
        LocalDate conference = calendar.plusWorkingDays(strategy, chance(0.85) ? between(8, 15) : between(16, 25));
        add(entry(ChronologyEntryKind.MEETING, conference, COUNCIL)
                .timescaleEvent(TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE)
                .involvedAgencyIds(List.of(POLICE.id(), HEALTH.id(), SCHOOL.id()))
                .summary(text("Synthetic: initial child protection conference"))
                .significance(text("Synthetic: child protection plan made")));
        add(entry(ChronologyEntryKind.PLAN_START, conference, COUNCIL)
                .summary(text("Synthetic: child protection plan started")));
        LocalDate coreGroup = calendar.plusWorkingDays(conference, chance(0.9) ? between(3, 10) : between(11, 18));
        add(entry(ChronologyEntryKind.MEETING, coreGroup, COUNCIL)
                .timescaleEvent(TimescaleEvent.FIRST_CORE_GROUP_MEETING)
                .involvedAgencyIds(List.of(HEALTH.id(), SCHOOL.id()))
                .summary(text("Synthetic: first core group meeting")));
        LocalDate review = conference.plusMonths(3);
        LocalDate last = coreGroup;
        int reviews = between(1, 2);
        for (int i = 0; i < reviews; i++) {
            review = calendar.nextOrSameWorkingDay(chance(0.88) ? review.minusDays(between(0, 14))
                    : review.plusDays(between(1, 25)));
            last = coreGroups(last, review);
            add(entry(ChronologyEntryKind.MEETING, review, COUNCIL)
                    .timescaleEvent(TimescaleEvent.REVIEW_CHILD_PROTECTION_CONFERENCE)
                    .involvedAgencyIds(List.of(POLICE.id(), HEALTH.id(), SCHOOL.id()))
                    .summary(text("Synthetic: review child protection conference")));
            last = review;
            review = review.plusMonths(6);
        }
        add(entry(ChronologyEntryKind.PLAN_END, last, COUNCIL)
                .summary(text("Synthetic: child protection plan ended at review")));
        stepDown(last, COUNCIL, LevelOfNeed.COMPLEX, Pathway.FAST_REFERRAL, true);
        return childInNeedPlan(calendar.plusWorkingDays(last, between(3, 10)));
    }

    /** Core group meetings every six to eight weeks after {@code from} and before {@code until}. */
    private LocalDate coreGroups(LocalDate from, LocalDate until) {
        LocalDate last = from;
        LocalDate next = calendar.nextOrSameWorkingDay(from.plusDays(between(42, 56)));
        while (next.isBefore(until.minusDays(7))) {
            add(entry(ChronologyEntryKind.MEETING, next, COUNCIL)
                    .involvedAgencyIds(List.of(HEALTH.id(), SCHOOL.id()))
                    .summary(text("Synthetic: core group meeting")));
            last = next;
            next = calendar.nextOrSameWorkingDay(next.plusDays(between(42, 56)));
        }
        return last;
    }

    /**
     * Meetings of a plan from {@code start} for about {@code days} days, every six to ten weeks, with a
     * visit between some of them; about one plan in eight drifts (one gap of more than three months).
     * Returns the date of the last meeting.
     */
    private LocalDate planMeetings(LocalDate start, int days, Agency lead, String summary) {
        LocalDate end = start.plusDays(days);
        boolean drifts = chance(0.12);
        LocalDate last = start;
        while (true) {
            int gap = between(42, 70);
            if (drifts && chance(0.5)) {
                gap = between(100, 160);
                drifts = false;
            }
            LocalDate next = calendar.nextOrSameWorkingDay(last.plusDays(gap));
            if (next.isAfter(end) && last.isAfter(start)) {
                return last;
            }
            if (lead == COUNCIL && chance(0.3)) {
                visit(calendar.nextOrSameWorkingDay(last.plusDays(gap / 2)));
            }
            add(entry(ChronologyEntryKind.MEETING, next, lead)
                    .involvedAgencyIds(lead == COUNCIL ? List.of(HEALTH.id(), SCHOOL.id()) : List.of(COUNCIL.id()))
                    .summary(text(summary)));
            last = next;
        }
    }

    private void visit(LocalDate on) {
        ChronologyEntry.Builder visit = entry(ChronologyEntryKind.VISIT, on, COUNCIL)
                .summary(text("Synthetic: home visit; the child seen"))
                .significance(text("Synthetic: progress on the plan assessed"));
        if (freeText && chance(0.6)) {
            visit.childsView(childsView(on));
        }
        add(visit);
    }

    private void stepDown(LocalDate on, Agency by, LevelOfNeed level, Pathway response, boolean consulted) {
        ChronologyEntry.Builder step = entry(ChronologyEntryKind.STEP_DOWN, on, by)
                .summary(text("Synthetic: step down to " + level.label().toLowerCase(Locale.ROOT)));
        if (consulted) {
            step.involvedAgencyIds(by == COUNCIL ? List.of(HEALTH.id(), SCHOOL.id()) : List.of(COUNCIL.id()));
        }
        add(step);
        decide(on, level, response);
    }

    private void decide(LocalDate on, LevelOfNeed level, Pathway response) {
        decisions.add(NeedDecision.of(on, level, response));
    }

    // ---- background: incidents, appointments, services, from any agency

    private void background(LocalDate from, LocalDate to) {
        int span = (int) Math.max(1, to.toEpochDay() - from.toEpochDay());
        if (chance(0.12)) {
            LocalDate start = from.plusDays(between(0, span));
            int n = between(3, 5);
            for (int i = 0; i < n; i++) {
                double r = unit();
                ChronologyEntryKind kind = r < 0.6 ? ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT
                        : r < 0.8 ? ChronologyEntryKind.MISSED_APPOINTMENT : ChronologyEntryKind.REFUSED_SERVICE;
                add(entry(kind, calendar.nextOrSameWorkingDay(start.plusDays(between(0, 120))),
                        kind == ChronologyEntryKind.REFUSED_SERVICE ? CHARITY : HEALTH)
                        .summary(text("Synthetic: " + kind.label().toLowerCase(Locale.ROOT)))
                        .significance(text("Synthetic: the child's health needs may not be met")));
            }
        } else {
            int n = between(0, 2);
            for (int i = 0; i < n; i++) {
                add(entry(ChronologyEntryKind.NOT_BROUGHT_TO_APPOINTMENT,
                        calendar.nextOrSameWorkingDay(from.plusDays(between(0, span))), HEALTH)
                        .summary(text("Synthetic: not brought to a health appointment")));
            }
        }
        if (chance(0.14)) {
            LocalDate start = from.plusDays(between(0, span));
            int n = between(3, 4);
            for (int i = 0; i < n; i++) {
                LocalDate on = start.plusDays(between(0, 150));
                add(incident(on, "domestic-abuse"));
            }
        } else {
            int n = between(0, 2);
            for (int i = 0; i < n; i++) {
                add(incident(from.plusDays(between(0, span)),
                        INCIDENT_CATEGORIES[between(0, INCIDENT_CATEGORIES.length - 1)]));
            }
        }
        if (chance(0.04)) {
            LocalDate on = calendar.nextOrSameWorkingDay(from.plusDays(between(0, span)));
            ChronologyEntry.Builder injury = entry(ChronologyEntryKind.INJURY, on, pick(SCHOOL, HEALTH))
                    .category("bruising")
                    .summary(text("Synthetic: bruise seen on the child's arm"))
                    .significance(text("Synthetic: explanation to be sought"));
            if (freeText) {
                injury.childsView(childsView(on));
            }
            add(injury);
        }
        if (chance(0.08)) {
            add(entry(ChronologyEntryKind.CONSULTATION, calendar.nextOrSameWorkingDay(from.plusDays(between(0, span))),
                    ADULT_SERVICES)
                    .involvedAgencyIds(List.of(COUNCIL.id()))
                    .summary(text("Synthetic: adult mental health service shared information about a parent")));
        }
    }

    private ChronologyEntry.Builder incident(LocalDate on, String category) {
        ChronologyEntry.Builder incident = entry(ChronologyEntryKind.INCIDENT, on, POLICE)
                .category(category)
                .summary(text("Synthetic: police called to the home"))
                .significance(text("Synthetic: the child was present"));
        if (freeText && chance(0.4)) {
            incident.childsView(childsView(on));
        }
        return incident;
    }

    private ChildsView childsView(LocalDate on) {
        boolean words = chance(0.5);
        return ChildsView.of(words ? VoiceMethod.OWN_WORDS : VoiceMethod.OBSERVATION,
                words ? "Synthetic: said they felt safe at school" : "Synthetic: relaxed, played and smiled at the carer",
                Contributor.of(ContributorKind.PRACTITIONER, "syn-practitioner-" + between(1, 40)), on);
    }

    // ---- entries

    private ChronologyEntry.Builder entry(ChronologyEntryKind kind, LocalDate date, Agency source) {
        return ChronologyEntry.builder().id("e" + nextEntry++).date(date).kind(kind).source(source);
    }

    private void add(ChronologyEntry.Builder entry) {
        entries.add(entry.build());
    }

    private Optional<String> text(String text) {
        return freeText ? Optional.of(text) : Optional.empty();
    }

    // ---- dates

    /**
     * A referral date near {@code date}: usually the working day on or after it; sometimes the weekend or
     * bank holiday itself (out of hours); about one in ten the last working day before the next bank holiday
     * that falls on a weekday.
     */
    private LocalDate referralDate(LocalDate date) {
        double r = unit();
        if (r < 0.10) {
            for (int i = 0; i < 90; i++) {
                LocalDate day = date.plusDays(i);
                if (!calendar.isWorkingDay(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
                        && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    return calendar.plusWorkingDays(day, -1);
                }
            }
        }
        return r < 0.85 ? calendar.nextOrSameWorkingDay(date) : date;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- levels and responses

    private LevelOfNeed level() {
        double r = unit();
        return r < 0.15 ? LevelOfNeed.UNIVERSAL : r < 0.50 ? LevelOfNeed.ADDITIONAL
                : r < 0.85 ? LevelOfNeed.COMPLEX : LevelOfNeed.ACUTE;
    }

    private Pathway response(LevelOfNeed level) {
        switch (level) {
            case UNIVERSAL:
                return chance(0.5) ? Pathway.SELF_HELP_AND_ADVICE : Pathway.UNIVERSAL_SERVICES;
            case ADDITIONAL:
                return Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN;
            case COMPLEX:
                return chance(0.4) ? Pathway.FAMILY_SUPPORT_REFERRAL : Pathway.FAST_REFERRAL;
            default:
                return chance(0.9) ? Pathway.SECTION_47_ENQUIRY : Pathway.EMERGENCY;
        }
    }

    // ---- random draws from nextLong() alone

    /** A double in [0, 1). */
    private double unit() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Whether an event of probability {@code p} happens. */
    private boolean chance(double p) {
        return unit() < p;
    }

    /** An int in [min, max], both included. */
    private int between(int min, int max) {
        return min + (int) ((random.nextLong() >>> 1) % (max - min + 1L));
    }

    @SafeVarargs
    private final <T> T pick(T... values) {
        return values[between(0, values.length - 1)];
    }
}
