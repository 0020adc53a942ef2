package dev.safeguarding.census;

import java.util.Set;

/**
 * A code of one of the census's code lists (referral source, primary need, reason for closure, category
 * of abuse, disability, ethnicity, gender, sex, UPN unknown, assessment factors), with the collection
 * years in which it may be returned. Lists change each autumn, so validity is a property of the code
 * and the year together.
 *
 * <p>Source: DfE, <i>Children in need census 2025 to 2026: business and technical specification</i>;
 * code lists as labelled in S2 ({@code liia-tools}, {@code cin_census/*.xsd}) and accepted by S1's rules.
 */
public interface CensusCode {

    /** The code exactly as the census XML carries it, for example {@code 1A} or {@code RC8}. */
    String code();

    /** The collection years in which the code may be returned; empty for a historical code. */
    Set<CollectionYear> collectionYears();

    /** Whether the code may be returned in {@code year}. */
    default boolean isValidIn(CollectionYear year) {
        return collectionYears().contains(year);
    }
}
