package dev.safeguarding.model.prebirth;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.Practitioner;
import org.immutables.value.Value;

/**
 * A professional involved with an unborn child, as a safeguarding birth plan lists them: "Should include
 * contact names and numbers of professionals involved", and whether they are among those "who should be
 * notified of the birth of the baby".
 *
 * <p>The name (in the practitioner's record) and the telephone number are personal data:
 * {@link #toString()} shows the practitioner's identifier, role and agency only.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link SafeguardingBirthPlan}, whose
 * constraints (group {@code Complete}) look into it: a plan lists contacts and marks someone to be notified of
 * the birth. The builder requires a telephone number; the guidance is silent on anything else a contact must
 * hold.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol".
 */
@Value.Immutable
public abstract class ProfessionalContact {

    /** The professional, with their role and agency (and name, where recorded). */
    @Value.Parameter
    public abstract Practitioner practitioner();

    /** The number to call; not blank. */
    @Value.Parameter
    public abstract String telephone();

    /** Whether the professional is to be notified of the birth. */
    @Value.Parameter
    public abstract boolean notifyOfBirth();

    /** A contact; {@code notifyOfBirth} says whether they are told of the birth. */
    public static ProfessionalContact of(Practitioner practitioner, String telephone, boolean notifyOfBirth) {
        return ImmutableProfessionalContact.of(practitioner, telephone, notifyOfBirth);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("telephone", telephone());
        Checks.notBlank(telephone(), "telephone");
    }

    /** The practitioner (identifier, role, agency) and whether notified; never the name or the number. */
    @Override
    public String toString() {
        return "ProfessionalContact{" + practitioner() + (notifyOfBirth() ? ", notified of the birth" : "") + "}";
    }
}
