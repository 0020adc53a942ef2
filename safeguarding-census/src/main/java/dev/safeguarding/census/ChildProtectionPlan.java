package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child protection plan of an episode, {@code <ChildProtectionPlans>}: {@code <CPPstartDate>} (1..1),
 * {@code <CPPendDate>}, {@code <InitialCategoryOfAbuse>} (N00113) and {@code <LatestCategoryOfAbuse>}
 * (N00114), {@code <NumberOfPreviousCPP>} (1..1) and the review dates ({@code <Reviews>} with
 * {@code <CPPreviewDate>} 1..*; every one is kept, where the reference validator reads only the first).
 *
 * <p>{@code NumberOfPreviousCPP} is {@code xs:positiveInteger} in S2, which excludes 0; whether 0 is
 * acceptable is for validation (rule 8730). Only a negative count, which means nothing, is rejected at
 * construction.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code childprotectionplanstype}.
 */
@Value.Immutable
@CensusStyle
public abstract class ChildProtectionPlan {

    /** {@code <CPPstartDate>}. */
    public abstract Optional<LocalDate> startDate();

    /** {@code <CPPendDate>}. */
    public abstract Optional<LocalDate> endDate();

    /** {@code <InitialCategoryOfAbuse>} (N00113). */
    public abstract Optional<CategoryOfAbuse> initialCategoryOfAbuse();

    /** {@code <LatestCategoryOfAbuse>} (N00114). */
    public abstract Optional<CategoryOfAbuse> latestCategoryOfAbuse();

    /** {@code <NumberOfPreviousCPP>}: how many plans the child had before this one; not negative. */
    public abstract Optional<Integer> numberOfPreviousCpp();

    /** {@code <CPPreviewDate>} within {@code <Reviews>}, in file order. */
    public abstract List<LocalDate> reviewDates();

    /**
     * Whether the plan has a {@code <Reviews>} group that holds no review date: no {@code <CPPreviewDate>} in
     * it, or only empty ones or ones that are not dates (the reader reads those as no date, and reports one that
     * is not a date). Rule 8842Q queries such a group. Only for a plan with no {@link #reviewDates()}; false by
     * default.
     */
    @Value.Default
    public boolean reviewsWithoutDate() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ChildProtectionPlan}; a negative {@code numberOfPreviousCpp} is rejected, and so is
     * {@code reviewsWithoutDate} with review dates.
     */
    public static final class Builder extends ImmutableChildProtectionPlan.Builder {
    }

    @Value.Check
    void check() {
        Require.notNegative(numberOfPreviousCpp(), "numberOfPreviousCpp");
        Require.that(!reviewsWithoutDate() || reviewDates().isEmpty(), "reviewsWithoutDate",
                "must be false when the plan has review dates");
    }

    @Override
    public String toString() {
        return "ChildProtectionPlan{open=" + endDate().isEmpty() + ", reviews=" + reviewDates().size()
                + (reviewsWithoutDate() ? ", reviewsWithoutDate" : "") + "}";
    }
}
