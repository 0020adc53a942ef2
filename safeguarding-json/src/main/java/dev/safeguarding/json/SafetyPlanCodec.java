package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.SafetyPlan;
import java.util.List;

/** {@code {"childId": "c-1", "rows": [...]}}; {@code rows} is always written and may be absent when reading (empty). */
final class SafetyPlanCodec implements Codec<SafetyPlan> {

    private static final List<String> PROPERTIES = Vocabulary.properties("childId", "rows");

    @Override
    public Class<SafetyPlan> type() {
        return SafetyPlan.class;
    }

    @Override
    public void write(SafetyPlan plan, Out out) {
        out.startObject()
                .string("childId", plan.childId())
                .array("rows", Codecs.SAFETY_PLAN_ROW, plan.rows())
                .endObject();
    }

    @Override
    public SafetyPlan read(In in) {
        ObjectIn plan = in.object(PROPERTIES);
        return SafetyPlan.of(plan.required("childId").string(), plan.list("rows", Codecs.SAFETY_PLAN_ROW));
    }
}
