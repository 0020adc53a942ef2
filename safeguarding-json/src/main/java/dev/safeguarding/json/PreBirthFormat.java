package dev.safeguarding.json;

import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.prebirth.BirthPlanDissemination;
import dev.safeguarding.model.prebirth.BirthPlanRecipient;
import dev.safeguarding.model.prebirth.PreBirthAssessment;
import dev.safeguarding.model.prebirth.PreBirthTask;
import dev.safeguarding.model.prebirth.ProfessionalContact;
import dev.safeguarding.model.prebirth.SafeguardingBirthPlan;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON format of pre-birth planning: the pre-birth assessment and the safeguarding birth plan (Somerset SCB
 * practitioner forum (2017), pre-birth protocol): each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class PreBirthFormat {

    private PreBirthFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(PreBirthTask.class),
                EnumCodec.byName(BirthPlanRecipient.class),
                // {@code {"practitioner": {...}, "telephone": "...", "notifyOfBirth": true}}; all required.
                ObjectFormat.ofValues(ProfessionalContact.class, v -> ProfessionalContact.of(v.next(), v.next(),
                                v.next()))
                        .required("practitioner", Practitioner.class, ProfessionalContact::practitioner)
                        .required("telephone", String.class, ProfessionalContact::telephone)
                        .required("notifyOfBirth", Boolean.class, ProfessionalContact::notifyOfBirth)
                        .build(),
                // {@code {"recipient": "BIRTHING_UNIT", "agency": {...}, "sentOn": "2016-11-20"}}; all required.
                ObjectFormat.ofValues(BirthPlanDissemination.class, v -> BirthPlanDissemination.of(v.next(), v.next(),
                                v.next()))
                        .required("recipient", BirthPlanRecipient.class, BirthPlanDissemination::recipient)
                        .required("agency", Agency.class, BirthPlanDissemination::agency)
                        .required("sentOn", LocalDate.class, BirthPlanDissemination::sentOn)
                        .build(),
                // A pre-birth assessment: {@code id}, {@code child} (unborn) and {@code startedOn} are required; the
                // lists may be absent (empty); {@code completedOn} and {@code levelOfNeed} may be absent or {@code
                // null}.
                ObjectFormat.of(PreBirthAssessment.class, PreBirthAssessment::builder,
                                PreBirthAssessment.Builder::build)
                        .required("id", String.class, PreBirthAssessment::id, PreBirthAssessment.Builder::id)
                        .required("child", Child.class, PreBirthAssessment::child, PreBirthAssessment.Builder::child)
                        .required("startedOn", LocalDate.class, PreBirthAssessment::startedOn,
                                PreBirthAssessment.Builder::startedOn)
                        .optional("completedOn", LocalDate.class, PreBirthAssessment::completedOn,
                                PreBirthAssessment.Builder::completedOn)
                        .enumSet("addressedTasks", PreBirthTask.class, PreBirthAssessment::addressedTasks,
                                PreBirthAssessment.Builder::addressedTasks)
                        .list("risks", String.class, PreBirthAssessment::risks, PreBirthAssessment.Builder::risks)
                        .list("siblingIds", String.class, PreBirthAssessment::siblingIds,
                                PreBirthAssessment.Builder::siblingIds)
                        .list("adultServices", Agency.class, PreBirthAssessment::adultServices,
                                PreBirthAssessment.Builder::adultServices)
                        .optional("levelOfNeed", LevelOfNeed.class, PreBirthAssessment::levelOfNeed,
                                PreBirthAssessment.Builder::levelOfNeed)
                        .build(),
                // A safeguarding birth plan: {@code id}, {@code child} (unborn) and {@code agreedOn} are required; the
                // lists may be absent (empty); {@code dischargeArrangements} may be absent or {@code null}.
                ObjectFormat.of(SafeguardingBirthPlan.class, SafeguardingBirthPlan::builder,
                                SafeguardingBirthPlan.Builder::build)
                        .required("id", String.class, SafeguardingBirthPlan::id, SafeguardingBirthPlan.Builder::id)
                        .required("child", Child.class, SafeguardingBirthPlan::child,
                                SafeguardingBirthPlan.Builder::child)
                        .required("agreedOn", LocalDate.class, SafeguardingBirthPlan::agreedOn,
                                SafeguardingBirthPlan.Builder::agreedOn)
                        .list("contacts", ProfessionalContact.class, SafeguardingBirthPlan::contacts,
                                SafeguardingBirthPlan.Builder::contacts)
                        .optional("dischargeArrangements", String.class, SafeguardingBirthPlan::dischargeArrangements,
                                SafeguardingBirthPlan.Builder::dischargeArrangements)
                        .list("sentTo", BirthPlanDissemination.class, SafeguardingBirthPlan::sentTo,
                                SafeguardingBirthPlan.Builder::sentTo)
                        .build());
    }
}
