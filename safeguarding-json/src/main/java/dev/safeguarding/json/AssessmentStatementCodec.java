package dev.safeguarding.json;

import dev.safeguarding.model.assessment.AssessmentStatement;
import java.util.List;

/**
 * {@code {"text": "...", "factOrOpinion": "FACT", "contributor": {...}, "agencyId": "nchc", "date": "2017-03-09",
 * "prompt": "PARENT_RESPONDS_TO_CUES"}}; {@code agencyId} and {@code prompt} are optional.
 */
final class AssessmentStatementCodec implements Codec<AssessmentStatement> {

    private static final List<String> PROPERTIES = Vocabulary.properties("text", "factOrOpinion", "contributor",
            "agencyId", "date", "prompt");

    @Override
    public Class<AssessmentStatement> type() {
        return AssessmentStatement.class;
    }

    @Override
    public void write(AssessmentStatement statement, Out out) {
        out.startObject()
                .string("text", statement.text())
                .value("factOrOpinion", Codecs.FACT_OR_OPINION, statement.factOrOpinion())
                .value("contributor", Codecs.CONTRIBUTOR, statement.contributor())
                .string("agencyId", statement.agencyId())
                .date("date", statement.date());
        statement.prompt().ifPresent(prompt -> out.value("prompt", Codecs.OBSERVATION_PROMPT, prompt));
        out.endObject();
    }

    @Override
    public AssessmentStatement read(In in) {
        ObjectIn statement = in.object(PROPERTIES);
        return AssessmentStatement.builder()
                .text(statement.required("text").string())
                .factOrOpinion(statement.required("factOrOpinion").read(Codecs.FACT_OR_OPINION))
                .contributor(statement.required("contributor").read(Codecs.CONTRIBUTOR))
                .agencyId(statement.optional("agencyId").map(In::string))
                .date(statement.required("date").date())
                .prompt(statement.optional("prompt").map(v -> v.read(Codecs.OBSERVATION_PROMPT)))
                .build();
    }
}
