package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The child's gender as returned to 2023 to 2024, {@code <GenderCurrent>} (N00007); replaced by
 * {@link Sex} from 2024 to 2025.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code gendertype}; the 2024-25 specification (as
 * summarised, P3): "New data item &lt;Sex&gt; (N00783) replaces &lt;Gender&gt; (N00007)". Valid in 2022-23
 * and 2023-24 only.
 */
public enum Gender implements CensusCode {

    /**
     * {@code 1}: Male
     */
    MALE("1", "Male", Codes.until(CollectionYear.CIN_2023_24)),

    /**
     * {@code 2}: Female
     */
    FEMALE("2", "Female", Codes.until(CollectionYear.CIN_2023_24)),

    /**
     * {@code 0}: Not recorded or unborn
     */
    NOT_RECORDED_OR_UNBORN("0", "Not recorded or unborn", Codes.until(CollectionYear.CIN_2023_24)),

    /**
     * {@code 9}: Indeterminate
     */
    INDETERMINATE("9", "Indeterminate", Codes.until(CollectionYear.CIN_2023_24));

    private static final Map<String, Gender> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    Gender(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<Gender> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <GenderCurrent>}. */
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
