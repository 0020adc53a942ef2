package dev.safeguarding.model.calendar;

import java.util.Optional;

/**
 * The three divisions of the United Kingdom that have their own bank holidays, as gov.uk names them
 * in its bank-holidays file ({@code https://www.gov.uk/bank-holidays.json}). Where a division is not
 * named, the library means {@link #ENGLAND_AND_WALES}: the guidance it implements is for England.
 *
 * <p>Source: the library's notes {@code docs/bank-holidays.md}.
 */
public enum UkDivision {

    /** England and Wales: the default division. */
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),

    /** Scotland. */
    SCOTLAND("scotland", "Scotland"),

    /** Northern Ireland. */
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String govUkKey;
    private final String label;

    UkDivision(String govUkKey, String label) {
        this.govUkKey = govUkKey;
        this.label = label;
    }

    /** The division's key in the gov.uk bank-holidays file ({@code england-and-wales}). */
    public String govUkKey() {
        return govUkKey;
    }

    /** The division's name ("England and Wales"). */
    public String label() {
        return label;
    }

    /** The division whose gov.uk key is {@code key}, or empty; the comparison is exact. */
    public static Optional<UkDivision> fromGovUkKey(String key) {
        for (UkDivision division : values()) {
            if (division.govUkKey.equals(key)) {
                return Optional.of(division);
            }
        }
        return Optional.empty();
    }

    /** The division meant where none is named: {@link #ENGLAND_AND_WALES}. */
    public static UkDivision defaultDivision() {
        return ENGLAND_AND_WALES;
    }
}
