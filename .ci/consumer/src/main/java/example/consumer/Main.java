package example.consumer;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.Timescales;
import dev.safeguarding.rules.need.ThresholdGuide;
import java.time.LocalDate;

/**
 * The README's calls, as a vendor would make them from their own project: threshold guidance, the
 * worked example of a referral on the Thursday before Easter, and a JSON round trip. Exits non-zero
 * (through an exception) if an answer is not the README's.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ThresholdQuestion question = ThresholdQuestion.builder()
                .child(Child.born("child-0002", LocalDate.of(2019, 3, 2)))
                .addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ADDITIONAL))
                .addIndicator(NeedIndicator.of(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS, LevelOfNeed.ADDITIONAL))
                .consent(ConsentStatus.REFUSED)
                .build();
        ThresholdGuidance guidance = ThresholdGuide.norfolk2023().assess(question);
        expect(guidance.level() == LevelOfNeed.ADDITIONAL, "level: Additional Need");
        expect(guidance.response() == Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, "response: Early Help Assessment and Plan");

        WorkingCalendar cal = UkCalendars.englandAndWales();
        Deadline due = Timescales.byId("wt2023.assessment").dueFrom(LocalDate.of(2026, 4, 2), cal);
        expect(due.dueDate().equals(LocalDate.of(2026, 6, 10)), "assessment due on Wednesday 10 June 2026");

        SafeguardingJson json = SafeguardingJson.standard();
        String text = json.write(guidance);
        expect(json.read(text, ThresholdGuidance.class).equals(guidance), "JSON round trip");

        System.out.println("consumer: threshold guidance, deadline and JSON as the README says ("
                + (Main.class.getModule().isNamed() ? "module path" : "class path") + ")");
    }

    private static void expect(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError("not as the README says: " + what);
        }
    }
}
