package dev.safeguarding.json;

import dev.safeguarding.model.prebirth.SafeguardingBirthPlan;
import java.util.List;

/**
 * A safeguarding birth plan: {@code id}, {@code child} (unborn) and {@code agreedOn} are required; the lists
 * may be absent (empty); {@code dischargeArrangements} may be absent or {@code null}.
 */
final class SafeguardingBirthPlanCodec implements Codec<SafeguardingBirthPlan> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "child", "agreedOn", "contacts",
            "dischargeArrangements", "sentTo");

    @Override
    public Class<SafeguardingBirthPlan> type() {
        return SafeguardingBirthPlan.class;
    }

    @Override
    public void write(SafeguardingBirthPlan plan, Out out) {
        out.startObject()
                .string("id", plan.id())
                .value("child", Codecs.CHILD, plan.child())
                .date("agreedOn", plan.agreedOn())
                .array("contacts", Codecs.PROFESSIONAL_CONTACT, plan.contacts())
                .string("dischargeArrangements", plan.dischargeArrangements())
                .array("sentTo", Codecs.BIRTH_PLAN_DISSEMINATION, plan.sentTo())
                .endObject();
    }

    @Override
    public SafeguardingBirthPlan read(In in) {
        ObjectIn plan = in.object(PROPERTIES);
        return SafeguardingBirthPlan.builder()
                .id(plan.required("id").string())
                .child(plan.required("child").read(Codecs.CHILD))
                .agreedOn(plan.required("agreedOn").date())
                .contacts(plan.list("contacts", Codecs.PROFESSIONAL_CONTACT))
                .dischargeArrangements(plan.optional("dischargeArrangements").map(In::string))
                .sentTo(plan.list("sentTo", Codecs.BIRTH_PLAN_DISSEMINATION))
                .build();
    }
}
