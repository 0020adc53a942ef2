package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import java.util.List;

/**
 * {@code {"safetyGoal": "...", "whatNeedsToHappen": "...", "owners": [{...}], "byWhen": {...}, "achievedOn":
 * "2017-06-13"}}; {@code achievedOn} is optional. A row with no owner (an empty or absent
 * {@code owners}) is an error at {@code /owners}.
 */
final class SafetyPlanRowCodec implements Codec<SafetyPlanRow> {

    private static final List<String> PROPERTIES = Vocabulary.properties("safetyGoal", "whatNeedsToHappen", "owners",
            "byWhen", "achievedOn");

    @Override
    public Class<SafetyPlanRow> type() {
        return SafetyPlanRow.class;
    }

    @Override
    public void write(SafetyPlanRow row, Out out) {
        out.startObject()
                .string("safetyGoal", row.safetyGoal())
                .string("whatNeedsToHappen", row.whatNeedsToHappen())
                .array("owners", Codecs.CONTRIBUTOR, row.owners())
                .value("byWhen", Codecs.BY_WHEN, row.byWhen())
                .date("achievedOn", row.achievedOn())
                .endObject();
    }

    @Override
    public SafetyPlanRow read(In in) {
        ObjectIn row = in.object(PROPERTIES);
        return SafetyPlanRow.builder()
                .safetyGoal(row.required("safetyGoal").string())
                .whatNeedsToHappen(row.required("whatNeedsToHappen").string())
                .owners(row.list("owners", Codecs.CONTRIBUTOR))
                .byWhen(row.required("byWhen").read(Codecs.BY_WHEN))
                .achievedOn(row.optional("achievedOn").map(In::date))
                .build();
    }
}
