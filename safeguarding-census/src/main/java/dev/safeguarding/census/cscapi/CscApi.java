package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.Assessment;
import dev.safeguarding.census.CensusChild;
import dev.safeguarding.census.CensusCode;
import dev.safeguarding.census.CensusMessage;
import dev.safeguarding.census.ChildCharacteristics;
import dev.safeguarding.census.ChildIdentifiers;
import dev.safeguarding.census.CinDetails;
import dev.safeguarding.census.CinPlan;
import dev.safeguarding.census.Section47;
import dev.safeguarding.model.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * From the CIN census to the DfE CSC API: a census child as a payload record ({@link #from(CensusChild)}),
 * and children cut into request bodies of at most {@value CscApiBatch#MAX_CHILDREN}, lazily, so that a
 * national-size census file streams through without being held ({@link #batches(Iterator)},
 * {@link #batches(Stream)}).
 *
 * <pre>{@code
 * try (CensusFile file = CensusReader.tolerant().open(in)) {
 *     Iterator<CscApiBatch> batches = CscApi.batches(file.iterator());
 *     while (batches.hasNext()) {
 *         String body = SafeguardingJson.standard().write(batches.next());   // POST it
 *     }
 * }
 * }</pre>
 *
 * <h2>What the census gives, and where it goes</h2>
 * <table>
 *   <caption>The census items and the API fields they fill</caption>
 *   <tr><th>census</th><th>CSC API</th></tr>
 *   <tr><td>{@code LAchildID}</td><td>{@code la_child_id}</td></tr>
 *   <tr><td>{@code UPN}, {@code FormerUPN}, {@code UPNunknown}</td><td>{@code unique_pupil_number},
 *       {@code former_unique_pupil_number}, {@code unique_pupil_number_unknown_reason}</td></tr>
 *   <tr><td>{@code PersonBirthDate}, {@code ExpectedPersonBirthDate}</td><td>{@code date_of_birth},
 *       {@code expected_date_of_birth}</td></tr>
 *   <tr><td>{@code Sex} (2024-25 on)</td><td>{@code sex}</td></tr>
 *   <tr><td>{@code Ethnicity}, {@code Disability}</td><td>{@code ethnicity}, {@code disabilities} (each code once)</td></tr>
 *   <tr><td>{@code CINdetails}</td><td>an item of {@code social_care_episodes}</td></tr>
 *   <tr><td>{@code CINreferralDate}, {@code ReferralSource}, {@code ReferralNFA}</td><td>{@code referral_date},
 *       {@code referral_source}, {@code referral_no_further_action_flag}</td></tr>
 *   <tr><td>{@code CINclosureDate}, {@code ReasonForClosure}</td><td>{@code closure_date}, {@code closure_reason}</td></tr>
 *   <tr><td>{@code Assessments}: start, authorisation, factors</td><td>{@code child_and_family_assessments}:
 *       {@code start_date}, {@code authorisation_date}, {@code factors} (each code once)</td></tr>
 *   <tr><td>{@code CINPlanDates}</td><td>{@code child_in_need_plans}: {@code start_date}, {@code end_date}</td></tr>
 *   <tr><td>{@code Section47}: start, {@code ICPCnotRequired}, {@code DateOfInitialCPC}</td>
 *       <td>{@code section_47_assessments}: {@code start_date}, {@code icpc_required_flag} (its negation),
 *       {@code icpc_date}</td></tr>
 *   <tr><td>{@code ChildProtectionPlans}: start, end</td><td>{@code child_protection_plans}: {@code start_date},
 *       {@code end_date}</td></tr>
 * </table>
 *
 * <p><b>Left absent, because the census has no source for them:</b> {@code mis_child_id}, {@code first_name},
 * {@code surname}, {@code postcode}, {@code uasc_flag} and {@code uasc_end_date} (factor {@code 9A} is a concern
 * identified at an assessment, not the child's status, so it is not read as one), {@code health_and_wellbeing}
 * (SDQ scores are an SSDA903 item), {@code care_worker_details}, a Section 47 enquiry's {@code end_date},
 * {@code child_looked_after_placements}, {@code adoption} and {@code care_leavers}. A vendor holding them builds
 * the records with the builders, or adds to the mapped record.
 *
 * <p><b>Census items the API has no place for</b> (the OpenAPI has no field for them: no primary need, no
 * category of abuse, no conference target or outcome, no plan reviews): {@code PrimaryNeedCode}, the episode's own
 * {@code DateOfInitialCPC}, {@code InitialCPCtarget}, {@code AssessmentInternalReviewDate}, the categories of
 * abuse, {@code NumberOfPreviousCPP} and the review dates of a plan, {@code PersonDeathDate}, the
 * pre-proceedings block, and {@code GenderCurrent} (returned to 2023-24; its codes {@code 0}, {@code 1},
 * {@code 2}, {@code 9} are another list than the API's {@code sex}, so they are not translated).
 *
 * <p><b>The library's reading</b>, where neither the OpenAPI nor the census says:
 * <ul>
 *   <li>The census has no identifiers for episodes, assessments, plans or enquiries, but the API requires
 *       them. They are made from the child's {@code LAchildID} and the item's place in the file, counted from 1
 *       as the reference validator counts them: episode {@code <LAchildID>-E1}, its assessments
 *       {@code <LAchildID>-E1-A1}, CIN plans {@code -P1}, Section 47 enquiries {@code -S1}, child protection plans
 *       {@code -CP1}. They are stable while the local authority returns a child's items in the same order; a
 *       vendor with its own identifiers should use those.</li>
 *   <li>A code the census holds twice (rules 8794 and 8898 report it) is sent once: the API's lists are
 *       {@code uniqueItems}.</li>
 *   <li>{@code icpc_required_flag} is the negation of {@code ICPCnotRequired}.</li>
 * </ul>
 *
 * <p>A census child that breaks a rule of the API (an {@code LAchildID} longer than 20 characters or not
 * alphanumeric, which census rules 1570 and 1580 also report; a UPN that is not 13 characters) cannot be
 * sent: mapping it throws an {@link InvalidValueException} naming the API's field and rule, never the value.
 * Validate the census first.
 *
 * <p>Sources: DfE CSC API OpenAPI 1.0.1 (S4); the census structure (S2) and Data to Insight's pipeline from
 * the SSD to the API (S5, {@code populate_ssd_api_data_staging.sql}), which maps the same census items to the
 * same fields.
 */
public final class CscApi {

    private CscApi() {
    }

    /**
     * The payload record of a census child, mapped as the class documentation says.
     *
     * @throws InvalidValueException if the child has no {@code LAchildID}, or an item breaks a rule of the API
     */
    public static CscApiChild from(CensusChild child) {
        Objects.requireNonNull(child, "child");
        String laChildId = child.laChildId().orElseThrow(() -> new InvalidValueException("la_child_id",
                "required, but the census child has no LAchildID"));
        CscApiChild.Builder record = CscApiChild.builder().laChildId(laChildId);
        details(child.identifiers(), child.characteristics()).ifPresent(record::childDetails);
        List<CinDetails> episodes = child.cinDetails();
        for (int e = 0; e < episodes.size(); e++) {
            record.addSocialCareEpisode(episode(episodes.get(e), laChildId + "-E" + (e + 1)));
        }
        return record.build();
    }

    /**
     * The census children as request bodies of at most {@value CscApiBatch#MAX_CHILDREN}, in order, each made
     * when it is asked for: the iterator holds one batch at a time, so a census file read with
     * {@code CensusFile.iterator()} streams through in bounded memory. No children, no batches.
     *
     * @throws InvalidValueException from {@code next()}, if a child cannot be mapped (see {@link #from})
     */
    public static Iterator<CscApiBatch> batches(Iterator<CensusChild> children) {
        Objects.requireNonNull(children, "children");
        return new Batches<>(children, CscApi::from);
    }

    /** As {@link #batches(Iterator)}; closing the returned stream closes {@code children}. */
    public static Stream<CscApiBatch> batches(Stream<CensusChild> children) {
        return stream(batches(children.iterator())).onClose(children::close);
    }

    /** The children of a census message as request bodies of at most {@value CscApiBatch#MAX_CHILDREN}. */
    public static List<CscApiBatch> batches(CensusMessage message) {
        List<CscApiBatch> batches = new ArrayList<>();
        batches(message.children().iterator()).forEachRemaining(batches::add);
        return List.copyOf(batches);
    }

    /**
     * Payload records built otherwise (a vendor's own, purge records) cut into request bodies of at most
     * {@value CscApiBatch#MAX_CHILDREN}, lazily, as {@link #batches(Iterator)} does.
     */
    public static Iterator<CscApiBatch> inBatches(Iterator<CscApiChild> records) {
        Objects.requireNonNull(records, "records");
        return new Batches<>(records, Function.identity());
    }

    /** As {@link #inBatches(Iterator)}; closing the returned stream closes {@code records}. */
    public static Stream<CscApiBatch> inBatches(Stream<CscApiChild> records) {
        return stream(inBatches(records.iterator())).onClose(records::close);
    }

    private static Stream<CscApiBatch> stream(Iterator<CscApiBatch> batches) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static Optional<ChildDetails> details(Optional<ChildIdentifiers> identifiers,
            Optional<ChildCharacteristics> characteristics) {
        if (identifiers.isEmpty() && characteristics.isEmpty()) {
            return Optional.empty();
        }
        ChildDetails.Builder details = ChildDetails.builder();
        identifiers.ifPresent(ids -> details
                .uniquePupilNumber(ids.upn())
                .formerUniquePupilNumber(ids.formerUpn())
                .uniquePupilNumberUnknownReason(code(ids.upnUnknown()))
                .dateOfBirth(ids.personBirthDate())
                .expectedDateOfBirth(ids.expectedPersonBirthDate())
                .sex(code(ids.sex())));
        characteristics.ifPresent(chars -> details
                .ethnicity(code(chars.ethnicity()))
                .disabilities(codes(chars.disabilities())));
        return Optional.of(details.build());
    }

    private static SocialCareEpisode episode(CinDetails episode, String id) {
        SocialCareEpisode.Builder record = SocialCareEpisode.builder()
                .socialCareEpisodeId(id)
                .referralDate(episode.referralDate())
                .referralSource(code(episode.referralSource()))
                .referralNoFurtherActionFlag(episode.referralNfa())
                .closureDate(episode.closureDate())
                .closureReason(code(episode.reasonForClosure()));
        List<Assessment> assessments = episode.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment assessment = assessments.get(i);
            record.addChildAndFamilyAssessment(ChildAndFamilyAssessment.builder()
                    .childAndFamilyAssessmentId(id + "-A" + (i + 1))
                    .startDate(assessment.actualStartDate())
                    .authorisationDate(assessment.authorisationDate())
                    .factors(codes(assessment.factors()))
                    .build());
        }
        List<CinPlan> plans = episode.cinPlans();
        for (int i = 0; i < plans.size(); i++) {
            record.addChildInNeedPlan(ChildInNeedPlan.builder().childInNeedPlanId(id + "-P" + (i + 1))
                    .startDate(plans.get(i).startDate()).endDate(plans.get(i).endDate()).build());
        }
        List<Section47> enquiries = episode.section47s();
        for (int i = 0; i < enquiries.size(); i++) {
            Section47 enquiry = enquiries.get(i);
            record.addSection47Assessment(Section47Assessment.builder()
                    .section47AssessmentId(id + "-S" + (i + 1))
                    .startDate(enquiry.actualStartDate())
                    .icpcRequiredFlag(enquiry.icpcNotRequired().map(notRequired -> !notRequired))
                    .icpcDate(enquiry.dateOfInitialCpc())
                    .build());
        }
        List<dev.safeguarding.census.ChildProtectionPlan> cpPlans = episode.childProtectionPlans();
        for (int i = 0; i < cpPlans.size(); i++) {
            record.addChildProtectionPlan(ChildProtectionPlan.builder().childProtectionPlanId(id + "-CP" + (i + 1))
                    .startDate(cpPlans.get(i).startDate()).endDate(cpPlans.get(i).endDate()).build());
        }
        return record.build();
    }

    private static Optional<String> code(Optional<? extends CensusCode> code) {
        return code.map(CensusCode::code);
    }

    private static Set<String> codes(Collection<? extends CensusCode> codes) {
        Set<String> unique = new LinkedHashSet<>();
        for (CensusCode code : codes) {
            unique.add(code.code());
        }
        return unique;
    }

    /** Cuts an iterator of items into batches of at most 100, each made when it is asked for. */
    private static final class Batches<T> implements Iterator<CscApiBatch> {

        private final Iterator<T> items;
        private final Function<T, CscApiChild> record;

        Batches(Iterator<T> items, Function<T, CscApiChild> record) {
            this.items = items;
            this.record = record;
        }

        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public CscApiBatch next() {
            if (!items.hasNext()) {
                throw new NoSuchElementException("no more children");
            }
            List<CscApiChild> children = new ArrayList<>(CscApiBatch.MAX_CHILDREN);
            while (children.size() < CscApiBatch.MAX_CHILDREN && items.hasNext()) {
                children.add(record.apply(items.next()));
            }
            return CscApiBatch.of(children);
        }
    }
}
