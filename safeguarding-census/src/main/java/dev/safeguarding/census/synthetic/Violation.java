package dev.safeguarding.census.synthetic;

/**
 * A breach of a census rule that {@link SyntheticCensus#planting(Violation, int...)} can plant in chosen
 * children of an otherwise valid synthetic return, so that a validator's tests (the library's own, or a
 * vendor's) can check that the rule finds exactly those children.
 *
 * <p>Each constant names the reference validator's rule it breaks ({@link #rule()}), with the rule's
 * message where S1 states it. Source: S1 {@code csc-validator-be-cin},
 * {@code cin_validator/rules/cin2022_23…cin2025_26/rule_*.py}, as summarised in {@code
 * docs/national-data-standards.md}; which rule each planted breach trips is the library's reading of those
 * messages.
 */
public enum Violation {

    /** Rule 1103: "The assessment start date cannot be before the referral date". */
    ASSESSMENT_STARTS_BEFORE_REFERRAL("1103"),

    /** Rule 8608: "Assessment Start Date cannot be later than its End Date" (authorised the day before it started). */
    ASSESSMENT_AUTHORISED_BEFORE_IT_STARTS("8608"),

    /**
     * Rule 8615: "Section 47 Enquiry Start Date must be present and cannot be later than the date of the
     * initial Child Protection Conference" (the enquiry starts the day after the conference).
     */
    CONFERENCE_BEFORE_SECTION_47("8615"),

    /** Rule 8841: "The review date cannot be on the same day or before the Child protection Plan start date." */
    REVIEW_ON_THE_PLANS_START_DAY("8841"),

    /** Rule 8840: "Child Protection Plan cannot start and end on the same day". */
    PLAN_ENDS_ON_ITS_START_DAY("8840"),

    /**
     * Rule 2885: "Child protection plan shown as starting a different day to the initial child protection
     * conference." (the plan starts the day after).
     */
    PLAN_STARTS_AWAY_FROM_THE_CONFERENCE("2885"),

    /** Rule 8875: "The Date of Initial Child Protection Conference cannot be a weekend" (a Saturday). */
    CONFERENCE_ON_A_WEEKEND("8875"),

    /** Rule 8870Q: "{@code <InitialCPCtarget>} (N00109) should not be a Saturday, Sunday" (a Sunday). */
    CONFERENCE_TARGET_ON_A_WEEKEND("8870Q"),

    /** Rule 8869: factor {@code 21} ("No factors identified") used with another factor. */
    NO_FACTORS_WITH_OTHER_FACTORS("8869"),

    /** Rule 8898: the same factor twice at one assessment. */
    DUPLICATE_FACTOR("8898"),

    /** Rule 8614: factors identified at an assessment that is not authorised. */
    FACTORS_AT_AN_UNAUTHORISED_ASSESSMENT("8614"),

    /**
     * Rule 8670Q: an assessment without an authorisation date started more than 45 working days before the
     * reference date ("Assessment started more than 45 working days before the end of the census year.
     * However, there is no Assessment end date.").
     */
    OPEN_ASSESSMENT_STARTED_LONG_BEFORE_THE_REFERENCE_DATE("8670Q"),

    /** Rule 8790: {@code NONE} with another disability code. */
    NO_DISABILITY_WITH_A_DISABILITY("8790"),

    /** Rule 8794: the same disability code twice. */
    DUPLICATE_DISABILITY("8794"),

    /** Rule 8525Q: both {@code <PersonBirthDate>} and {@code <ExpectedPersonBirthDate>} ("one or the other, not both"). */
    BIRTH_DATE_AND_EXPECTED_BIRTH_DATE("8525Q"),

    /** Rule 1570: an {@code LAchildID} longer than 20 characters. */
    LA_CHILD_ID_TOO_LONG("1570"),

    /** Rule 1580: an {@code LAchildID} with a character that is not a letter or digit. */
    LA_CHILD_ID_NOT_ALPHANUMERIC("1580"),

    /** Rule 8820: two CIN episodes of the child overlap (both open, the second referred after the first). */
    OVERLAPPING_EPISODES("8820"),

    /** Rule 8866: the referral source missing. */
    REFERRAL_SOURCE_MISSING("8866");

    private final String rule;

    Violation(String rule) {
        this.rule = rule;
    }

    /** The reference validator's rule code, for example {@code 8670Q} (a query) or {@code 1103} (an error). */
    public String rule() {
        return rule;
    }
}
