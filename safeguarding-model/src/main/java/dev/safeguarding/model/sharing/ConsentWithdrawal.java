package dev.safeguarding.model.sharing;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The withdrawal of consent that was given: a later event, recorded beside the {@link Consent} it
 * withdraws (by its identifier), never an edit of it. From the day it is withdrawn, the consent no longer
 * stands ({@link Consent#statusOn}).
 *
 * <p>Consent is voluntary: the family "will be able to say if you don't agree with our assessment or the
 * help being offered". The seed does not describe withdrawal as such; recording it as its own event keeps
 * the record of what was agreed, and when, intact.
 *
 * <p>Bean Validation: no constraint. The seed does not describe withdrawal, so it sets no rule for its
 * record; the builder refuses what makes no sense.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Gaining Consent
 * and Working on a Voluntary Basis with a Family" and "Recording what we do and the decisions we take".
 */
@Value.Immutable
public abstract class ConsentWithdrawal {

    /** The identifier of this record; not blank. */
    public abstract String id();

    /** The identifier of the {@link Consent} withdrawn; not blank. */
    public abstract String consentId();

    /** Who withdrew consent: the child or a member of the family (never a practitioner). */
    public abstract Contributor withdrawnBy();

    /** The day consent was withdrawn. */
    public abstract LocalDate withdrawnOn();

    /** A builder; every attribute is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ConsentWithdrawal}. */
    public static final class Builder extends ImmutableConsentWithdrawal.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "consentId", consentId());
        Checks.notBlank(id(), "id");
        Checks.notBlank(consentId(), "consentId");
        Checks.require(withdrawnBy().kind() != ContributorKind.PRACTITIONER, "withdrawnBy",
                "must be the child or a member of the family, not a practitioner");
    }
}
