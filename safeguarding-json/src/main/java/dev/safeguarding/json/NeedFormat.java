package dev.safeguarding.json;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.EarlyHelpStep;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ResponseBand;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.SharedLanguageTerm;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import java.util.List;

/**
 * The JSON format of the continuum of needs: indicators, threshold questions, profiles and guidance (Norfolk
 * Continuum of Needs (2023)): each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class NeedFormat {

    private NeedFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(LevelOfNeed.class),
                EnumCodec.byName(AssessmentDomain.class),
                EnumCodec.byName(AssessmentDimension.class),
                EnumCodec.byName(ResponseBand.class),
                EnumCodec.byName(SharedLanguageTerm.class),
                EnumCodec.byName(Pathway.class),
                EnumCodec.byName(EarlyHelpStep.class),
                EnumCodec.byName(Section47Indicator.class),
                EnumCodec.byName(AdditionalNeedsCohort.class),
                EnumCodec.byName(EarlyHelpStatus.class),
                EnumCodec.byKey(GuidanceCode.class, GuidanceCode::code),
                EnumCodec.byName(NeglectBasis.class),
                // {@code {"domain": "PARENTING_CAPACITY", "level": "COMPLEX", "description": "...", "dimension":
                // "BASIC_CARE"}}; {@code description} and {@code dimension} are optional, and the model checks that
                // the dimension is in the domain.
                ObjectFormat.of(NeedIndicator.class, NeedIndicator::builder, NeedIndicator.Builder::build)
                        .required("domain", AssessmentDomain.class, NeedIndicator::domain,
                                NeedIndicator.Builder::domain)
                        .required("level", LevelOfNeed.class, NeedIndicator::level, NeedIndicator.Builder::level)
                        .optional("description", String.class, NeedIndicator::description,
                                NeedIndicator.Builder::description)
                        .optional("dimension", AssessmentDimension.class, NeedIndicator::dimension,
                                NeedIndicator.Builder::dimension)
                        .build(),
                // A threshold question: {@code child} is required; the collections may be absent (empty) and the
                // defaulted facts ({@code immediateDanger}, {@code consent}, {@code earlyHelp}, {@code
                // neglectKnownOrSuspected}) may be absent (the model's default). All are always written.
                ObjectFormat.of(ThresholdQuestion.class, ThresholdQuestion::builder, ThresholdQuestion.Builder::build)
                        .required("child", Child.class, ThresholdQuestion::child, ThresholdQuestion.Builder::child)
                        .list("indicators", NeedIndicator.class, ThresholdQuestion::indicators,
                                ThresholdQuestion.Builder::indicators)
                        .enumSet("section47Indicators", Section47Indicator.class,
                                ThresholdQuestion::section47Indicators,
                                ThresholdQuestion.Builder::section47Indicators)
                        .defaulted("immediateDanger", Boolean.class, ThresholdQuestion::immediateDanger,
                                ThresholdQuestion.Builder::immediateDanger)
                        .defaulted("consent", ConsentStatus.class, ThresholdQuestion::consent,
                                ThresholdQuestion.Builder::consent)
                        .defaulted("earlyHelp", EarlyHelpStatus.class, ThresholdQuestion::earlyHelp,
                                ThresholdQuestion.Builder::earlyHelp)
                        .defaulted("neglectKnownOrSuspected", Boolean.class, ThresholdQuestion::neglectKnownOrSuspected,
                                ThresholdQuestion.Builder::neglectKnownOrSuspected)
                        .enumSet("neglectBases", NeglectBasis.class, ThresholdQuestion::neglectBases,
                                ThresholdQuestion.Builder::neglectBases).omittedWhenEmpty()
                        .enumSet("cohorts", AdditionalNeedsCohort.class, ThresholdQuestion::cohorts,
                                ThresholdQuestion.Builder::cohorts)
                        .build(),
                // {@code {"code": "need.immediate-danger", "text": "...", "source": {...}}}: the code is the stable
                // code.
                ObjectFormat.ofValues(GuidanceStatement.class, v -> GuidanceStatement.of(v.next(), v.next(), v.next()))
                        .required("code", GuidanceCode.class, GuidanceStatement::code)
                        .required("text", String.class, GuidanceStatement::text)
                        .required("source", SourcePassage.class, GuidanceStatement::source)
                        .build(),
                // Threshold guidance: every property is required but the two lists, which may be absent (empty),
                // though the model asks for at least one entry in each.
                ObjectFormat.of(ThresholdGuidance.class, ThresholdGuidance::builder, ThresholdGuidance.Builder::build)
                        .required("profileId", String.class, ThresholdGuidance::profileId,
                                ThresholdGuidance.Builder::profileId)
                        .required("level", LevelOfNeed.class, ThresholdGuidance::level,
                                ThresholdGuidance.Builder::level)
                        .required("response", Pathway.class, ThresholdGuidance::response,
                                ThresholdGuidance.Builder::response)
                        .list("reasons", GuidanceStatement.class, ThresholdGuidance::reasons,
                                ThresholdGuidance.Builder::reasons)
                        .list("considerations", GuidanceStatement.class, ThresholdGuidance::considerations,
                                ThresholdGuidance.Builder::considerations)
                        .required("professionalJudgement", GuidanceStatement.class,
                                ThresholdGuidance::professionalJudgement,
                                ThresholdGuidance.Builder::professionalJudgement)
                        .build(),
                // A threshold profile. Every property is required but the two collections, which may be absent
                // (empty), though the model asks for a response for every level and a statement for every code.
                // <p>{@code responses} is an object keyed by the level's constant name, written in the order of the
                // continuum: {@code {"UNIVERSAL": "UNIVERSAL_SERVICES", "ADDITIONAL": ..., ...}}; a key that is not a
                // level is an error at its pointer (in lenient mode too: keys are data, not properties).
                ObjectFormat.of(ThresholdProfile.class, ThresholdProfile::builder, ThresholdProfile.Builder::build)
                        .required("id", String.class, ThresholdProfile::id, ThresholdProfile.Builder::id)
                        .required("name", String.class, ThresholdProfile::name, ThresholdProfile.Builder::name)
                        .required("source", SourcePassage.class, ThresholdProfile::source,
                                ThresholdProfile.Builder::source)
                        .required("combinationMinimumIndicators", Integer.class,
                                ThresholdProfile::combinationMinimumIndicators,
                                ThresholdProfile.Builder::combinationMinimumIndicators)
                        .required("combinationMinimumDomains", Integer.class,
                                ThresholdProfile::combinationMinimumDomains,
                                ThresholdProfile.Builder::combinationMinimumDomains)
                        .required("enhancedEarlyHelpMaximumIndicators", Integer.class,
                                ThresholdProfile::enhancedEarlyHelpMaximumIndicators,
                                ThresholdProfile.Builder::enhancedEarlyHelpMaximumIndicators)
                        .map("responses", LevelOfNeed.class, Pathway.class, ThresholdProfile::responses,
                                ThresholdProfile.Builder::responses)
                        .list("statements", GuidanceStatement.class, ThresholdProfile::statements,
                                ThresholdProfile.Builder::statements)
                        .build());
    }
}
