package dev.safeguarding.model.sharing;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.people.Agency;
import java.util.List;
import org.immutables.value.Value;

/**
 * What consent is asked for: which information, with which agencies, for what purpose. "Consent means
 * that the family is fully informed about the services they are being referred to, agree with the
 * referral being made and understand what information professionals are passing on and why"; golden rule
 * 2 asks practitioners to be open "about why, what, how and with whom information will, or could be
 * shared".
 *
 * <p>The information and the purpose are free text about a family: {@link #toString()} never shows them.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link Consent}; the seeds ask that the
 * family understand the scope (the consent's {@code informed}, which {@code ConsentInformed} queries), not
 * for any part of it to be recorded in a given form.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" and "Gaining Consent and Working on a Voluntary Basis with a Family" ("Talk about any
 * confidentiality issues and who you will need to speak to or share information with").
 */
@Value.Immutable
public abstract class ConsentScope {

    /** Which information consent is asked for; free text, not blank. */
    @Value.Parameter
    public abstract String information();

    /** The agencies the information would be shared with (or the referral made to); at least one. */
    @Value.Parameter
    public abstract List<Agency> agencies();

    /** What the information would be shared for; free text, not blank. */
    @Value.Parameter
    public abstract String purpose();

    /** A scope. */
    public static ConsentScope of(String information, List<Agency> agencies, String purpose) {
        return ImmutableConsentScope.of(information, agencies, purpose);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("information", information(), "purpose", purpose());
        Checks.notBlank(information(), "information");
        Checks.require(!agencies().isEmpty(), "agencies", "must name at least one agency");
        Checks.notBlank(purpose(), "purpose");
    }

    /** The agencies by identifier; never the information or the purpose. */
    @Override
    public String toString() {
        return "ConsentScope{agencies=" + agencies().stream().map(Agency::id).toList() + "}";
    }
}
