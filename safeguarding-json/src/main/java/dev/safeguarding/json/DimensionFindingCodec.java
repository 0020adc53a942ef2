package dev.safeguarding.json;

import dev.safeguarding.model.assessment.DimensionFinding;
import java.util.List;

/**
 * {@code {"dimension": "HEALTH", "workingWell": [...], "worries": [...], "level": "ADDITIONAL", "indicators": [...]}};
 * only {@code dimension} is required.
 */
final class DimensionFindingCodec implements Codec<DimensionFinding> {

    private static final List<String> PROPERTIES = Vocabulary.properties("dimension", "workingWell", "worries",
            "level", "indicators");

    @Override
    public Class<DimensionFinding> type() {
        return DimensionFinding.class;
    }

    @Override
    public void write(DimensionFinding finding, Out out) {
        out.startObject()
                .value("dimension", Codecs.ASSESSMENT_DIMENSION, finding.dimension())
                .array("workingWell", Codecs.ASSESSMENT_STATEMENT, finding.workingWell())
                .array("worries", Codecs.ASSESSMENT_STATEMENT, finding.worries());
        finding.level().ifPresent(level -> out.value("level", Codecs.LEVEL_OF_NEED, level));
        out.array("indicators", Codecs.NEED_INDICATOR, finding.indicators())
                .endObject();
    }

    @Override
    public DimensionFinding read(In in) {
        ObjectIn finding = in.object(PROPERTIES);
        return DimensionFinding.builder()
                .dimension(finding.required("dimension").read(Codecs.ASSESSMENT_DIMENSION))
                .workingWell(finding.list("workingWell", Codecs.ASSESSMENT_STATEMENT))
                .worries(finding.list("worries", Codecs.ASSESSMENT_STATEMENT))
                .level(finding.optional("level").map(v -> v.read(Codecs.LEVEL_OF_NEED)))
                .indicators(finding.list("indicators", Codecs.NEED_INDICATOR))
                .build();
    }
}
