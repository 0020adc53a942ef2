package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Why a child has no unique pupil number, {@code <UPNunknown>} (N00135).
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code unknownupntype} (codes only, no labels). Labels:
 * UN1 from S1 rule 8770Q's comment, UN7 from S1 rule 8772's message; UN2 to UN5 carry the children looked
 * after (SSDA903) wording of SSD {@code upn_unknown.yml} (S6), which speaks of a looked-after child; no
 * label for UN6 was found, so {@link #label()} is empty for it.
 *
 * <p>Valid in every collection year the library knows (2022-23 to 2026-27) unless a constant says
 * otherwise: the validator's 2022-23 to 2025-26 rule sets accept the same list, and the 2026-27 list was
 * not found, so the library's reading carries the 2025-26 list forward.
 */
public enum UpnUnknown implements CensusCode {

    /**
     * {@code UN1}: Child is not of school age (S1 rule 8770Q).
     */
    UN1("UN1", "Child is not of school age", Codes.allYears()),

    /**
     * {@code UN2}: Child looked-after has never attended a maintained school in England (for example, some
     * unaccompanied asylum-seeking children (UASC)) (SSDA903 wording, S6).
     */
    UN2("UN2", "Child looked-after has never attended a maintained school in England (for example, some unaccompanied asylum-seeking children (UASC))", Codes.allYears()),

    /**
     * {@code UN3}: Child looked-after is educated outside England (SSDA903 wording, S6).
     */
    UN3("UN3", "Child looked-after is educated outside England", Codes.allYears()),

    /**
     * {@code UN4}: Child is newly looked-after (from one week before end of collection period) and the
     * unique pupil number (UPN) was not yet known at the time of the CLA data collection return (SSDA903
     * wording, S6).
     */
    UN4("UN4", "Child is newly looked-after (from one week before end of collection period) and the unique pupil number (UPN) was not yet known at the time of the CLA data collection return", Codes.allYears()),

    /**
     * {@code UN5}: Sources collating unique pupil numbers (UPNs) reflect discrepancy(ies) for the child's
     * name and/or surname and/or date of birth therefore preventing reliable matching (for example,
     * duplicated unique pupil numbers (UPNs)) (SSDA903 wording, S6).
     */
    UN5("UN5", "Sources collating unique pupil numbers (UPNs) reflect discrepancy(ies) for the child's name and/or surname and/or date of birth therefore preventing reliable matching (for example, duplicated unique pupil numbers (UPNs))", Codes.allYears()),

    /**
     * {@code UN6}: no label found in the sources (the label was not found).
     */
    UN6("UN6", null, Codes.allYears()),

    /**
     * {@code UN7}: Referral with no further action (S1 rule 8772).
     */
    UN7("UN7", "Referral with no further action", Codes.allYears());

    private static final Map<String, UpnUnknown> BY_CODE = Codes.index(values());

    private final String code;
    private final @Nullable String label;
    private final Set<CollectionYear> collectionYears;

    UpnUnknown(String code, @Nullable String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<UpnUnknown> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <UPNunknown>}. */
    @Override
    public String code() {
        return code;
    }

    /** The label, where the sources give one (see each constant). */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    @Override
    public Set<CollectionYear> collectionYears() {
        return collectionYears;
    }
}
