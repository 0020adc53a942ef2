package dev.safeguarding.model.sharing;

import dev.safeguarding.model.internal.Checks;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The basis on which a child under 16 was asked for their own consent: whether the practitioner judged
 * the child Gillick competent for this decision and, where the Fraser guidelines apply, which of the five
 * {@linkplain FraserCriterion criteria} were met.
 *
 * <ul>
 *   <li><b>Gillick competence</b>: a child under 16 may consent for themselves if they have sufficient
 *       maturity and understanding to understand fully what is proposed. It is judged per decision, not
 *       once for all: a basis belongs to one {@link Consent}.</li>
 *   <li><b>Fraser guidelines</b>: for contraceptive advice and treatment without parental knowledge;
 *       all five criteria must be met.</li>
 * </ul>
 *
 * <p>The rationale is free text about a child: {@link #toString()} never shows it.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link Consent}, whose constraint
 * {@code ConsentOfAChildUnder16} checks it where the guidance asks for it: a rule belongs to the record it
 * is checked on.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Gaining Consent
 * and Working on a Voluntary Basis with a Family" ("Mental capacity includes asking for consent for
 * children under 16 in line with Gillick competence and Fraser Guidelines"); <i>Gillick v West Norfolk
 * and Wisbech AHA</i> (1985), as summarised in the library's {@code docs/practice-frameworks.md}.
 */
@Value.Immutable
public abstract class ChildConsentBasis {

    /**
     * Whether the child was judged to have sufficient maturity and understanding to understand fully what
     * is proposed.
     */
    public abstract boolean gillickCompetent();

    /** Whether the Fraser guidelines apply to the decision; by default they do not. */
    @Value.Default
    public boolean fraserApplies() {
        return false;
    }

    /** The Fraser criteria met; empty unless the guidelines apply. */
    public abstract Set<FraserCriterion> fraserCriteriaMet();

    /** How competence was judged, in the practitioner's words, if recorded; never shown by {@link #toString()}. */
    public abstract Optional<String> rationale();

    /** A basis of Gillick competence alone (the Fraser guidelines do not apply). */
    public static ChildConsentBasis gillick(boolean competent) {
        return builder().gillickCompetent(competent).build();
    }

    /** A basis where the Fraser guidelines apply, with the criteria that were met. */
    public static ChildConsentBasis fraser(boolean gillickCompetent, Collection<FraserCriterion> criteriaMet) {
        return builder().gillickCompetent(gillickCompetent).fraserApplies(true).fraserCriteriaMet(criteriaMet)
                .build();
    }

    /** A builder; {@code gillickCompetent} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChildConsentBasis}. */
    public static final class Builder extends ImmutableChildConsentBasis.Builder {
    }

    /** Whether all five Fraser criteria were met. */
    public boolean allFraserCriteriaMet() {
        return fraserCriteriaMet().containsAll(EnumSet.allOf(FraserCriterion.class));
    }

    /**
     * Whether the basis lets the child consent for themselves: Gillick competent, and, where the Fraser
     * guidelines apply, meeting all five criteria.
     */
    public boolean isSufficient() {
        return gillickCompetent() && (!fraserApplies() || allFraserCriteriaMet());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("rationale", rationale());
        Checks.require(fraserApplies() || fraserCriteriaMet().isEmpty(), "fraserCriteriaMet",
                "must be empty unless the Fraser guidelines apply");
        rationale().ifPresent(r -> Checks.notBlank(r, "rationale"));
    }

    /** Competence and the Fraser criteria; never the rationale. */
    @Override
    public String toString() {
        return "ChildConsentBasis{gillickCompetent=" + gillickCompetent()
                + (fraserApplies() ? ", fraserCriteriaMet=" + fraserCriteriaMet() : "")
                + (rationale().isPresent() ? ", rationale recorded" : "") + "}";
    }
}
