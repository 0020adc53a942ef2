package dev.safeguarding.examples;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionReason;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.RequesterRole;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.signsofsafety.MapCategory;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.Observation;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.signsofsafety.ObservationSubject;
import dev.safeguarding.model.signsofsafety.ScalingExample;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Findings;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Bean Validation of a record at two stages: a threshold question saved as a draft, checked again before
 * it is shared with the Children's Advice and Duty Service, then filled in; and a joint agency group
 * supervision request whose session is recorded on the day, before and after its record is put right
 * (NSCP 3.16, section 4); and a Signs of Safety map as a health visitor starts it and once it answers the
 * four questions (NSCP, Norfolk Continuum of Needs 2023, "Using the Signs of Safety Framework"). Uses
 * Hibernate Validator in
 * its default configuration, as a vendor's Spring or Jakarta EE application would. Run it with
 * {@code mvn -q -Pexample -Dexample=ValidationExample -DskipTests package}.
 *
 * <p>Every person in it is made up, and the dates are fixed.
 */
public final class ValidationExample {

    private ValidationExample() {
    }

    /** Prints the findings of the draft and of the completed record to standard output. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();

            out.println("A teacher starts a note of a worry about a six-year-old, and saves it before writing the worry down.");
            ThresholdQuestion draft = ThresholdQuestion.builder()
                    .child(Child.born("child-0042", LocalDate.of(2020, 4, 9)))
                    .build();
            print(out, "The draft, as saved (default group)", Findings.check(validator, draft));
            print(out, "The draft, before it is shared (Complete)", Findings.check(validator, draft, Complete.class));

            out.println();
            out.println("The teacher adds the child's name, describes the worry and talks to the parents, who agree.");
            ThresholdQuestion complete = ThresholdQuestion.builder(draft)
                    .child(Child.builder().id("child-0042").dateOfBirth(LocalDate.of(2020, 4, 9)).name("Jo Example")
                            .build())
                    .indicators(List.of(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS,
                            LevelOfNeed.ADDITIONAL, "Often hungry at the start of the school day")))
                    .consent(ConsentStatus.GIVEN)
                    .build();
            print(out, "The same record, filled in (Complete)", Findings.check(validator, complete, Complete.class));

            out.println();
            out.println("A school records a joint agency group supervision session on the day it is held: the two"
                    + " supervisors came from the school, and the record is not yet circulated or on file.");
            Agency school = Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION);
            Agency health = Agency.of("hcp-1", "Healthy Child Programme", AgencyType.HEALTH);
            Practitioner teacher = Practitioner.of("p-1", "Designated safeguarding lead", school);
            Practitioner head = Practitioner.of("p-2", "Headteacher", school);
            Practitioner nurse = Practitioner.of("p-3", "School nurse team leader", health);
            LocalDate heldOn = LocalDate.of(2026, 1, 7);
            JointSupervisionSession onTheDay = JointSupervisionSession.builder().heldOn(heldOn)
                    .addSupervisors(teacher, head).leadCoordinatorId("p-2")
                    .addSupervisees(Practitioner.of("p-4", "Class teacher", school), nurse)
                    .participantsToldOfDisclosure(true).build();
            JointSupervisionRequest request = JointSupervisionRequest.builder().id("jags-1").addChildId("child-0042")
                    .requestedBy(teacher).requesterRole(RequesterRole.PRACTITIONER)
                    .requestedOn(LocalDate.of(2025, 12, 9))
                    .addReason(JointSupervisionReason.STUCK)
                    .decision(JointSupervisionDecision.agreed(Practitioner.of("p-5", "Safeguarding supervisor", health),
                            LocalDate.of(2025, 12, 12)))
                    .session(onTheDay).build();
            print(out, "The request, as saved (default group)", Findings.check(validator, request));
            print(out, "The request, before its record is complete (Complete)",
                    Findings.check(validator, request, Complete.class));

            out.println();
            out.println("The designated safeguarding lead corrects the record (the school nurse, not she, was the"
                    + " second supervisor), circulates it that day and places it on the child's file the next.");
            JointSupervisionRequest filedRequest = JointSupervisionRequest.builder(request)
                    .session(JointSupervisionSession.builder(onTheDay).supervisors(List.of(head, nurse))
                            .supervisees(List.of(teacher, Practitioner.of("p-4", "Class teacher", school)))
                            .recordCirculatedOn(heldOn).recordPlacedOnFileOn(heldOn.plusDays(1)).keyworker(teacher)
                            .build())
                    .build();
            print(out, "The same request, filled in (Complete)",
                    Findings.check(validator, filedRequest, Complete.class));

            out.println();
            out.println("A health visitor starts a Signs of Safety map for a baby: one worry, and the mother's score.");
            Contributor visitor = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
            Contributor mother = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
            LocalDate visit = LocalDate.of(2017, 2, 20);
            SignsOfSafetyMap map = SignsOfSafetyMap.builder().childId("baby-0003")
                    .addStatement(MapStatement.builder().id("d-1").category(MapCategory.DANGER_STATEMENT)
                            .text("If Mum misses Baby's checks, no one will notice if Baby stops growing well")
                            .contributor(visitor).recordedOn(visit).build())
                    .addScalingQuestion(ScalingExample.CONCERN_HAPPENING_AGAIN.question("q-1"))
                    .addJudgement(ScalingJudgement.builder().questionId("q-1").score(7).perspective(mother)
                            .judgedOn(visit).rationale("I have not missed one appointment").build())
                    .build();
            print(out, "The map, as saved (default group)", Findings.check(validator, map));
            print(out, "The map, before it is shared (Complete)", Findings.check(validator, map, Complete.class));

            out.println();
            out.println("She adds the safety goal that answers the worry, asks the mother what would make it a 10,"
                    + " and observes the baby.");
            SignsOfSafetyMap filledMap = SignsOfSafetyMap.builder().from(map)
                    .addStatement(MapStatement.builder().id("g-1").category(MapCategory.SAFETY_GOAL)
                            .text("Mum takes Baby to every developmental check").contributor(mother).recordedOn(visit)
                            .addDangerStatementId("d-1").build())
                    .judgements(List.of(ScalingJudgement.builder().from(map.judgements().get(0))
                            .whatWouldMakeItHigher("Dad coming to the checks too").build()))
                    .addObservation(Observation.builder().observer(visitor).observedOn(visit)
                            .subject(ObservationSubject.CHILD).prompt(ObservationPrompt.CHILD_APPEARS_ALERT).build())
                    .build();
            print(out, "The same map, filled in (Complete)", Findings.check(validator, filledMap, Complete.class));
        }
    }

    private static void print(PrintStream out, String title, List<Finding> findings) {
        out.println();
        out.println(title + ": " + (findings.isEmpty() ? "no findings" : findings.size() + " finding(s)"));
        for (Finding finding : findings) {
            out.println("  " + finding.severity().label().toUpperCase(java.util.Locale.ROOT) + " at "
                    + (finding.path().isEmpty() ? "(the record)" : finding.path()) + " [" + finding.code() + "]");
            out.println("    " + finding.message());
        }
    }
}
