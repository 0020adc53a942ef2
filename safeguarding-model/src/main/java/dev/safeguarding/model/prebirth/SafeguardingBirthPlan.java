package dev.safeguarding.model.prebirth;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.validation.Breach;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A safeguarding birth plan: "Developing a Safeguarding Birth Plan will plan for the delivery of the
 * baby and the immediate post-natal period, including who should be notified of the birth of the baby.
 * This is disseminated to the agreed partners and birthing units."
 *
 * <p>It holds the professionals involved with their contact numbers ({@link ProfessionalContact}, each
 * marked if they are to be notified of the birth), the agreed arrangements for discharge, and who it was
 * sent to and when ({@link BirthPlanDissemination}). What a plan lacks (no one to notify, no birthing unit
 * or EDT among its recipients) is a question for the rules ({@code dev.safeguarding.rules.prebirth.PreBirth}).
 *
 * <p>Rejected at construction: a blank identifier, a child who is not unborn, blank discharge
 * arrangements, a plan sent before it was agreed.
 *
 * <p>{@link #toString()} shows identifiers and counts, never a name, a number, the expected date of
 * delivery or the discharge arrangements.
 *
 * <p>Bean Validation: a plan saves as a draft at any stage; before it is complete (the {@link Complete}
 * group) the rules module's rules apply, with the same codes, severities, paths and sources, run by the same
 * check: errors {@link BirthPlanContactsListed} and {@link BirthNotificationsNamed} (at {@code contacts}) and
 * {@link DischargeArrangementsAgreed} (at {@code dischargeArrangements}); queries
 * {@link BirthPlanSentToBirthingUnit} and {@link BirthPlanSentToEdt} (at {@code sentTo}). The constraints are
 * declared here and look into the contacts and disseminations the plan holds.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol".
 */
@Value.Immutable
@BirthPlanContactsListed(groups = Complete.class)
@BirthNotificationsNamed(groups = Complete.class)
@DischargeArrangementsAgreed(groups = Complete.class)
@BirthPlanSentToBirthingUnit(groups = Complete.class, payload = Query.class)
@BirthPlanSentToEdt(groups = Complete.class, payload = Query.class)
public abstract class SafeguardingBirthPlan {

    /** The identifier the vendor's system uses for the plan; not blank. */
    public abstract String id();

    /** The unborn child, with the expected date of delivery. */
    public abstract Child child();

    /** The date the plan was agreed. */
    public abstract LocalDate agreedOn();

    /** "Contact names and numbers of professionals involved", each marked if notified of the birth. */
    public abstract List<ProfessionalContact> contacts();

    /** The "agreed arrangements for discharge"; free text. */
    public abstract Optional<String> dischargeArrangements();

    /** Who the plan was sent to, and when. */
    public abstract List<BirthPlanDissemination> sentTo();

    /** A builder; the identifier, the unborn child and the date agreed are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SafeguardingBirthPlan}. */
    public static final class Builder extends ImmutableSafeguardingBirthPlan.Builder {
    }

    /** The professionals to be notified of the birth, in the plan's order. */
    public List<ProfessionalContact> notifiedOfBirth() {
        return contacts().stream().filter(ProfessionalContact::notifyOfBirth).toList();
    }

    /** Whether the plan was sent to a recipient of {@code kind}. */
    public boolean wasSentTo(BirthPlanRecipient kind) {
        return sentTo().stream().anyMatch(d -> d.recipient() == kind);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "dischargeArrangements", dischargeArrangements());
        Checks.notBlank(id(), "id");
        Checks.require(child().isUnborn(), "child", "must be an unborn child, with an expected date of delivery");
        dischargeArrangements().ifPresent(d -> Checks.notBlank(d, "dischargeArrangements"));
        for (BirthPlanDissemination sent : sentTo()) {
            Checks.require(!sent.sentOn().isBefore(agreedOn()), "sentTo", "must not be sent before it was agreed");
        }
    }

    /** The identifiers and counts only. */
    @Override
    public String toString() {
        return "SafeguardingBirthPlan{id=" + id() + ", child=" + child() + ", contacts=" + contacts().size()
                + ", notifiedOfBirth=" + notifiedOfBirth().size()
                + (dischargeArrangements().isPresent() ? ", discharge arrangements recorded" : "")
                + ", sentTo=" + sentTo().stream().map(d -> d.recipient().name()).toList() + "}";
    }

    /**
     * What the guidance would query in this plan: no contacts, no one to notify of the birth, no discharge
     * arrangements and the plan not sent to the birthing unit or the emergency duty team. The findings are those of
     * the completeness rules that its Bean Validation constraints (group {@code Complete}) report, with the same
     * codes, severities, paths and sources, each with a message that may name the part of the record it is about;
     * the rules module's {@code PreBirth.check} reports them too, beside the rules that need a date or a profile.
     * Empty when there is nothing to query.
     *
     * @return the findings, in the order the rules module documents
     */
    public List<Finding> check() {
        return Breach.findings(PreBirthChecks.birthPlan(this));
    }
}
