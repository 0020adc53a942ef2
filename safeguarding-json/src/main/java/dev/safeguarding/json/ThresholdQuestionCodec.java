package dev.safeguarding.json;

import dev.safeguarding.model.need.ThresholdQuestion;
import java.util.List;

/**
 * A threshold question: {@code child} is required; the collections may be absent (empty) and the
 * defaulted facts ({@code immediateDanger}, {@code consent}, {@code earlyHelp},
 * {@code neglectKnownOrSuspected}) may be absent (the model's default). All are always written, except
 * {@code neglectBases}, added after the first release: it is written only when not empty, so that a
 * question with none is the same document as before, and may be absent when reading (empty).
 */
final class ThresholdQuestionCodec implements Codec<ThresholdQuestion> {

    private static final List<String> PROPERTIES = Vocabulary.properties("child", "indicators",
            "section47Indicators", "immediateDanger", "consent", "earlyHelp", "neglectKnownOrSuspected",
            "neglectBases", "cohorts");

    @Override
    public Class<ThresholdQuestion> type() {
        return ThresholdQuestion.class;
    }

    @Override
    public void write(ThresholdQuestion question, Out out) {
        Out object = out.startObject()
                .value("child", Codecs.CHILD, question.child())
                .array("indicators", Codecs.NEED_INDICATOR, question.indicators())
                .enumSet("section47Indicators", Codecs.SECTION_47_INDICATOR, question.section47Indicators())
                .bool("immediateDanger", question.immediateDanger())
                .value("consent", Codecs.CONSENT_STATUS, question.consent())
                .value("earlyHelp", Codecs.EARLY_HELP_STATUS, question.earlyHelp())
                .bool("neglectKnownOrSuspected", question.neglectKnownOrSuspected());
        if (!question.neglectBases().isEmpty()) {
            object.enumSet("neglectBases", Codecs.NEGLECT_BASIS, question.neglectBases());
        }
        object.enumSet("cohorts", Codecs.ADDITIONAL_NEEDS_COHORT, question.cohorts())
                .endObject();
    }

    @Override
    public ThresholdQuestion read(In in) {
        ObjectIn question = in.object(PROPERTIES);
        ThresholdQuestion.Builder builder = ThresholdQuestion.builder()
                .child(question.required("child").read(Codecs.CHILD))
                .indicators(question.list("indicators", Codecs.NEED_INDICATOR))
                .section47Indicators(question.enumSet("section47Indicators", Codecs.SECTION_47_INDICATOR));
        question.defaulted("immediateDanger").map(In::bool).ifPresent(builder::immediateDanger);
        question.defaulted("consent").map(v -> v.read(Codecs.CONSENT_STATUS)).ifPresent(builder::consent);
        question.defaulted("earlyHelp").map(v -> v.read(Codecs.EARLY_HELP_STATUS)).ifPresent(builder::earlyHelp);
        question.defaulted("neglectKnownOrSuspected").map(In::bool).ifPresent(builder::neglectKnownOrSuspected);
        return builder
                .neglectBases(question.enumSet("neglectBases", Codecs.NEGLECT_BASIS))
                .cohorts(question.enumSet("cohorts", Codecs.ADDITIONAL_NEEDS_COHORT))
                .build();
    }
}
