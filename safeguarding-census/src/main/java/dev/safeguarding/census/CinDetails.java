package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One episode of need, {@code <CINdetails>}: the referral ({@code <CINreferralDate>} N00100,
 * {@code <ReferralSource>} N00152), {@code <PrimaryNeedCode>} (N00101), closure ({@code <CINclosureDate>},
 * {@code <ReasonForClosure>}), {@code <DateOfInitialCPC>} (N00110), then the episode's
 * {@code <Assessments>}, {@code <CINPlanDates>}, {@code <Section47>} enquiries, {@code <ReferralNFA>}
 * (N00112, yes/no), {@code <ChildProtectionPlans>} and, from 2026-27, {@code <PreProceedingsandFGDM>}.
 *
 * <p>The XML has no identifiers for episodes or their parts: the reference validator numbers them from
 * 1 within their parent ("imitate DfE generator"), as the reader's paths do ({@code CINdetails[1]}).
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code cindetailstype} (element order); S1
 * {@code ingress.py} and its 2026 sample file (the pre-proceedings block, after the plans).
 */
@Value.Immutable
@CensusStyle
public abstract class CinDetails {

    /** {@code <CINreferralDate>} (N00100). */
    public abstract Optional<LocalDate> referralDate();

    /** {@code <ReferralSource>} (N00152). */
    public abstract Optional<ReferralSource> referralSource();

    /** {@code <PrimaryNeedCode>} (N00101). */
    public abstract Optional<PrimaryNeed> primaryNeed();

    /** {@code <CINclosureDate>}. */
    public abstract Optional<LocalDate> closureDate();

    /** {@code <ReasonForClosure>}. */
    public abstract Optional<ReasonForClosure> reasonForClosure();

    /** {@code <DateOfInitialCPC>} (N00110) of the episode. */
    public abstract Optional<LocalDate> dateOfInitialCpc();

    /** {@code <Assessments>}, in file order. */
    public abstract List<Assessment> assessments();

    /** {@code <CINPlanDates>}, in file order. */
    public abstract List<CinPlan> cinPlans();

    /** {@code <Section47>} enquiries, in file order. */
    public abstract List<Section47> section47s();

    /** {@code <ReferralNFA>} (N00112): whether the referral led to no further action. */
    public abstract Optional<Boolean> referralNfa();

    /** {@code <ChildProtectionPlans>}, in file order. */
    public abstract List<ChildProtectionPlan> childProtectionPlans();

    /** {@code <PreProceedingsandFGDM>} (2026-27 on), in file order. */
    public abstract List<PreProceedings> preProceedings();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CinDetails}. */
    public static final class Builder extends ImmutableCinDetails.Builder {
    }

    /** Whether the episode is open: it has no closure date. */
    public boolean isOpen() {
        return closureDate().isEmpty();
    }

    /** The shape of the episode: how many of each block, never a date. */
    @Override
    public String toString() {
        return "CinDetails{open=" + isOpen() + ", assessments=" + assessments().size() + ", cinPlans="
                + cinPlans().size() + ", section47s=" + section47s().size() + ", childProtectionPlans="
                + childProtectionPlans().size() + ", preProceedings=" + preProceedings().size() + "}";
    }
}
