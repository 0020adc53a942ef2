package dev.safeguarding.census.synthetic;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CategoryOfAbuse;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Section47;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plants violations in a valid synthetic child. The child keeps its identifiers and characteristics; its
 * episodes are replaced by one known-good "protection" episode with fixed offsets inside the census
 * period (referral, assessment, Section 47 enquiry, initial conference, child protection plan with a
 * review, all open), which each violation then changes in one place.
 */
final class Planting {

    private final CollectionYear year;

    // the template episode, changed by each violation
    private LocalDate referral;
    private boolean referralSource = true;
    private LocalDate assessmentStart;
    private LocalDate authorised;
    private List<AssessmentFactor> factors = new ArrayList<>(List.of(AssessmentFactor.NEGLECT));
    private final List<Assessment> extraAssessments = new ArrayList<>();
    private LocalDate s47Start;
    private LocalDate target;
    private LocalDate conference;
    private LocalDate planStart;
    private LocalDate planEnd;
    private final List<LocalDate> reviews = new ArrayList<>();
    private boolean overlappingEpisode;

    Planting(CollectionYear year) {
        this.year = year;
        referral = year.censusStart().plusDays(30);
        assessmentStart = referral.plusDays(1);
        authorised = referral.plusDays(21);
        s47Start = referral.plusDays(2);
        target = weekday(s47Start.plusDays(21));
        conference = weekday(s47Start.plusDays(10));
        planStart = conference;
        reviews.add(weekday(conference.plusDays(30)));
    }

    CensusChild plant(CensusChild valid, Set<Violation> violations) {
        ChildIdentifiers ids = valid.identifiers().orElseThrow();
        ChildCharacteristics characteristics = valid.characteristics().orElseThrow();
        for (Violation violation : violations) {
            switch (violation) {
                case ASSESSMENT_STARTS_BEFORE_REFERRAL -> assessmentStart = referral.minusDays(3);
                case ASSESSMENT_AUTHORISED_BEFORE_IT_STARTS -> authorised = assessmentStart.minusDays(1);
                case CONFERENCE_BEFORE_SECTION_47 -> s47Start = conference.plusDays(1);
                case REVIEW_ON_THE_PLANS_START_DAY -> reviews.set(0, planStart);
                case PLAN_ENDS_ON_ITS_START_DAY -> {
                    planEnd = planStart;
                    reviews.clear();
                }
                case PLAN_STARTS_AWAY_FROM_THE_CONFERENCE -> planStart = conference.plusDays(1);
                case CONFERENCE_ON_A_WEEKEND -> {
                    conference = s47Start.plusDays(7).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
                    planStart = conference;
                }
                case CONFERENCE_TARGET_ON_A_WEEKEND ->
                        target = s47Start.plusDays(14).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
                case NO_FACTORS_WITH_OTHER_FACTORS -> factors = new ArrayList<>(
                        List.of(AssessmentFactor.NO_FACTORS_IDENTIFIED, AssessmentFactor.NEGLECT));
                case DUPLICATE_FACTOR -> factors.add(factors.get(0));
                case FACTORS_AT_AN_UNAUTHORISED_ASSESSMENT -> extraAssessments.add(Assessment.builder()
                        .actualStartDate(year.referenceDate().minusDays(10))
                        .addFactor(AssessmentFactor.EMOTIONAL_ABUSE).build());
                case OPEN_ASSESSMENT_STARTED_LONG_BEFORE_THE_REFERENCE_DATE -> extraAssessments.add(
                        Assessment.builder().actualStartDate(referral.plusDays(3)).build());
                case NO_DISABILITY_WITH_A_DISABILITY -> characteristics = ChildCharacteristics.builder()
                        .from(characteristics).disabilities(List.of(Disability.NONE, Disability.HEARING)).build();
                case DUPLICATE_DISABILITY -> characteristics = ChildCharacteristics.builder().from(characteristics)
                        .disabilities(List.of(Disability.HEARING, Disability.HEARING)).build();
                case BIRTH_DATE_AND_EXPECTED_BIRTH_DATE -> {
                    LocalDate date = ids.personBirthDate().or(ids::expectedPersonBirthDate).orElseThrow();
                    ids = ChildIdentifiers.builder().from(ids).personBirthDate(date).expectedPersonBirthDate(date)
                            .build();
                }
                case LA_CHILD_ID_TOO_LONG -> ids = ChildIdentifiers.builder().from(ids)
                        .laChildId(ids.laChildId().orElseThrow() + "00000000000").build();
                case LA_CHILD_ID_NOT_ALPHANUMERIC -> ids = ChildIdentifiers.builder().from(ids)
                        .laChildId(ids.laChildId().orElseThrow().replaceFirst("SYN", "SYN-")).build();
                case OVERLAPPING_EPISODES -> overlappingEpisode = true;
                case REFERRAL_SOURCE_MISSING -> referralSource = false;
            }
        }
        CinDetails first = valid.cinDetails().get(0);
        CensusChild.Builder child = CensusChild.builder().identifiers(ids).characteristics(characteristics)
                .addCinDetail(episode(first));
        if (overlappingEpisode) {
            child.addCinDetail(CinDetails.builder().referralDate(referral.plusDays(5))
                    .referralSource(first.referralSource()).primaryNeed(first.primaryNeed()).referralNfa(false)
                    .addAssessment(Assessment.builder().actualStartDate(referral.plusDays(6))
                            .authorisationDate(referral.plusDays(20)).addFactor(AssessmentFactor.NEGLECT).build())
                    .build());
        }
        return child.build();
    }

    private CinDetails episode(CinDetails valid) {
        Assessment assessment = Assessment.builder().actualStartDate(assessmentStart).authorisationDate(authorised)
                .factors(factors).build();
        Section47 enquiry = Section47.builder().actualStartDate(s47Start).initialCpcTarget(target)
                .dateOfInitialCpc(conference).icpcNotRequired(false).build();
        ChildProtectionPlan plan = ChildProtectionPlan.builder().startDate(planStart)
                .endDate(Optional.ofNullable(planEnd)).initialCategoryOfAbuse(CategoryOfAbuse.NEGLECT)
                .latestCategoryOfAbuse(CategoryOfAbuse.NEGLECT).numberOfPreviousCpp(0).reviewDates(reviews).build();
        return CinDetails.builder().referralDate(referral)
                .referralSource(referralSource ? valid.referralSource() : Optional.empty())
                .primaryNeed(valid.primaryNeed()).addAssessment(assessment)
                .addAllAssessments(extraAssessments).addSection47(enquiry).referralNfa(false)
                .addChildProtectionPlan(plan).build();
    }

    static LocalDate weekday(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return date.plusDays(2);
        }
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }
}
