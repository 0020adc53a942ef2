package dev.safeguarding.census.synthetic;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.AssessmentFactor;
import dev.safeguarding.census.CategoryOfAbuse;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusHeader;
import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.CensusSource;
import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.ChildProtectionPlan;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.CollectionDetails;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.Disability;
import dev.safeguarding.census.Ethnicity;
import dev.safeguarding.census.Gender;
import dev.safeguarding.census.PreProceedings;
import dev.safeguarding.census.PrimaryNeed;
import dev.safeguarding.census.ReasonForClosure;
import dev.safeguarding.census.ReferralSource;
import dev.safeguarding.census.Section47;
import dev.safeguarding.census.Sex;
import dev.safeguarding.census.UpnUnknown;
import dev.safeguarding.census.xml.CensusWriter;
import dev.safeguarding.model.InvalidValueException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Seeded synthetic census returns of any size: the same seed, year and size always give the same file,
 * and child {@code n} is the same whatever the size, so a 700,000-child file can be streamed without
 * holding it.
 *
 * <pre>{@code
 * SyntheticCensus census = SyntheticCensus.of(42, CollectionYear.CIN_2025_26);
 * try (OutputStream out = ...) {
 *     census.write(20_000, out);
 * }
 * }</pre>
 *
 * <p>No real data: {@code LAchildID}s are {@code SYN} and a number, UPNs are made of the child's number
 * scrambled after the local authority's code with the check letter of rule 1510 (different for every child
 * of a file of up to 15 million), and the census holds no names. The
 * default local authority code, 926, is Norfolk's (the library's home guidance), chosen so that the
 * UPNs carry a recognised code; {@link #withLea(String)} sets another. Codes are drawn from the lists valid in the
 * year ({@link dev.safeguarding.census.CensusCode#isValidIn}); {@code <GenderCurrent>} to 2023-24 and
 * {@code <Sex>} from 2024-25; the pre-proceedings block in 2026-27 with its dates and count only (its
 * code lists were not found).
 *
 * <p>Dates are consistent and fall on or before the reference date: an episode's referral is in the
 * census period or before it (then the episode is open at its start); an assessment starts on or after
 * the referral and in the census period (so that every dated item of the return falls in it) and is
 * authorised after it starts (unauthorised only when it started within the last 40 days); factors are
 * identified only at an authorised assessment, never {@code 21} with others, and nothing but closure
 * follows an assessment that found none (rule 8873Q); a Section 47 enquiry starts on or after the
 * assessment's start; the initial conference target and the
 * conference fall on weekdays after the enquiry starts, the conference recorded on the enquiry only (rule
 * 2884: not also as the episode's {@code <DateOfInitialCPC>}); a child protection plan starts on the day
 * of the initial conference, is reviewed after it starts and ends after it starts; a CIN plan starts after the
 * assessment is authorised and never beside a child protection plan; an episode closes after everything
 * in it (reason RC8 when nothing followed the assessment, RC7 otherwise); every third child with a
 * disability has a second one and a child's second episode
 * starts after the first closed. Referrals are never "no further action". These are the library's
 * reading of a valid return; what the validation rules say of these files is for their tests.
 *
 * <p>{@link #planting(Violation, int...)} plants chosen rule violations in chosen children.
 *
 * <p>Source: the census structure and code lists (DfE specification; S2 {@code cin_census/*.xsd}); the
 * issue's part 6 ("a seeded generator of valid census files of any size").
 */
public final class SyntheticCensus {

    private static final String DEFAULT_LEA = "926";

    private final long seed;
    private final CollectionYear year;
    private final String lea;
    private final Map<Integer, Set<Violation>> planted;

    private SyntheticCensus(long seed, CollectionYear year, String lea, Map<Integer, Set<Violation>> planted) {
        this.seed = seed;
        this.year = Objects.requireNonNull(year, "year");
        this.lea = lea;
        this.planted = planted;
    }

    /** Returns for {@code year}, drawn from {@code seed}, sent by local authority 926 (a synthetic choice). */
    public static SyntheticCensus of(long seed, CollectionYear year) {
        return new SyntheticCensus(seed, year, DEFAULT_LEA, Map.of());
    }

    /**
     * The same returns sent by the local authority with the three-digit code {@code lea} (it also forms
     * characters 2 to 4 of the UPNs).
     *
     * @throws InvalidValueException if {@code lea} is not three digits
     */
    public SyntheticCensus withLea(String lea) {
        if (lea == null || !lea.matches("\\d{3}")) {
            throw new InvalidValueException("lea", "must be three digits");
        }
        return new SyntheticCensus(seed, year, lea, planted);
    }

    /**
     * The same returns with {@code violation} planted in the children numbered {@code childIndexes} (from
     * 1). A planted child keeps its identifiers and characteristics, and its episodes are replaced by one
     * open "protection" episode inside the census period (referral, authorised assessment, Section 47
     * enquiry, initial conference on a weekday, child protection plan with a review) which the violation
     * then breaks in one place; every other child stays valid. Several violations may be planted in one
     * child; some combinations change each other's dates.
     *
     * @throws InvalidValueException if an index is below 1
     */
    public SyntheticCensus planting(Violation violation, int... childIndexes) {
        Objects.requireNonNull(violation, "violation");
        Map<Integer, Set<Violation>> more = new TreeMap<>();
        planted.forEach((index, violations) -> more.put(index, EnumSet.copyOf(violations)));
        for (int index : childIndexes) {
            if (index < 1) {
                throw new InvalidValueException("childIndexes", "must each be 1 or more");
            }
            more.computeIfAbsent(index, i -> EnumSet.noneOf(Violation.class)).add(violation);
        }
        Map<Integer, Set<Violation>> frozen = new TreeMap<>();
        more.forEach((index, violations) -> frozen.put(index, Collections.unmodifiableSet(violations)));
        return new SyntheticCensus(seed, year, lea, Collections.unmodifiableMap(frozen));
    }

    /** The violations planted in child number {@code index}; empty for a valid child. */
    public Set<Violation> violationsPlantedIn(int index) {
        return planted.getOrDefault(index, Set.of());
    }

    /** The numbers of the children with a violation planted, in order. */
    public Set<Integer> childrenWithViolations() {
        return planted.keySet();
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The collection year. */
    public CollectionYear year() {
        return year;
    }

    /** The local authority's code. */
    public String lea() {
        return lea;
    }

    /** The header: the year's collection details and a source naming the generator. */
    public CensusHeader header() {
        CensusSource source = CensusSource.builder().sourceLevel("L").lea(lea).softwareCode("safeguarding-census")
                .release("synthetic").serialNo("001")
                .dateTime(year.referenceDate().plusDays(30) + "T09:00:00").build();
        return CensusHeader.of(CollectionDetails.of(year), source);
    }

    /** Child number {@code index} (from 1): always the same for the same seed and year. */
    public CensusChild child(int index) {
        if (index < 1) {
            throw new InvalidValueException("index", "must be 1 or more");
        }
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        CensusChild valid = new ChildMaker(random, index).make();
        Set<Violation> violations = violationsPlantedIn(index);
        return violations.isEmpty() ? valid : new Planting(year).plant(valid, violations);
    }

    /** Children 1 to {@code count}, made lazily one at a time. */
    public Stream<CensusChild> children(int count) {
        requireCount(count);
        return IntStream.rangeClosed(1, count).mapToObj(this::child);
    }

    /** A whole message of {@code count} children, in memory. */
    public CensusMessage message(int count) {
        requireCount(count);
        return CensusMessage.builder().header(header()).children(children(count)::iterator).build();
    }

    /** Writes a return of {@code count} children to {@code out}, one child at a time; {@code out} is left open. */
    public void write(int count, OutputStream out) {
        requireCount(count);
        try (CensusWriter writer = CensusWriter.to(out, header())) {
            children(count).forEach(writer::write);
        }
    }

    private static void requireCount(int count) {
        if (count < 0) {
            throw new InvalidValueException("count", "must not be negative");
        }
    }

    private static long mix(long seed, long index) {
        long z = seed + index * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "SyntheticCensus{seed=" + seed + ", year=" + year + ", lea=" + lea + ", childrenWithViolations="
                + planted.size() + "}";
    }

    /** Makes one child from its own random stream. */
    private final class ChildMaker {

        private final SplittableRandom random;
        private final int index;
        private final LocalDate start = year.censusStart();
        private final LocalDate end = year.referenceDate();

        ChildMaker(SplittableRandom random, int index) {
            this.random = random;
            this.index = index;
        }

        CensusChild make() {
            boolean unborn = random.nextInt(40) == 0;
            LocalDate firstReferral = between(start.minusDays(300), end.minusDays(5));
            ChildIdentifiers.Builder ids = ChildIdentifiers.builder().laChildId(String.format("SYN%07d", index));
            LocalDate birth;
            if (unborn) {
                birth = between(end.plusDays(1), end.plusDays(150));
                ids.expectedPersonBirthDate(birth).upnUnknown(UpnUnknown.UN1);
                if (year.returnsSex()) {
                    ids.sex(Sex.UNKNOWN);
                } else {
                    ids.genderCurrent(Gender.NOT_RECORDED_OR_UNBORN);
                }
                firstReferral = between(end.minusDays(120), end.minusDays(5));
            } else {
                birth = between(firstReferral.minusYears(17), firstReferral.minusDays(1));
                ids.personBirthDate(birth);
                if (!birth.isAfter(schoolAge())) {
                    ids.upn(upn());
                } else {
                    ids.upnUnknown(UpnUnknown.UN1);
                }
                boolean male = random.nextBoolean();
                if (year.returnsSex()) {
                    ids.sex(male ? Sex.MALE : Sex.FEMALE);
                } else {
                    ids.genderCurrent(male ? Gender.MALE : Gender.FEMALE);
                }
            }
            ChildCharacteristics.Builder characteristics = ChildCharacteristics.builder()
                    .ethnicity(pick(Ethnicity.values()));
            Disability disability = random.nextInt(8) == 0 ? pick(Arrays.copyOfRange(Disability.values(), 1,
                    Disability.values().length)) : Disability.NONE;
            characteristics.addDisability(disability);
            if (disability != Disability.NONE && index % 3 == 0) {
                // a second, different code for every third disabled child (rule 2888Q), drawn without the random
                // stream so that every other item of the child stays as it was
                Disability[] codes = Disability.values();
                characteristics.addDisability(codes[1 + (disability.ordinal() % (codes.length - 1))]);
            }
            CensusChild.Builder child = CensusChild.builder().identifiers(ids.build())
                    .characteristics(characteristics.build());
            Episode first = episode(firstReferral, unborn);
            child.addCinDetail(first.details);
            if (first.closed.isPresent() && random.nextInt(5) == 0) {
                LocalDate second = first.closed.get().plusDays(10 + random.nextInt(60));
                if (second.isBefore(end.minusDays(10)) && !second.isBefore(start)) {
                    child.addCinDetail(episode(second, unborn).details);
                }
            }
            return child.build();
        }

        /**
         * The latest birth date of a child of school age, who needs a UPN or a reason other than UN1 (rule
         * 8770Q): to 2023-24 six years before the reference date; from 2024-25 six years before the reference
         * date plus four months and 31 days (S1 {@code cin2024_25/rule_8770Q.py}).
         */
        private LocalDate schoolAge() {
            return year.returnsSex() ? end.plusMonths(4).plusDays(31).minusYears(6) : end.minusYears(6);
        }

        private Episode episode(LocalDate referral, boolean unborn) {
            CinDetails.Builder episode = CinDetails.builder().referralDate(referral)
                    .referralSource(pick(ReferralSource.values()))
                    .primaryNeed(pick(Arrays.copyOfRange(PrimaryNeed.values(), 0, 8)))
                    .referralNfa(false);
            LocalDate last = referral;
            boolean anythingAfterAssessment = false;
            boolean somethingOpen = false;

            LocalDate assessmentStart = upTo(max(referral, start).plusDays(random.nextInt(6)));
            Assessment.Builder assessment = Assessment.builder().actualStartDate(assessmentStart);
            Optional<LocalDate> authorised = Optional.empty();
            boolean noFactors = false;
            boolean longAgo = !assessmentStart.isAfter(end.minusDays(40));
            if (longAgo || random.nextBoolean()) {
                LocalDate date = assessmentStart.plusDays(1 + random.nextInt(44));
                if (longAgo && date.isAfter(end)) {
                    date = end; // an assessment that started long ago is authorised by the reference date
                }
                if (!date.isAfter(end)) {
                    authorised = Optional.of(date);
                }
            }
            if (authorised.isPresent()) {
                assessment.authorisationDate(authorised.get());
                List<AssessmentFactor> factors = factors();
                noFactors = factors.equals(List.of(AssessmentFactor.NO_FACTORS_IDENTIFIED));
                assessment.addAllFactors(factors);
                last = authorised.get();
            } else {
                somethingOpen = true;
                last = assessmentStart;
            }
            episode.addAssessment(assessment.build());

            boolean protectionPlan = false;
            if ((random.nextInt(3) == 0 && !unborn || random.nextInt(20) == 0) && !noFactors) {
                LocalDate s47Start = upTo(assessmentStart.plusDays(random.nextInt(10)));
                Section47.Builder enquiry = Section47.builder().actualStartDate(s47Start)
                        .initialCpcTarget(weekday(s47Start.plusDays(21)));
                LocalDate conference = weekday(s47Start.plusDays(5 + random.nextInt(16)));
                anythingAfterAssessment = true;
                last = max(last, s47Start);
                if (!conference.isAfter(end) && random.nextInt(5) < 3) {
                    enquiry.dateOfInitialCpc(conference).icpcNotRequired(false);
                    last = max(last, conference);
                    if (random.nextInt(10) < 7) {
                        protectionPlan = true;
                        Plan plan = childProtectionPlan(conference);
                        episode.addChildProtectionPlan(plan.plan);
                        last = max(last, plan.last);
                        somethingOpen |= plan.open;
                        if (year.collectsPreProceedings() && random.nextInt(10) == 0) {
                            PreProceedings pre = preProceedings(conference);
                            episode.addPreProceeding(pre);
                            for (Optional<LocalDate> date : List.of(pre.startDate(),
                                    pre.letterBeforeProceedingsSentDate(), pre.initialMeetingDate())) {
                                last = max(last, date.orElse(conference));
                            }
                        }
                    }
                } else {
                    enquiry.icpcNotRequired(true);
                }
                episode.addSection47(enquiry.build());
            }
            if (!protectionPlan && authorised.isPresent() && random.nextBoolean() && !noFactors) {
                LocalDate planStart = authorised.get().plusDays(1 + random.nextInt(10));
                if (!planStart.isAfter(end)) {
                    LocalDate planEnd = planStart.plusDays(30 + random.nextInt(200));
                    boolean open = planEnd.isAfter(end) || random.nextInt(3) == 0;
                    episode.addCinPlan(CinPlan.of(planStart, open ? Optional.empty() : Optional.of(planEnd)));
                    anythingAfterAssessment = true;
                    somethingOpen |= open;
                    last = max(last, open ? planStart : planEnd);
                }
            }
            Optional<LocalDate> closed = Optional.empty();
            if (!somethingOpen && random.nextInt(5) < 2) {
                LocalDate closure = last.plusDays(random.nextInt(30));
                if (!closure.isAfter(end) && !closure.isBefore(start)) {
                    closed = Optional.of(closure);
                    episode.closureDate(closure).reasonForClosure(anythingAfterAssessment
                            ? ReasonForClosure.SERVICES_CEASED : ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION);
                }
            }
            return new Episode(episode.build(), closed);
        }

        private Plan childProtectionPlan(LocalDate conference) {
            CategoryOfAbuse category = pick(CategoryOfAbuse.values());
            ChildProtectionPlan.Builder plan = ChildProtectionPlan.builder().startDate(conference)
                    .initialCategoryOfAbuse(category)
                    .latestCategoryOfAbuse(random.nextInt(5) == 0 ? pick(CategoryOfAbuse.values()) : category)
                    .numberOfPreviousCpp(random.nextInt(10) == 0 ? 1 : 0);
            LocalDate planEnd = conference.plusDays(90 + random.nextInt(400));
            boolean open = planEnd.isAfter(end) || random.nextBoolean();
            LocalDate limit = open ? end : planEnd;
            LocalDate last = conference;
            for (LocalDate review = conference.plusDays(20 + random.nextInt(70)); !review.isAfter(limit);
                    review = review.plusDays(150 + random.nextInt(40))) {
                plan.addReviewDate(weekday(review).isAfter(limit) ? review : weekday(review));
                last = max(last, review);
            }
            if (!open) {
                plan.endDate(planEnd);
                last = max(last, planEnd);
            }
            return new Plan(plan.build(), last, open);
        }

        private PreProceedings preProceedings(LocalDate conference) {
            LocalDate ppStart = conference.plusDays(14 + random.nextInt(60));
            if (ppStart.isAfter(end)) {
                ppStart = conference.plusDays(1);
            }
            PreProceedings.Builder block = PreProceedings.builder().startDate(upTo(ppStart))
                    .reviewMeetingsCount(random.nextInt(4));
            LocalDate letter = ppStart.plusDays(random.nextInt(5));
            if (!letter.isAfter(end)) {
                block.letterBeforeProceedingsSentDate(letter);
                LocalDate meeting = weekday(letter.plusDays(7 + random.nextInt(14)));
                if (!meeting.isAfter(end)) {
                    block.initialMeetingDate(meeting);
                }
            }
            return block.build();
        }

        private List<AssessmentFactor> factors() {
            List<AssessmentFactor> usable = new ArrayList<>();
            for (AssessmentFactor factor : AssessmentFactor.values()) {
                if (factor.isValidIn(year) && factor != AssessmentFactor.NO_FACTORS_IDENTIFIED) {
                    usable.add(factor);
                }
            }
            if (random.nextInt(12) == 0) {
                return List.of(AssessmentFactor.NO_FACTORS_IDENTIFIED);
            }
            Set<AssessmentFactor> chosen = EnumSet.noneOf(AssessmentFactor.class);
            int count = 1 + random.nextInt(3);
            while (chosen.size() < count) {
                chosen.add(usable.get(random.nextInt(usable.size())));
            }
            return new ArrayList<>(chosen);
        }

        /**
         * A UPN of its check letter, the local authority's code and nine digits: synthetic, never issued, and
         * different for every child of a file (rule 1520), the digits being the child's number and an attempt
         * (0 to 63) scrambled by a multiplication modulo 10<sup>9</sup> (a one-to-one map). Digits whose check
         * remainder is 21 or 22 are tried again with the next attempt (see {@link #checkLetter}).
         */
        private String upn() {
            for (long attempt = 0; attempt < 64; attempt++) {
                long scrambled = ((index * 64L + attempt) % 1_000_000_000L) * 387_420_489L % 1_000_000_000L;
                StringBuilder digits = new StringBuilder(lea).append(String.format("%09d", scrambled));
                Optional<Character> letter = checkLetter(digits);
                if (letter.isPresent()) {
                    return letter.get() + digits.toString();
                }
            }
            throw new IllegalStateException("no UPN with a check letter in 64 attempts");
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            return LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
        }

        private LocalDate upTo(LocalDate date) {
            return date.isAfter(end) ? end : date;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    /**
     * The check letter of a UPN whose characters 2 to 13 are {@code twelveDigits}, as the reference
     * validator's rule 1510 computes it ("UPN invalid (wrong check letter at character 1)"): each digit
     * times its position (2 to 13), summed, remainder on division by 23, then "0 = A; 1 = B; … 8 = J; …
     * 13 = P; … 16 = T; … 20 = X". The validator maps only the remainders 0 to 20 (its letters
     * {@code ABCDEFGHJKLMNPQRTUVWX}), so a remainder of 21 or 22 gives no letter here: such a UPN would
     * be flagged by the validator whatever its letter. Source: S1 {@code cin2022_23/rule_1510.py}.
     */
    static Optional<Character> checkLetter(CharSequence twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i + 2);
        }
        int remainder = sum % 23;
        String letters = "ABCDEFGHJKLMNPQRTUVWX";
        return remainder < letters.length() ? Optional.of(letters.charAt(remainder)) : Optional.empty();
    }

    private static LocalDate weekday(LocalDate date) {
        return Planting.weekday(date);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static final class Episode {
        final CinDetails details;
        final Optional<LocalDate> closed;

        Episode(CinDetails details, Optional<LocalDate> closed) {
            this.details = details;
            this.closed = closed;
        }
    }

    private static final class Plan {
        final ChildProtectionPlan plan;
        final LocalDate last;
        final boolean open;

        Plan(ChildProtectionPlan plan, LocalDate last, boolean open) {
            this.plan = plan;
            this.last = last;
            this.open = open;
        }
    }
}
