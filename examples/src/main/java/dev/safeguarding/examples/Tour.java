package dev.safeguarding.examples;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.SharedLanguageTerm;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.calendar.Holiday;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.rules.need.ThresholdGuide;
import dev.safeguarding.rules.sharing.InformationSharingAdvisor;
import dev.safeguarding.model.timescales.Timescales;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A tour of the library: two situations from the Norfolk guidance put to the threshold guide, the
 * shared language, and the JSON format. Run it with {@code mvn -q -Ptour -DskipTests package}.
 *
 * <p>Every person in it is made up. Dates are fixed, never read from the clock, so the tour prints the
 * same thing every time.
 */
public final class Tour {

    /** Dates as people write them: "Thursday 2 April 2026". */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private Tour() {
    }

    /** Prints the tour to standard output. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        ThresholdGuide guide = ThresholdGuide.norfolk2023();

        heading(out, "1. An unexplained bruise on a baby who is not yet mobile");
        out.println("A health visitor sees a bruise on a four-month-old baby's cheek; the parents cannot say how");
        out.println("it happened. The guidance lists this among its Section 47 indicators.");
        ThresholdQuestion bruise = ThresholdQuestion.builder()
                .child(Child.born("baby-0001", LocalDate.of(2026, 7, 20)))
                .addSection47Indicator(Section47Indicator.UNEXPLAINED_INJURY_PRE_MOBILE_OR_NON_VERBAL)
                .addSection47Indicator(Section47Indicator.PRE_OR_NON_MOBILE_CHILD_ABUSE_OR_INJURY)
                .build();
        ThresholdGuidance urgent = guide.assess(bruise);
        print(out, urgent);
        SharingAdvice sharing = InformationSharingAdvisor.norfolk2023().advise(bruise.sharingQuestion());
        out.println("Information sharing, on the same facts: " + sharing.action().label());

        heading(out, "2. Emerging needs, and the family refuses early help");
        out.println("A school worries that a seven-year-old is often late and tired, and the family is struggling");
        out.println("with debt. The parents decline an Early Help Assessment.");
        ThresholdQuestion emerging = ThresholdQuestion.builder()
                .child(Child.born("child-0002", LocalDate.of(2019, 3, 2)))
                .addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ADDITIONAL,
                        "Often late to school and tired in class"))
                .addIndicator(NeedIndicator.of(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS,
                        LevelOfNeed.ADDITIONAL, "Family struggling with debt"))
                .consent(ConsentStatus.REFUSED)
                .build();
        print(out, guide.assess(emerging));

        heading(out, "3. The shared language");
        out.println("Agencies describe need in different words; the table places each on the continuum.");
        for (String words : new String[] {"Getting more Help", "child in need", "Emerging Needs", "Child Protection"}) {
            SharedLanguageTerm term = SharedLanguageTerm.of(words);
            out.printf("  %-20s -> %-16s response: %s%n", words, term.level().label(), term.responseBand().label());
        }

        heading(out, "4. Working days: a referral on the Thursday before Easter");
        WorkingCalendar england = UkCalendars.englandAndWales();
        LocalDate referral = LocalDate.of(2026, 4, 2);
        Timescale timescale = Timescales.byId("wt2023.assessment");
        Deadline assessment = timescale.dueFrom(referral, england);
        out.println("Referral received on " + words(referral) + ".");
        out.println("Bank holidays on the way:");
        for (Holiday holiday : england.holidays(referral, assessment.dueDate())) {
            out.println("  " + holiday.name() + ", " + words(holiday.date()));
        }
        out.println(timescale.label() + " due " + words(assessment.dueDate()) + " (" + timescale.amount() + " "
                + timescale.unit().label() + " from the referral on " + words(referral) + "; "
                + cite(timescale.source()) + ")");
        LocalDate asOf = LocalDate.of(2026, 5, 29);
        out.println("On " + words(asOf) + ": " + words(assessment.status(asOf)));
        LocalDate concluded = LocalDate.of(2026, 6, 12);
        out.println("Concluded on " + words(concluded) + ": " + words(assessment.outcome(concluded)));

        heading(out, "5. The guidance of situation 1 as JSON");
        out.println(SafeguardingJson.standard().writePretty(urgent));
    }

    private static void print(PrintStream out, ThresholdGuidance guidance) {
        out.println();
        out.println("Suggested level:    " + guidance.level().label());
        out.println("Suggested response: " + guidance.response().label());
        out.println("Because:");
        for (GuidanceStatement reason : guidance.reasons()) {
            bullet(out, reason);
        }
        out.println("Consider:");
        for (GuidanceStatement consideration : guidance.considerations()) {
            bullet(out, consideration);
        }
        out.println(guidance.professionalJudgement().text());
    }

    private static void bullet(PrintStream out, GuidanceStatement statement) {
        out.println("  - " + statement.text());
        out.println("    [" + cite(statement.source()) + "]");
    }

    /** "Working Together to Safeguard Children (2023), 'Chapter 3 ...'": the document and its section. */
    private static String cite(SourcePassage source) {
        return source.document() + ", '" + source.section() + "'";
    }

    /** "Thursday 2 April 2026". */
    private static String words(LocalDate date) {
        return DATE.format(date);
    }

    /** "due later, 8 working days left"; "overdue by 2 working days"; "due today". */
    private static String words(DeadlineStatus status) {
        if (status.isOverdue()) {
            return "overdue by " + workingDays(status.workingDaysOverdue());
        }
        if (status.isDueToday()) {
            return "due today";
        }
        return "due later, " + workingDays(status.workingDaysLeft()) + " left";
    }

    /** "met on time"; "late by 2 working days". */
    private static String words(DeadlineOutcome outcome) {
        return outcome.isOnTime() ? "met on time" : "late by " + workingDays(outcome.workingDaysLate());
    }

    private static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }

    private static void heading(PrintStream out, String title) {
        out.println();
        out.println(title);
        out.println("=".repeat(title.length()));
    }
}
