package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.signsofsafety.ByWhen;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A safety plan in the Somerset format as a record with two stages, and the row's columns "Who will do this"
 * and "By when (enter timescales)" as draft rules. Somerset Safeguarding Children Board, Multi-Agency
 * Practitioner Forum (July 2017), "Format of Safety Plan": "Safety Goal \u2013 to improve things (outcomes) for
 * the child and keep the child safe | What needs to happen now to keep the child safe? (To achieve the safety
 * goal) | Who will do this | By when (enter timescales) | Has this been achieved?"
 */
class SafetyPlanValidationTest {

    private static final String SOMERSET = "Somerset Safeguarding Children Board, Multi-Agency Practitioner Forum:"
            + " Confident & Competent Multi-Agency Working with Children in Need (2017)";
    private static final Contributor MOTHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
    private static final Contributor VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final String GOAL = "Monitoring of Baby's growth, development and well-being to be undertaken to"
            + " promote her healthy development.";
    private static final String ACTION = "Mother to have contact with the HV on a regular basis to ensure appropriate"
            + " developmental checks are completed.";

    /** The seed's row: "Mother and HV", "13/06/2017 - 6 month ages and stages developmental check (home visit)". */
    private static SafetyPlanRow seedsRow() {
        return SafetyPlanRow.builder().safetyGoal(GOAL).whatNeedsToHappen(ACTION).addOwners(MOTHER, VISITOR)
                .byWhen(ByWhen.on(LocalDate.of(2017, 6, 13),
                        "6 month ages and stages developmental check (home visit)"))
                .build();
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList();
    }

    @Test
    void aPlanWithNoRowsSavesAsADraftAndIsNotCompleteUntilItHasTheSeedsRow() {
        // "Planning - An effective plan addresses risk by being clear about the issues, how they will be
        //  managed/reduced, what support will be provided and when it will be reviewed" (Managing Risk - Core Skills)
        SafetyPlan draft = SafetyPlan.of("baby-1", List.of());

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, draft), "a draft saves with no rows");
        List<Finding> findings = Findings.check(Validators.DEFAULT, draft, Complete.class);
        assertEquals(List.of("ERROR signsofsafety.plan-without-rows at rows"), described(findings));
        assertEquals(SourcePassage.of(SOMERSET, "Managing Risk - Core Skills"), findings.get(0).source().orElseThrow());

        SafetyPlan filledIn = SafetyPlan.builder().from(draft).addRow(seedsRow()).build();
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, filledIn, Complete.class),
                "the same plan, with the seed's row, is complete");
    }

    @Test
    void theBuildersAlreadyRefuseARowWithNoOwnerOrNoByWhen() {
        SafetyPlanRow.Builder noOwner = SafetyPlanRow.builder().safetyGoal(GOAL).whatNeedsToHappen(ACTION)
                .byWhen(ByWhen.on(LocalDate.of(2017, 6, 13)));
        SafetyPlanRow.Builder noByWhen = SafetyPlanRow.builder().safetyGoal(GOAL).whatNeedsToHappen(ACTION)
                .addOwner(MOTHER);

        assertEquals("owners", assertThrows(InvalidValueException.class, noOwner::build).field());
        assertThrows(IllegalStateException.class, noByWhen::build);
    }

    /** A row that skips the builder's checks, as a vendor's own implementation of the type would. */
    private static SafetyPlanRow unchecked(List<Contributor> owners, ByWhen byWhen) {
        return new SafetyPlanRow() {
            @Override
            public String safetyGoal() {
                return GOAL;
            }

            @Override
            public String whatNeedsToHappen() {
                return ACTION;
            }

            @Override
            public List<Contributor> owners() {
                return owners;
            }

            @Override
            public ByWhen byWhen() {
                return byWhen;
            }

            @Override
            public Optional<LocalDate> achievedOn() {
                return Optional.empty();
            }
        };
    }

    @Test
    void aRowWithNoOneToDoItOrNoByWhenBreaksTheDraftRulesAtItsColumn() {
        // "Who will do this" and "By when (enter timescales)": every saved plan, draft or not
        SafetyPlan plan = SafetyPlan.of("baby-1", List.of(seedsRow(),
                unchecked(List.of(), ByWhen.on(LocalDate.of(2017, 7, 31))),
                unchecked(List.of(MOTHER), null),
                unchecked(null, null)));

        List<Finding> draft = Findings.check(Validators.DEFAULT, plan);

        assertEquals(List.of("ERROR signsofsafety.plan-row-without-owner at rows/1/owners",
                "ERROR signsofsafety.plan-row-without-timescale at rows/2/byWhen",
                "ERROR signsofsafety.plan-row-without-timescale at rows/3/byWhen",
                "ERROR signsofsafety.plan-row-without-owner at rows/3/owners"), described(draft));
        for (Finding finding : draft) {
            assertEquals(SourcePassage.of(SOMERSET, "Format of Safety Plan"), finding.source().orElseThrow());
            assertFalse(finding.message().contains(GOAL) || finding.message().contains(ACTION), finding.code());
        }
        assertEquals(described(draft), described(Findings.check(Validators.DEFAULT, plan, Complete.class)),
                "a complete plan keeps the draft's rules");
        assertEquals(List.of("rows[1].owners", "rows[2].byWhen", "rows[3].byWhen", "rows[3].owners"),
                Validators.DEFAULT.validate(plan).stream().map(v -> v.getPropertyPath().toString()).sorted().toList());
    }
}
