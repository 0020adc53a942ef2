package dev.safeguarding.census;

import dev.safeguarding.model.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;

/**
 * A collection year of the Children in Need census, from 2022 to 2023 to 2026 to 2027: the axis along
 * which the census changes each autumn (code lists gain or lose codes, items such as {@code <Sex>} and
 * {@code <PreProceedingsandFGDM>} appear).
 *
 * <p>Each year's census period runs from 1 April to the reference date, 31 March of the following year
 * (the validator's {@code make_census_period}: {@code collection_start = ReferenceDate − 1 year + 1 day},
 * {@code collection_end = ReferenceDate}). The years are those of the reference validator's rule sets
 * ({@code cin2022_23} … {@code cin2025_26}) and the DfE's published specifications for 2025 to 2026 and
 * 2026 to 2027.
 *
 * <p>Sources: DfE, <i>Children in need census 2025 to 2026: business and technical specification</i>
 * and the 2026 to 2027 edition (gov.uk); S1 {@code csc-validator-be-cin}, {@code cin_validator/rules/}
 * and {@code utils.py} ({@code make_census_period}).
 */
public enum CollectionYear {

    /** The 2022 to 2023 collection: census period 1 April 2022 to 31 March 2023 (validator rule set {@code cin2022_23}). */
    CIN_2022_23(2022),

    /** The 2023 to 2024 collection: census period 1 April 2023 to 31 March 2024 (rule set {@code cin2023_24}). */
    CIN_2023_24(2023),

    /**
     * The 2024 to 2025 collection: census period 1 April 2024 to 31 March 2025 (rule set {@code cin2024_25});
     * {@code <Sex>} (N00783) replaces {@code <GenderCurrent>} (N00007).
     */
    CIN_2024_25(2024),

    /** The 2025 to 2026 collection: census period 1 April 2025 to 31 March 2026 (rule set {@code cin2025_26}). */
    CIN_2025_26(2025),

    /**
     * The 2026 to 2027 collection: census period 1 April 2026 to 31 March 2027; adds the
     * {@code <PreProceedingsandFGDM>} block (the validator's ingress, commit {@code 5eb2c55}).
     */
    CIN_2026_27(2026);

    private final int startYear;

    CollectionYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * The collection year whose census period starts on 1 April of {@code startYear}, for example
     * {@code of(2025)} is {@link #CIN_2025_26}.
     *
     * @throws InvalidValueException if the library has no such collection year
     */
    public static CollectionYear of(int startYear) {
        for (CollectionYear year : values()) {
            if (year.startYear == startYear) {
                return year;
            }
        }
        throw new InvalidValueException("startYear", "must be a collection year from " + first().startYear
                + " to " + last().startYear);
    }

    /**
     * The collection year whose reference date is {@code referenceDate} (31 March), if the library
     * knows it: {@code 2026-03-31} gives {@link #CIN_2025_26}.
     */
    public static Optional<CollectionYear> forReferenceDate(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        for (CollectionYear year : values()) {
            if (year.referenceDate().equals(referenceDate)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** The collection year whose census period contains {@code date}, if the library knows it. */
    public static Optional<CollectionYear> containing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (CollectionYear year : values()) {
            if (year.contains(date)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** The earliest collection year the library knows: 2022 to 2023. */
    public static CollectionYear first() {
        return CIN_2022_23;
    }

    /** The latest collection year the library knows: 2026 to 2027. */
    public static CollectionYear last() {
        return CIN_2026_27;
    }

    /** The calendar year in which the census period starts (2025 for 2025 to 2026). */
    public int startYear() {
        return startYear;
    }

    /** The first day of the census period: 1 April of the start year. */
    public LocalDate censusStart() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** The reference date ({@code <ReferenceDate>}, N00603), the last day of the census period: 31 March. */
    public LocalDate referenceDate() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** Whether {@code date} falls in the census period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(censusStart()) && !date.isAfter(referenceDate());
    }

    /** The year before this one, if the library knows it. */
    public Optional<CollectionYear> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The year after this one, if the library knows it. */
    public Optional<CollectionYear> next() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /**
     * Whether the child's sex is returned as {@code <Sex>} (M, F, U; 2024 to 2025 on) rather than
     * {@code <GenderCurrent>} (1, 2, 0, 9; to 2023 to 2024). Source: S1 {@code cin2024_25/rule_4180.py};
     * the 2024-25 specification ("New data item &lt;Sex&gt; (N00783) replaces &lt;Gender&gt; (N00007)").
     */
    public boolean returnsSex() {
        return startYear >= 2024;
    }

    /**
     * Whether the {@code <PreProceedingsandFGDM>} block is collected (2026 to 2027 on). Source: S1
     * {@code ingress.py}, commit {@code 5eb2c55} "adds ingress for pre proceedings xml block".
     */
    public boolean collectsPreProceedings() {
        return startYear >= 2026;
    }

    /** {@code 2025-26}, as the DfE names the collection. */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** The label, {@code 2025-26}. */
    @Override
    public String toString() {
        return label();
    }
}
