package dev.safeguarding.examples;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.signsofsafety.ByWhen;
import dev.safeguarding.model.signsofsafety.MapCategory;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.Observation;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.signsofsafety.ObservationSubject;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.signsofsafety.ScalingExample;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyQuestion;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.rules.signsofsafety.PerspectiveScaling;
import dev.safeguarding.rules.signsofsafety.SafetyPlanRowStatus;
import dev.safeguarding.rules.signsofsafety.SafetyPlanStatus;
import dev.safeguarding.rules.signsofsafety.SafetyPlans;
import dev.safeguarding.rules.signsofsafety.ScalingAnalysis;
import dev.safeguarding.rules.signsofsafety.ScalingRules;
import dev.safeguarding.rules.signsofsafety.SignsOfSafetyMaps;
import dev.safeguarding.model.timescales.Timescales;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Signs of Safety for the baby of the Somerset practitioner forum (July 2017): a Child in Need case
 * where the mother, the health visitor and the social worker each scale how safe the baby is. It builds
 * the map, checks its completeness, analyses the scaling across the three perspectives and over time,
 * and works out the status of the safety plan whose first row is the seed's own row for the baby's
 * health-visitor checks.
 *
 * <p>Run it after building the library:
 * <pre>
 * mvn -q -DskipTests package
 * java -cp "examples/target/classes:$(cat examples/target/jshell.classpath)" dev.safeguarding.examples.SignsOfSafetyExample
 * </pre>
 *
 * <p>The situation follows the seed; the people, their words and their scores are made up. Dates are
 * fixed, never read from the clock, so the example prints the same thing every time.
 */
public final class SignsOfSafetyExample {

    private SignsOfSafetyExample() {
    }

    /** Prints the example to standard output. */
    public static void main(String[] args) {
        PrintStream out = System.out;

        FamilyMember mum = FamilyMember.of("mum-1", FamilyRelationship.MOTHER);
        Agency health = Agency.of("health-1", "Community health trust", AgencyType.HEALTH);
        Agency childrensServices = Agency.of("csc-1", "Children's social care", AgencyType.LOCAL_AUTHORITY);
        Practitioner healthVisitor = Practitioner.of("hv-1", "Health visitor", health);
        Practitioner socialWorker = Practitioner.of("sw-1", "Consultant social worker", childrensServices);
        Contributor mother = Contributor.familyMember(mum);
        Contributor hv = Contributor.practitioner(healthVisitor);
        Contributor sw = Contributor.practitioner(socialWorker);

        heading(out, "1. The four questions");
        for (SignsOfSafetyQuestion question : SignsOfSafetyQuestion.values()) {
            out.println(question.number() + ". " + question.label() + "  (" + question.prompts().size() + " prompts)");
        }

        heading(out, "2. The map");
        ScalingQuestion howSafe = ScalingExample.CHILD_PROTECTION_OR_EARLY_HELP.question("q-1");
        LocalDate february = LocalDate.of(2017, 2, 20);
        LocalDate may = LocalDate.of(2017, 5, 15);
        SignsOfSafetyMap map = SignsOfSafetyMap.builder()
                .childId("baby-0003")
                .addStatement(statement("s-1", MapCategory.PAST_HARM, sw, february,
                        "Mum's and Dad's three older children live with other carers under Special Guardianship"
                                + " Orders, because Mum's and Dad's mental health made it hard for them to look after"
                                + " them."))
                .addStatement(statement("s-2", MapCategory.COMPLICATING_FACTOR, sw, february,
                        "Mum and Dad both have mental health needs, and Mum had a hard childhood in care."))
                .addStatement(statement("d-1", MapCategory.DANGER_STATEMENT, hv, february,
                        "The health visitor and social worker are worried that if Mum or Dad become unwell again,"
                                + " Baby's checks could be missed and problems with her growth and development could go"
                                + " unnoticed."))
                .addStatement(statement("s-3", MapCategory.EXISTING_STRENGTH, mother, february,
                        "Baby grins at Mum every morning when Mum peeks in at her, and giggles just for Dad."))
                .addStatement(statement("s-4", MapCategory.EXISTING_SAFETY, hv, may,
                        "Mum has taken Baby to every health visitor check since she was born."))
                .addStatement(MapStatement.builder().id("g-1").category(MapCategory.SAFETY_GOAL)
                        .text("Monitoring of Baby's growth, development and well-being to be undertaken to promote her"
                                + " healthy development.")
                        .contributor(hv).agency(health).recordedOn(february).addDangerStatementId("d-1").build())
                .addStatement(statement("s-5", MapCategory.NEXT_STEP, hv, february,
                        "Mother to have contact with the HV on a regular basis to ensure appropriate developmental"
                                + " checks are completed."))
                .addScalingQuestion(howSafe)
                .addJudgements(
                        judgement(sw, 4, LocalDate.of(2016, 12, 12), "We are still learning how Mum and Dad cope"),
                        judgement(mother, 7, february, "I have not missed one appointment"),
                        judgement(hv, 5, february, "Checks are kept, but Mum has been low"),
                        judgement(sw, 4, february, "Dad's health is not settled"),
                        judgement(mother, 8, may, "Baby is doing really well at her checks"),
                        judgement(hv, 6, may, "Baby is growing well and Mum asks for help when she needs it"),
                        judgement(sw, 4, may, "Nothing has changed enough for me yet"))
                .addObservation(Observation.builder().observer(hv).observedOn(may)
                        .subject(ObservationSubject.CHILD).prompt(ObservationPrompt.CHILD_RESPONDS_TO_PEOPLE)
                        .note("Grinned at Mum when Mum played peeking at her").build())
                .addObservation(Observation.builder().observer(hv).observedOn(may)
                        .subject(ObservationSubject.PARENT).parentId(mum.id())
                        .prompt(ObservationPrompt.PARENT_IDENTIFIES_POSITIVE_QUALITIES)
                        .note("Mum said Baby is determined and observant").build())
                .build();
        out.println(map);
        for (SignsOfSafetyQuestion question : List.of(SignsOfSafetyQuestion.WORRIED_ABOUT,
                SignsOfSafetyQuestion.WORKING_WELL, SignsOfSafetyQuestion.NEEDS_TO_HAPPEN)) {
            out.println(question.label());
            for (MapStatement statement : map.statements(question)) {
                out.println("  [" + statement.category().label() + ", " + statement.contributor().id() + "] "
                        + statement.text());
            }
        }

        heading(out, "3. What the map still lacks");
        List<Finding> findings = SignsOfSafetyMaps.check(map);
        if (findings.isEmpty()) {
            out.println("Nothing: the map answers every question.");
        }
        findings.forEach(f -> out.println("  - " + f));

        heading(out, "4. Scaling: the mother, the health visitor and the social worker");
        out.println("0: " + howSafe.zeroMeans());
        out.println("10: " + howSafe.tenMeans());
        for (ScalingAnalysis analysis : ScalingRules.standard().analyse(map)) {
            for (PerspectiveScaling p : analysis.perspectives()) {
                out.println("  " + p.perspective().id() + (p.isFamilyView() ? " (family)" : " (professional)")
                        + ": " + p.judgements().stream().map(j -> String.valueOf(j.score())).toList()
                        + p.trend().map(t -> ", " + t.label().toLowerCase(Locale.ROOT)).orElse("")
                        + p.staticSince().map(d -> " since " + d).orElse("")
                        + (p.isPossibleDrift() ? ", possible drift" : ""));
            }
            out.println("Spread of the latest scores: " + analysis.spread() + "; family to professional gap: "
                    + analysis.familyProfessionalGap().orElse(0));
            out.println("Consider:");
            for (Finding consideration : analysis.considerations()) {
                out.println("  - [" + consideration.code() + "] " + consideration.message());
                out.println("    [" + consideration.source().orElseThrow() + "]");
            }
        }

        heading(out, "5. The safety plan on 20 June 2017");
        SafetyPlanRow checks = SafetyPlanRow.builder()
                .safetyGoal("Monitoring of Baby's growth, development and well-being to be undertaken to promote her"
                        + " healthy development.")
                .whatNeedsToHappen("Mother to have contact with the HV on a regular basis to ensure appropriate"
                        + " developmental checks are completed.")
                .addOwners(mother, hv)
                .byWhen(ByWhen.on(LocalDate.of(2017, 6, 13), "6 month ages and stages developmental check (home visit)"))
                .achievedOn(LocalDate.of(2017, 6, 13))
                .build();
        SafetyPlanRow babyGroup = SafetyPlanRow.builder()
                .safetyGoal("Baby enjoys being with other children every week.")
                .whatNeedsToHappen("Mum takes Baby to baby group at least twice a week.")
                .addOwner(mother)
                .byWhen(ByWhen.on(LocalDate.of(2017, 7, 31)))
                .build();
        SafetyPlanRow supervision = SafetyPlanRow.builder()
                .safetyGoal("The professionals share one view of how safe Baby is.")
                .whatNeedsToHappen("Hold a joint agency group supervision session to explore the different scores.")
                .addOwner(sw)
                .byWhen(ByWhen.within(Timescales.byId("norfolk.joint-agency-group-supervision"), LocalDate.of(2017, 5, 22)))
                .build();
        SafetyPlan plan = SafetyPlan.of("baby-0003", List.of(checks, babyGroup, supervision));
        SafetyPlanStatus status = SafetyPlans.status(plan, LocalDate.of(2017, 6, 20), UkCalendars.englandAndWales());
        for (SafetyPlanRowStatus row : status.rows()) {
            out.println("  " + row);
        }
        out.println(status);
        out.printf("Progress: %.0f%%%n", 100 * status.progress());

        heading(out, "6. The seed's row as JSON");
        out.println(SafeguardingJson.standard().writePretty(checks));
    }

    private static MapStatement statement(String id, MapCategory category, Contributor who, LocalDate on,
            String text) {
        return MapStatement.builder().id(id).category(category).text(text).contributor(who).recordedOn(on).build();
    }

    private static ScalingJudgement judgement(Contributor who, int score, LocalDate on, String rationale) {
        return ScalingJudgement.builder().questionId("q-1").score(score).perspective(who).judgedOn(on)
                .rationale(rationale).build();
    }

    private static void heading(PrintStream out, String title) {
        out.println();
        out.println(title);
        out.println("=".repeat(title.length()));
    }
}
