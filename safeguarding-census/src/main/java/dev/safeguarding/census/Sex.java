package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The child's sex, {@code <Sex>} (N00783), returned from 2024 to 2025 in place of {@link Gender}.
 *
 * <p>Source: S1 {@code cin2024_25/rule_4180.py}, "Sex must be provided and equal M, F, or U"; rule 8750,
 * "Sex must equal U for an unborn child"; the 2024-25 specification (as summarised, P3): "'F,' 'M,' and
 * 'U' per CBDS change in RFC 1233". The sources give the codes only: the labels are the library's
 * reading of the letters (M male, F female, U the code rule 8750 requires for an unborn child).
 */
public enum Sex implements CensusCode {

    /**
     * {@code M}: Male (the library's reading of the letter).
     */
    MALE("M", "Male", Codes.from(CollectionYear.CIN_2024_25)),

    /**
     * {@code F}: Female (the library's reading of the letter).
     */
    FEMALE("F", "Female", Codes.from(CollectionYear.CIN_2024_25)),

    /**
     * {@code U}: Unknown (the library's reading of the letter; rule 8750: "Sex must equal U for an unborn
     * child").
     */
    UNKNOWN("U", "Unknown", Codes.from(CollectionYear.CIN_2024_25));

    private static final Map<String, Sex> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    Sex(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<Sex> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <Sex>}. */
    @Override
    public String code() {
        return code;
    }

    /** The label, verbatim from the source named on the type. */
    public String label() {
        return label;
    }

    @Override
    public Set<CollectionYear> collectionYears() {
        return collectionYears;
    }
}
