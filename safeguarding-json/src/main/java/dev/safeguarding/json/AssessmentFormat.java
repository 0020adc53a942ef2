package dev.safeguarding.json;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.assessment.AreaChange;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.CareArea;
import dev.safeguarding.model.assessment.ChangeDirection;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.DescriptorCatalogue;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.FactOrOpinion;
import dev.safeguarding.model.assessment.GradeDescription;
import dev.safeguarding.model.assessment.GradedCareChange;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.assessment.MyWorldItem;
import dev.safeguarding.model.assessment.MyWorldSide;
import dev.safeguarding.model.assessment.NeedDescriptor;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON format of assessments: the Assessment Triangle and its findings, the child's view, descriptors of need and
 * the Norfolk Graded Care Profile (Norfolk Continuum of Needs (2023), 'The Assessment Triangle', 'Norfolk Graded
 * Care Profile'): each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class AssessmentFormat {

    private AssessmentFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(FactOrOpinion.class),
                EnumCodec.byName(VoiceMethod.class),
                EnumCodec.byName(MyWorldSide.class),
                EnumCodec.byName(MyWorldItem.class),
                EnumCodec.byName(ChangeDirection.class),
                // {@code {"text": "...", "factOrOpinion": "FACT", "contributor": {...}, "agencyId": "nchc", "date":
                // "2017-03-09", "prompt": "PARENT_RESPONDS_TO_CUES"}}; {@code agencyId} and {@code prompt} are
                // optional.
                ObjectFormat.of(AssessmentStatement.class, AssessmentStatement::builder,
                                AssessmentStatement.Builder::build)
                        .required("text", String.class, AssessmentStatement::text, AssessmentStatement.Builder::text)
                        .required("factOrOpinion", FactOrOpinion.class, AssessmentStatement::factOrOpinion,
                                AssessmentStatement.Builder::factOrOpinion)
                        .required("contributor", Contributor.class, AssessmentStatement::contributor,
                                AssessmentStatement.Builder::contributor)
                        .optional("agencyId", String.class, AssessmentStatement::agencyId,
                                AssessmentStatement.Builder::agencyId)
                        .required("date", LocalDate.class, AssessmentStatement::date, AssessmentStatement.Builder::date)
                        .optional("prompt", ObservationPrompt.class, AssessmentStatement::prompt,
                                AssessmentStatement.Builder::prompt)
                        .build(),
                // {@code {"text": "...", "method": "OBSERVATION", "recordedBy": {...}, "date": "2017-03-09", "prompt":
                // "CHILD_RESPONDS_TO_PEOPLE"}}; {@code prompt} is optional.
                ObjectFormat.of(ChildsView.class, ChildsView::builder, ChildsView.Builder::build)
                        .required("text", String.class, ChildsView::text, ChildsView.Builder::text)
                        .required("method", VoiceMethod.class, ChildsView::method, ChildsView.Builder::method)
                        .required("recordedBy", Contributor.class, ChildsView::recordedBy,
                                ChildsView.Builder::recordedBy)
                        .required("date", LocalDate.class, ChildsView::date, ChildsView.Builder::date)
                        .optional("prompt", ObservationPrompt.class, ChildsView::prompt, ChildsView.Builder::prompt)
                        .build(),
                // {@code {"dimension": "HEALTH", "workingWell": [...], "worries": [...], "level": "ADDITIONAL",
                // "indicators": [...]}}; only {@code dimension} is required.
                ObjectFormat.of(DimensionFinding.class, DimensionFinding::builder, DimensionFinding.Builder::build)
                        .required("dimension", AssessmentDimension.class, DimensionFinding::dimension,
                                DimensionFinding.Builder::dimension)
                        .list("workingWell", AssessmentStatement.class, DimensionFinding::workingWell,
                                DimensionFinding.Builder::workingWell)
                        .list("worries", AssessmentStatement.class, DimensionFinding::worries,
                                DimensionFinding.Builder::worries)
                        .optional("level", LevelOfNeed.class, DimensionFinding::level, DimensionFinding.Builder::level)
                        .list("indicators", NeedIndicator.class, DimensionFinding::indicators,
                                DimensionFinding.Builder::indicators)
                        .build(),
                // {@code {"parentOrCarerId": "m-1", "dimensions": [...]}}.
                ObjectFormat.ofValues(ParentingCapacity.class, v -> ParentingCapacity.of(v.next(), v.nextList()))
                        .required("parentOrCarerId", String.class, ParentingCapacity::parentOrCarerId)
                        .list("dimensions", DimensionFinding.class, ParentingCapacity::dimensions)
                        .build(),
                // An assessment: {@code id}, {@code child} and {@code startedOn} are required; the lists may be absent
                // (empty) and {@code neglectKnownOrSuspected} may be absent (false). All are always written.
                ObjectFormat.of(Assessment.class, Assessment::builder, Assessment.Builder::build)
                        .required("id", String.class, Assessment::id, Assessment.Builder::id)
                        .required("child", Child.class, Assessment::child, Assessment.Builder::child)
                        .required("startedOn", LocalDate.class, Assessment::startedOn, Assessment.Builder::startedOn)
                        .list("familyMembers", FamilyMember.class, Assessment::familyMembers,
                                Assessment.Builder::familyMembers)
                        .list("dimensions", DimensionFinding.class, Assessment::dimensions,
                                Assessment.Builder::dimensions)
                        .list("parentingCapacity", ParentingCapacity.class, Assessment::parentingCapacity,
                                Assessment.Builder::parentingCapacity)
                        .list("childsVoice", ChildsView.class, Assessment::childsVoice, Assessment.Builder::childsVoice)
                        .defaulted("neglectKnownOrSuspected", Boolean.class, Assessment::neglectKnownOrSuspected,
                                Assessment.Builder::neglectKnownOrSuspected)
                        .build(),
                // {@code {"id": "health.additional.1", "dimension": "HEALTH", "level": "ADDITIONAL", "wording":
                // "..."}}.
                ObjectFormat.of(NeedDescriptor.class, NeedDescriptor::builder, NeedDescriptor.Builder::build)
                        .required("id", String.class, NeedDescriptor::id, NeedDescriptor.Builder::id)
                        .required("dimension", AssessmentDimension.class, NeedDescriptor::dimension,
                                NeedDescriptor.Builder::dimension)
                        .required("level", LevelOfNeed.class, NeedDescriptor::level, NeedDescriptor.Builder::level)
                        .required("wording", String.class, NeedDescriptor::wording, NeedDescriptor.Builder::wording)
                        .build(),
                // A catalogue of descriptors of need, the format a partnership loads its own catalogue in: {@code
                // {"id": "...", "name": "...", "source": {...}, "illustrative": false, "descriptors": [...]}}; {@code
                // source} is optional, {@code illustrative} may be absent (false) and {@code descriptors} absent
                // (empty).
                ObjectFormat.of(DescriptorCatalogue.class, DescriptorCatalogue::builder,
                                DescriptorCatalogue.Builder::build)
                        .required("id", String.class, DescriptorCatalogue::id, DescriptorCatalogue.Builder::id)
                        .required("name", String.class, DescriptorCatalogue::name, DescriptorCatalogue.Builder::name)
                        .optional("source", SourcePassage.class, DescriptorCatalogue::source,
                                DescriptorCatalogue.Builder::source)
                        .defaulted("illustrative", Boolean.class, DescriptorCatalogue::illustrative,
                                DescriptorCatalogue.Builder::illustrative)
                        .list("descriptors", NeedDescriptor.class, DescriptorCatalogue::descriptors,
                                DescriptorCatalogue.Builder::descriptors)
                        .build(),
                // {@code {"id": "physical-care", "name": "Physical care", "subAreas": ["Nutrition", ...]}}; {@code
                // subAreas} may be absent (empty).
                ObjectFormat.ofValues(CareArea.class, v -> CareArea.of(v.next(), v.next(), v.nextList()))
                        .required("id", String.class, CareArea::id)
                        .required("name", String.class, CareArea::name)
                        .list("subAreas", String.class, CareArea::subAreas)
                        .build(),
                // {@code {"grade": 1, "description": "..."}}.
                ObjectFormat.ofValues(GradeDescription.class, v -> GradeDescription.of(v.next(), v.next()))
                        .required("grade", Integer.class, GradeDescription::grade)
                        .required("description", String.class, GradeDescription::description)
                        .build(),
                // A graded care profile, the format a partnership loads its variant in: {@code {"id", "version",
                // "name", "source", "areas", "worstGrade", "neglectFromGrade", "grades"}}; {@code worstGrade} may be
                // absent (5), {@code grades} absent (empty).
                ObjectFormat.of(GradedCareProfile.class, GradedCareProfile::builder, GradedCareProfile.Builder::build)
                        .required("id", String.class, GradedCareProfile::id, GradedCareProfile.Builder::id)
                        .required("version", String.class, GradedCareProfile::version,
                                GradedCareProfile.Builder::version)
                        .required("name", String.class, GradedCareProfile::name, GradedCareProfile.Builder::name)
                        .required("source", SourcePassage.class, GradedCareProfile::source,
                                GradedCareProfile.Builder::source)
                        .list("areas", CareArea.class, GradedCareProfile::areas, GradedCareProfile.Builder::areas)
                        .defaulted("worstGrade", Integer.class, GradedCareProfile::worstGrade,
                                GradedCareProfile.Builder::worstGrade)
                        .required("neglectFromGrade", Integer.class, GradedCareProfile::neglectFromGrade,
                                GradedCareProfile.Builder::neglectFromGrade)
                        .list("grades", GradeDescription.class, GradedCareProfile::grades,
                                GradedCareProfile.Builder::grades)
                        .build(),
                // {@code {"areaId": "physical-care", "grade": 3, "evidence": [...]}}; {@code evidence} may be absent
                // (empty).
                ObjectFormat.ofValues(AreaGrade.class, v -> AreaGrade.of(v.next(), v.next(), v.nextList()))
                        .required("areaId", String.class, AreaGrade::areaId)
                        .required("grade", Integer.class, AreaGrade::grade)
                        .list("evidence", AssessmentStatement.class, AreaGrade::evidence)
                        .build(),
                // {@code {"childId", "profileId", "profileVersion", "date", "grades": [...]}}; {@code grades} may be
                // absent (empty).
                ObjectFormat.of(GradedCareSnapshot.class, GradedCareSnapshot::builder,
                                GradedCareSnapshot.Builder::build)
                        .required("childId", String.class, GradedCareSnapshot::childId,
                                GradedCareSnapshot.Builder::childId)
                        .required("profileId", String.class, GradedCareSnapshot::profileId,
                                GradedCareSnapshot.Builder::profileId)
                        .required("profileVersion", String.class, GradedCareSnapshot::profileVersion,
                                GradedCareSnapshot.Builder::profileVersion)
                        .required("date", LocalDate.class, GradedCareSnapshot::date, GradedCareSnapshot.Builder::date)
                        .list("grades", AreaGrade.class, GradedCareSnapshot::grades, GradedCareSnapshot.Builder::grades)
                        .build(),
                // {@code {"areaId": "physical-care", "fromGrade": 4, "toGrade": 2}}; the direction is derived, not
                // written.
                ObjectFormat.ofValues(AreaChange.class, v -> AreaChange.of(v.next(), v.next(), v.next()))
                        .required("areaId", String.class, AreaChange::areaId)
                        .required("fromGrade", Integer.class, AreaChange::fromGrade)
                        .required("toGrade", Integer.class, AreaChange::toGrade)
                        .build(),
                // {@code {"childId", "profileId", "profileVersion", "fromDate", "toDate", "areas": [...],
                // "areasNotCompared": [...]}}; the overall direction is derived, not written; {@code areasNotCompared}
                // may be absent (empty).
                ObjectFormat.of(GradedCareChange.class, GradedCareChange::builder, GradedCareChange.Builder::build)
                        .required("childId", String.class, GradedCareChange::childId, GradedCareChange.Builder::childId)
                        .required("profileId", String.class, GradedCareChange::profileId,
                                GradedCareChange.Builder::profileId)
                        .required("profileVersion", String.class, GradedCareChange::profileVersion,
                                GradedCareChange.Builder::profileVersion)
                        .required("fromDate", LocalDate.class, GradedCareChange::fromDate,
                                GradedCareChange.Builder::fromDate)
                        .required("toDate", LocalDate.class, GradedCareChange::toDate, GradedCareChange.Builder::toDate)
                        .list("areas", AreaChange.class, GradedCareChange::areas, GradedCareChange.Builder::areas)
                        .list("areasNotCompared", String.class, GradedCareChange::areasNotCompared,
                                GradedCareChange.Builder::areasNotCompared)
                        .build());
    }
}
