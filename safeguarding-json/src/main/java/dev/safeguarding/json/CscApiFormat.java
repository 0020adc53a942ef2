package dev.safeguarding.json;

import dev.safeguarding.census.cscapi.Adoption;
import dev.safeguarding.census.cscapi.CareLeavers;
import dev.safeguarding.census.cscapi.CareWorkerDetails;
import dev.safeguarding.census.cscapi.ChildAndFamilyAssessment;
import dev.safeguarding.census.cscapi.ChildDetails;
import dev.safeguarding.census.cscapi.ChildInNeedPlan;
import dev.safeguarding.census.cscapi.ChildLookedAfterPlacement;
import dev.safeguarding.census.cscapi.ChildProtectionPlan;
import dev.safeguarding.census.cscapi.CscApiBatch;
import dev.safeguarding.census.cscapi.CscApiChild;
import dev.safeguarding.census.cscapi.HealthAndWellbeing;
import dev.safeguarding.census.cscapi.SdqAssessment;
import dev.safeguarding.census.cscapi.Section47Assessment;
import dev.safeguarding.census.cscapi.SocialCareEpisode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON format of the DfE CSC API payload (OpenAPI 1.0.1): each type declared once, one line per property
 * (see {@link ObjectFormat}), with the OpenAPI's own snake_case names and in its order, so that what
 * {@link SafeguardingJson} writes is the request body the API takes.
 *
 * <p>The request body, {@link CscApiBatch}, is a JSON array of children (the OpenAPI's {@code CSC}), never an
 * object: it carries no {@code formatVersion}, even from {@link SafeguardingJson#withFormatVersion()}, since the
 * API's schema allows no property it does not name. The OpenAPI states no {@code nullable}, so nothing is
 * written as {@code null}: an absent value is left out. A {@code purge} flag is written only when true, and a
 * list only when it is not empty, so that a purge record is exactly {@code {"la_child_id": ..., "purge": true}}
 * and an item the census has no source for is not sent as an empty list (reading, absent means false or
 * empty). That is the library's reading: the OpenAPI gives each flag "Default value of False" and says
 * nothing of empty lists; Data to Insight's client sends deletions with the flag and the identifiers only. The length, pattern and size rules are the payload types' own, checked when a document is read as
 * when a value is built; the generated JSON Schema holds the names, types and required properties.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code components.schemas.CSC} (S4).
 */
final class CscApiFormat {

    private CscApiFormat() {
    }

    /** The codecs of the types, the request body first. */
    static List<Codec<?>> codecs() {
        return List.of(
                new BatchCodec(),
                // {@code {"la_child_id": "SYN0000001", "child_details": {...}, "social_care_episodes": [...]}}.
                ObjectFormat.of(CscApiChild.class, CscApiChild::builder, CscApiChild.Builder::build)
                        .required("la_child_id", String.class, CscApiChild::laChildId, CscApiChild.Builder::laChildId)
                        .optional("mis_child_id", String.class, CscApiChild::misChildId, CscApiChild.Builder::misChildId)
                        .defaulted("purge", Boolean.class, CscApiChild::purge, CscApiChild.Builder::purge).omittedWhenFalse()
                        .optional("child_details", ChildDetails.class, CscApiChild::childDetails,
                                CscApiChild.Builder::childDetails)
                        .optional("health_and_wellbeing", HealthAndWellbeing.class, CscApiChild::healthAndWellbeing,
                                CscApiChild.Builder::healthAndWellbeing)
                        .list("social_care_episodes", SocialCareEpisode.class, CscApiChild::socialCareEpisodes,
                                CscApiChild.Builder::socialCareEpisodes).omittedWhenEmpty()
                        .build(),
                ObjectFormat.of(ChildDetails.class, ChildDetails::builder, ChildDetails.Builder::build)
                        .optional("unique_pupil_number", String.class, ChildDetails::uniquePupilNumber,
                                ChildDetails.Builder::uniquePupilNumber)
                        .optional("former_unique_pupil_number", String.class, ChildDetails::formerUniquePupilNumber,
                                ChildDetails.Builder::formerUniquePupilNumber)
                        .optional("unique_pupil_number_unknown_reason", String.class,
                                ChildDetails::uniquePupilNumberUnknownReason,
                                ChildDetails.Builder::uniquePupilNumberUnknownReason)
                        .optional("first_name", String.class, ChildDetails::firstName, ChildDetails.Builder::firstName)
                        .optional("surname", String.class, ChildDetails::surname, ChildDetails.Builder::surname)
                        .optional("date_of_birth", LocalDate.class, ChildDetails::dateOfBirth,
                                ChildDetails.Builder::dateOfBirth)
                        .optional("expected_date_of_birth", LocalDate.class, ChildDetails::expectedDateOfBirth,
                                ChildDetails.Builder::expectedDateOfBirth)
                        .optional("sex", String.class, ChildDetails::sex, ChildDetails.Builder::sex)
                        .optional("ethnicity", String.class, ChildDetails::ethnicity, ChildDetails.Builder::ethnicity)
                        .textSet("disabilities", ChildDetails::disabilities, ChildDetails.Builder::disabilities)
                                .omittedWhenEmpty()
                        .optional("postcode", String.class, ChildDetails::postcode, ChildDetails.Builder::postcode)
                        .optional("uasc_flag", Boolean.class, ChildDetails::uascFlag, ChildDetails.Builder::uascFlag)
                        .optional("uasc_end_date", LocalDate.class, ChildDetails::uascEndDate,
                                ChildDetails.Builder::uascEndDate)
                        .defaulted("purge", Boolean.class, ChildDetails::purge, ChildDetails.Builder::purge)
                                .omittedWhenFalse()
                        .build(),
                ObjectFormat.of(HealthAndWellbeing.class, HealthAndWellbeing::builder, HealthAndWellbeing.Builder::build)
                        .list("sdq_assessments", SdqAssessment.class, HealthAndWellbeing::sdqAssessments,
                                HealthAndWellbeing.Builder::sdqAssessments).omittedWhenEmpty()
                        .defaulted("purge", Boolean.class, HealthAndWellbeing::purge, HealthAndWellbeing.Builder::purge)
                                .omittedWhenFalse()
                        .build(),
                ObjectFormat.of(SdqAssessment.class, SdqAssessment::builder, SdqAssessment.Builder::build)
                        .optional("date", LocalDate.class, SdqAssessment::date, SdqAssessment.Builder::date)
                        .optional("score", Integer.class, SdqAssessment::score, SdqAssessment.Builder::score)
                        .build(),
                ObjectFormat.of(SocialCareEpisode.class, SocialCareEpisode::builder, SocialCareEpisode.Builder::build)
                        .required("social_care_episode_id", String.class, SocialCareEpisode::socialCareEpisodeId,
                                SocialCareEpisode.Builder::socialCareEpisodeId)
                        .optional("referral_date", LocalDate.class, SocialCareEpisode::referralDate,
                                SocialCareEpisode.Builder::referralDate)
                        .optional("referral_source", String.class, SocialCareEpisode::referralSource,
                                SocialCareEpisode.Builder::referralSource)
                        .optional("referral_no_further_action_flag", Boolean.class,
                                SocialCareEpisode::referralNoFurtherActionFlag,
                                SocialCareEpisode.Builder::referralNoFurtherActionFlag)
                        .optional("closure_date", LocalDate.class, SocialCareEpisode::closureDate,
                                SocialCareEpisode.Builder::closureDate)
                        .optional("closure_reason", String.class, SocialCareEpisode::closureReason,
                                SocialCareEpisode.Builder::closureReason)
                        .list("care_worker_details", CareWorkerDetails.class, SocialCareEpisode::careWorkerDetails,
                                SocialCareEpisode.Builder::careWorkerDetails).omittedWhenEmpty()
                        .list("child_and_family_assessments", ChildAndFamilyAssessment.class,
                                SocialCareEpisode::childAndFamilyAssessments,
                                SocialCareEpisode.Builder::childAndFamilyAssessments).omittedWhenEmpty()
                        .list("child_in_need_plans", ChildInNeedPlan.class, SocialCareEpisode::childInNeedPlans,
                                SocialCareEpisode.Builder::childInNeedPlans).omittedWhenEmpty()
                        .list("section_47_assessments", Section47Assessment.class, SocialCareEpisode::section47Assessments,
                                SocialCareEpisode.Builder::section47Assessments).omittedWhenEmpty()
                        .list("child_protection_plans", ChildProtectionPlan.class, SocialCareEpisode::childProtectionPlans,
                                SocialCareEpisode.Builder::childProtectionPlans).omittedWhenEmpty()
                        .list("child_looked_after_placements", ChildLookedAfterPlacement.class,
                                SocialCareEpisode::childLookedAfterPlacements,
                                SocialCareEpisode.Builder::childLookedAfterPlacements).omittedWhenEmpty()
                        .optional("adoption", Adoption.class, SocialCareEpisode::adoption, SocialCareEpisode.Builder::adoption)
                        .optional("care_leavers", CareLeavers.class, SocialCareEpisode::careLeavers,
                                SocialCareEpisode.Builder::careLeavers)
                        .defaulted("purge", Boolean.class, SocialCareEpisode::purge, SocialCareEpisode.Builder::purge)
                                .omittedWhenFalse()
                        .build(),
                ObjectFormat.of(CareWorkerDetails.class, CareWorkerDetails::builder, CareWorkerDetails.Builder::build)
                        .optional("worker_id", String.class, CareWorkerDetails::workerId, CareWorkerDetails.Builder::workerId)
                        .optional("start_date", LocalDate.class, CareWorkerDetails::startDate,
                                CareWorkerDetails.Builder::startDate)
                        .optional("end_date", LocalDate.class, CareWorkerDetails::endDate, CareWorkerDetails.Builder::endDate)
                        .build(),
                ObjectFormat.of(ChildAndFamilyAssessment.class, ChildAndFamilyAssessment::builder,
                                ChildAndFamilyAssessment.Builder::build)
                        .required("child_and_family_assessment_id", String.class,
                                ChildAndFamilyAssessment::childAndFamilyAssessmentId,
                                ChildAndFamilyAssessment.Builder::childAndFamilyAssessmentId)
                        .optional("start_date", LocalDate.class, ChildAndFamilyAssessment::startDate,
                                ChildAndFamilyAssessment.Builder::startDate)
                        .optional("authorisation_date", LocalDate.class, ChildAndFamilyAssessment::authorisationDate,
                                ChildAndFamilyAssessment.Builder::authorisationDate)
                        .textSet("factors", ChildAndFamilyAssessment::factors, ChildAndFamilyAssessment.Builder::factors)
                                .omittedWhenEmpty()
                        .defaulted("purge", Boolean.class, ChildAndFamilyAssessment::purge,
                                ChildAndFamilyAssessment.Builder::purge).omittedWhenFalse()
                        .build(),
                ObjectFormat.of(ChildInNeedPlan.class, ChildInNeedPlan::builder, ChildInNeedPlan.Builder::build)
                        .required("child_in_need_plan_id", String.class, ChildInNeedPlan::childInNeedPlanId,
                                ChildInNeedPlan.Builder::childInNeedPlanId)
                        .optional("start_date", LocalDate.class, ChildInNeedPlan::startDate, ChildInNeedPlan.Builder::startDate)
                        .optional("end_date", LocalDate.class, ChildInNeedPlan::endDate, ChildInNeedPlan.Builder::endDate)
                        .defaulted("purge", Boolean.class, ChildInNeedPlan::purge, ChildInNeedPlan.Builder::purge)
                                .omittedWhenFalse()
                        .build(),
                ObjectFormat.of(Section47Assessment.class, Section47Assessment::builder, Section47Assessment.Builder::build)
                        .required("section_47_assessment_id", String.class, Section47Assessment::section47AssessmentId,
                                Section47Assessment.Builder::section47AssessmentId)
                        .optional("start_date", LocalDate.class, Section47Assessment::startDate,
                                Section47Assessment.Builder::startDate)
                        .optional("icpc_required_flag", Boolean.class, Section47Assessment::icpcRequiredFlag,
                                Section47Assessment.Builder::icpcRequiredFlag)
                        .optional("icpc_date", LocalDate.class, Section47Assessment::icpcDate,
                                Section47Assessment.Builder::icpcDate)
                        .optional("end_date", LocalDate.class, Section47Assessment::endDate, Section47Assessment.Builder::endDate)
                        .defaulted("purge", Boolean.class, Section47Assessment::purge, Section47Assessment.Builder::purge)
                                .omittedWhenFalse()
                        .build(),
                ObjectFormat.of(ChildProtectionPlan.class, ChildProtectionPlan::builder, ChildProtectionPlan.Builder::build)
                        .required("child_protection_plan_id", String.class, ChildProtectionPlan::childProtectionPlanId,
                                ChildProtectionPlan.Builder::childProtectionPlanId)
                        .optional("start_date", LocalDate.class, ChildProtectionPlan::startDate,
                                ChildProtectionPlan.Builder::startDate)
                        .optional("end_date", LocalDate.class, ChildProtectionPlan::endDate, ChildProtectionPlan.Builder::endDate)
                        .defaulted("purge", Boolean.class, ChildProtectionPlan::purge, ChildProtectionPlan.Builder::purge)
                                .omittedWhenFalse()
                        .build(),
                ObjectFormat.of(ChildLookedAfterPlacement.class, ChildLookedAfterPlacement::builder,
                                ChildLookedAfterPlacement.Builder::build)
                        .required("child_looked_after_placement_id", String.class,
                                ChildLookedAfterPlacement::childLookedAfterPlacementId,
                                ChildLookedAfterPlacement.Builder::childLookedAfterPlacementId)
                        .optional("start_date", LocalDate.class, ChildLookedAfterPlacement::startDate,
                                ChildLookedAfterPlacement.Builder::startDate)
                        .optional("start_reason", String.class, ChildLookedAfterPlacement::startReason,
                                ChildLookedAfterPlacement.Builder::startReason)
                        .optional("placement_type", String.class, ChildLookedAfterPlacement::placementType,
                                ChildLookedAfterPlacement.Builder::placementType)
                        .optional("postcode", String.class, ChildLookedAfterPlacement::postcode,
                                ChildLookedAfterPlacement.Builder::postcode)
                        .optional("end_date", LocalDate.class, ChildLookedAfterPlacement::endDate,
                                ChildLookedAfterPlacement.Builder::endDate)
                        .optional("end_reason", String.class, ChildLookedAfterPlacement::endReason,
                                ChildLookedAfterPlacement.Builder::endReason)
                        .optional("change_reason", String.class, ChildLookedAfterPlacement::changeReason,
                                ChildLookedAfterPlacement.Builder::changeReason)
                        .defaulted("purge", Boolean.class, ChildLookedAfterPlacement::purge,
                                ChildLookedAfterPlacement.Builder::purge).omittedWhenFalse()
                        .build(),
                ObjectFormat.of(Adoption.class, Adoption::builder, Adoption.Builder::build)
                        .optional("initial_decision_date", LocalDate.class, Adoption::initialDecisionDate,
                                Adoption.Builder::initialDecisionDate)
                        .optional("matched_date", LocalDate.class, Adoption::matchedDate, Adoption.Builder::matchedDate)
                        .optional("placed_date", LocalDate.class, Adoption::placedDate, Adoption.Builder::placedDate)
                        .defaulted("purge", Boolean.class, Adoption::purge, Adoption.Builder::purge).omittedWhenFalse()
                        .build(),
                ObjectFormat.of(CareLeavers.class, CareLeavers::builder, CareLeavers.Builder::build)
                        .optional("contact_date", LocalDate.class, CareLeavers::contactDate, CareLeavers.Builder::contactDate)
                        .optional("activity", String.class, CareLeavers::activity, CareLeavers.Builder::activity)
                        .optional("accommodation", String.class, CareLeavers::accommodation,
                                CareLeavers.Builder::accommodation)
                        .defaulted("purge", Boolean.class, CareLeavers::purge, CareLeavers.Builder::purge).omittedWhenFalse()
                        .build());
    }

    /**
     * The request body: a JSON array of at most {@value CscApiBatch#MAX_CHILDREN} children. A longer array is an
     * error at its element {@value CscApiBatch#MAX_CHILDREN}, before that child is read.
     */
    private static final class BatchCodec implements Codec<CscApiBatch> {

        private static Codec<CscApiChild> children() {
            return Codecs.forType(CscApiChild.class);
        }

        @Override
        public Class<CscApiBatch> type() {
            return CscApiBatch.class;
        }

        @Override
        public void write(CscApiBatch batch, Out out) {
            out.takeFormatVersion();   // an array has nowhere to carry it, and no child may
            out.array(children(), batch.children());
        }

        @Override
        public CscApiBatch read(In in) {
            Codec<CscApiChild> codec = children();
            in.startArray();
            List<CscApiChild> children = new ArrayList<>();
            for (int i = 0; in.nextElement(); i++) {
                in.enter(i);
                if (i == CscApiBatch.MAX_CHILDREN) {
                    throw in.error("a request body holds at most " + CscApiBatch.MAX_CHILDREN
                            + " children (OpenAPI maxItems)");
                }
                children.add(codec.read(in));
                in.leave();
            }
            return CscApiBatch.of(children);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            ObjectNode schema = Schemas.node().put("type", "array").put("maxItems", CscApiBatch.MAX_CHILDREN);
            schema.set("items", children().schema(schemas));
            return schema;
        }
    }
}
