package dev.safeguarding.model.prebirth;

import dev.safeguarding.model.people.Agency;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A safeguarding birth plan sent to one recipient: which kind ({@link BirthPlanRecipient}), which agency,
 * and when. "This is disseminated to the agreed partners and birthing units."
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link SafeguardingBirthPlan}, whose
 * constraints (group {@code Complete}) ask that the plan be sent to a birthing unit and the EDT, and whose
 * builder refuses a plan sent before it was agreed; the guidance is silent on anything else.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol".
 */
@Value.Immutable
public abstract class BirthPlanDissemination {

    /** The kind of recipient. */
    @Value.Parameter
    public abstract BirthPlanRecipient recipient();

    /** The agency sent to (the hospital trust of the birthing unit, the local authority of the EDT). */
    @Value.Parameter
    public abstract Agency agency();

    /** The date it was sent. */
    @Value.Parameter
    public abstract LocalDate sentOn();

    /** The plan sent to {@code agency}, a {@code recipient}, on {@code sentOn}. */
    public static BirthPlanDissemination of(BirthPlanRecipient recipient, Agency agency, LocalDate sentOn) {
        return ImmutableBirthPlanDissemination.of(recipient, agency, sentOn);
    }
}
