package dev.safeguarding.census;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A factor identified at the end of an assessment, {@code <AssessmentFactors>} within
 * {@code <FactorsIdentifiedAtAssessment>}.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code assessmentfactorstype} (42 codes, labels
 * verbatim); the historical {@code 18A} and {@code 19A} from S2's 2017 to 2020 schemas, replaced by
 * {@code 18B 18C 19B 19C} from the 2021 schema and queried by the validator's 2024-25 rules 8945Q and
 * 8950Q ("the assessment factors code '18A' should not be used ('18B' or '18C' should be used
 * instead)"). The DfE's own guide: <i>CIN additional guide on the factors identified at the end of
 * assessment</i> (linked from the CSC API schema, S4). The validator has no rule rejecting an unknown
 * factor code: validity rests on the schema.
 *
 * <p>Valid in every collection year the library knows (2022-23 to 2026-27) unless a constant says
 * otherwise: the validator's 2022-23 to 2025-26 rule sets accept the same list, and the 2026-27 list was
 * not found, so the library's reading carries the 2025-26 list forward. The historical 18A and 19A are valid in none of them, but are recognised when read
 * so that the queries can name them.
 */
public enum AssessmentFactor implements CensusCode {

    /**
     * {@code 1A}: Alcohol misuse: concerns about alcohol misuse by the child
     */
    ALCOHOL_MISUSE_CHILD("1A", "Alcohol misuse: concerns about alcohol misuse by the child", Codes.allYears()),

    /**
     * {@code 1B}: Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)
     */
    ALCOHOL_MISUSE_PARENT("1B", "Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)", Codes.allYears()),

    /**
     * {@code 1C}: Alcohol misuse: concerns about alcohol misuse by another person living in the household
     */
    ALCOHOL_MISUSE_OTHER("1C", "Alcohol misuse: concerns about alcohol misuse by another person living in the household", Codes.allYears()),

    /**
     * {@code 2A}: Drug misuse: concerns about drug misuse by the child
     */
    DRUG_MISUSE_CHILD("2A", "Drug misuse: concerns about drug misuse by the child", Codes.allYears()),

    /**
     * {@code 2B}: Drug misuse: concerns about drug misuse by the parent(s)/carer(s)
     */
    DRUG_MISUSE_PARENT("2B", "Drug misuse: concerns about drug misuse by the parent(s)/carer(s)", Codes.allYears()),

    /**
     * {@code 2C}: Drug misuse: concerns about drug misuse by another person living in the household
     */
    DRUG_MISUSE_OTHER("2C", "Drug misuse: concerns about drug misuse by another person living in the household", Codes.allYears()),

    /**
     * {@code 3A}: Domestic violence: concerns about the child being the subject of domestic violence SSD
     * wording (S6) says "Domestic abuse".
     */
    DOMESTIC_VIOLENCE_CHILD("3A", "Domestic violence: concerns about the child being the subject of domestic violence", Codes.allYears()),

    /**
     * {@code 3B}: Domestic violence: concerns about the child’s parent(s)/carer(s) being the subject of
     * domestic violence SSD wording (S6) says "Domestic abuse".
     */
    DOMESTIC_VIOLENCE_PARENT("3B", "Domestic violence: concerns about the child’s parent(s)/carer(s) being the subject of domestic violence", Codes.allYears()),

    /**
     * {@code 3C}: Domestic violence: concerns about another person living in the household being the
     * subject of domestic violence SSD wording (S6) says "Domestic abuse".
     */
    DOMESTIC_VIOLENCE_OTHER("3C", "Domestic violence: concerns about another person living in the household being the subject of domestic violence", Codes.allYears()),

    /**
     * {@code 4A}: Mental health: concerns about the mental health of the child
     */
    MENTAL_HEALTH_CHILD("4A", "Mental health: concerns about the mental health of the child", Codes.allYears()),

    /**
     * {@code 4B}: Mental health: concerns about the mental health of the parent(s)/carer(s)
     */
    MENTAL_HEALTH_PARENT("4B", "Mental health: concerns about the mental health of the parent(s)/carer(s)", Codes.allYears()),

    /**
     * {@code 4C}: Mental health: concerns about the mental health of another person in the
     * family/household
     */
    MENTAL_HEALTH_OTHER("4C", "Mental health: concerns about the mental health of another person in the family/household", Codes.allYears()),

    /**
     * {@code 5A}: Learning disability: concerns about the child’s learning disability
     */
    LEARNING_DISABILITY_CHILD("5A", "Learning disability: concerns about the child’s learning disability", Codes.allYears()),

    /**
     * {@code 5B}: Learning disability: concerns about the parent(s)/carer(s) learning disability
     */
    LEARNING_DISABILITY_PARENT("5B", "Learning disability: concerns about the parent(s)/carer(s) learning disability", Codes.allYears()),

    /**
     * {@code 5C}: Learning disability: concerns about another person in the family/household’s learning
     * disability
     */
    LEARNING_DISABILITY_OTHER("5C", "Learning disability: concerns about another person in the family/household’s learning disability", Codes.allYears()),

    /**
     * {@code 6A}: Physical disability or illness: concerns about a physical disability or illness of the
     * child
     */
    PHYSICAL_DISABILITY_OR_ILLNESS_CHILD("6A", "Physical disability or illness: concerns about a physical disability or illness of the child", Codes.allYears()),

    /**
     * {@code 6B}: Physical disability or illness: concerns about a physical disability or illness of the
     * parent(s)/carer(s)
     */
    PHYSICAL_DISABILITY_OR_ILLNESS_PARENT("6B", "Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)", Codes.allYears()),

    /**
     * {@code 6C}: Physical disability or illness: concerns about a physical disability or illness of
     * another person in the family/household
     */
    PHYSICAL_DISABILITY_OR_ILLNESS_OTHER("6C", "Physical disability or illness: concerns about a physical disability or illness of another person in the family/household", Codes.allYears()),

    /**
     * {@code 7A}: Young carer: concerns that services may be required or the child’s health or development
     * may be impaired due to their caring responsibilities
     */
    YOUNG_CARER("7A", "Young carer: concerns that services may be required or the child’s health or development may be impaired due to their caring responsibilities", Codes.allYears()),

    /**
     * {@code 8B}: Privately fostered: concerns that services may be required or the child may be at risk
     * as a privately fostered child - overseas children who intend to return
     */
    PRIVATELY_FOSTERED_OVERSEAS_RETURN("8B", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return", Codes.allYears()),

    /**
     * {@code 8C}: Privately fostered: concerns that services may be required or the child may be at risk
     * as a privately fostered child - overseas children who intend to stay
     */
    PRIVATELY_FOSTERED_OVERSEAS_STAY("8C", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay", Codes.allYears()),

    /**
     * {@code 8D}: Privately fostered: concerns that services may be required or the child may be at risk
     * as a privately fostered child - UK children in educational placements
     */
    PRIVATELY_FOSTERED_UK_EDUCATIONAL("8D", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements", Codes.allYears()),

    /**
     * {@code 8E}: Privately fostered: concerns that services may be required or the child may be at risk
     * as a privately fostered child - UK children making alternative family arrangements
     */
    PRIVATELY_FOSTERED_UK_FAMILY_ARRANGEMENTS("8E", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements", Codes.allYears()),

    /**
     * {@code 8F}: Privately fostered: concerns that services may be required or the child may be at risk
     * as a privately fostered child - other
     */
    PRIVATELY_FOSTERED_OTHER("8F", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other", Codes.allYears()),

    /**
     * {@code 9A}: UASC: concerns that services may be required or the child may be at risk of harm as an
     * unaccompanied asylum-seeking child
     */
    UNACCOMPANIED_ASYLUM_SEEKING_CHILD("9A", "UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child", Codes.allYears()),

    /**
     * {@code 10A}: Missing: concerns that services may be required or the child may be at risk of harm due
     * to going/being missing
     */
    MISSING("10A", "Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing", Codes.allYears()),

    /**
     * {@code 11A}: Child sexual exploitation: concerns that services may be required or the child may be
     * at risk of harm due to child sexual exploitation
     */
    CHILD_SEXUAL_EXPLOITATION("11A", "Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation", Codes.allYears()),

    /**
     * {@code 12A}: Trafficking: concerns that services may be required or the child may be at risk of harm
     * due to trafficking
     */
    TRAFFICKING("12A", "Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking", Codes.allYears()),

    /**
     * {@code 13A}: Gangs: concerns that services may be required or the child may be at risk of harm
     * because of involvement in/with gangs
     */
    GANGS("13A", "Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs", Codes.allYears()),

    /**
     * {@code 14A}: Socially unacceptable behaviour: concerns that services may be required or the child
     * may be at risk due to their socially unacceptable behaviour
     */
    SOCIALLY_UNACCEPTABLE_BEHAVIOUR("14A", "Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour", Codes.allYears()),

    /**
     * {@code 15A}: Self-harm: concerns that services may be required or due to suspected/actual self-
     * harming child may be at risk of harm
     */
    SELF_HARM("15A", "Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm", Codes.allYears()),

    /**
     * {@code 16A}: Abuse or neglect – ‘NEGLECT’: concerns that services may be required or the child may
     * be suffering or likely to suffer significant harm due to abuse or neglect
     */
    NEGLECT("16A", "Abuse or neglect – ‘NEGLECT’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect", Codes.allYears()),

    /**
     * {@code 17A}: Abuse or neglect – ‘EMOTIONAL ABUSE’: concerns that services may be required or the
     * child may be suffering or likely to suffer significant harm due to abuse or neglect
     */
    EMOTIONAL_ABUSE("17A", "Abuse or neglect – ‘EMOTIONAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect", Codes.allYears()),

    /**
     * {@code 18A}: Abuse or neglect – ‘PHYSICAL ABUSE’: concerns that services may be required or the
     * child may be suffering or likely to suffer significant harm due to abuse or neglect. Historical (S2
     * 2017 to 2020 schemas): replaced by 18B and 18C; rule 8945Q queries it.
     */
    PHYSICAL_ABUSE("18A", "Abuse or neglect – ‘PHYSICAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect.", Codes.noYears()),

    /**
     * {@code 18B}: Abuse or neglect – ‘PHYSICAL ABUSE’ (child on child): concerns that services may be
     * required or the child may be suffering or likely to suffer significant harm due to abuse or neglect
     * by another child
     */
    PHYSICAL_ABUSE_CHILD_ON_CHILD("18B", "Abuse or neglect – ‘PHYSICAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child", Codes.allYears()),

    /**
     * {@code 18C}: Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be
     * required or the child may be suffering or likely to suffer significant harm due to abuse or neglect
     * by an adult
     */
    PHYSICAL_ABUSE_ADULT_ON_CHILD("18C", "Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult", Codes.allYears()),

    /**
     * {@code 19A}: Abuse or neglect – ‘SEXUAL ABUSE’: concerns that services may be required or the child
     * may be suffering or likely to suffer significant harm due to abuse or neglect. Historical (S2 2017
     * to 2020 schemas): replaced by 19B and 19C; rule 8950Q queries it.
     */
    SEXUAL_ABUSE("19A", "Abuse or neglect – ‘SEXUAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect.", Codes.noYears()),

    /**
     * {@code 19B}: Abuse or neglect – ‘SEXUAL ABUSE’ (child on child): concerns that services may be
     * required or the child may be suffering or likely to suffer significant harm due to abuse or neglect
     * by another child
     */
    SEXUAL_ABUSE_CHILD_ON_CHILD("19B", "Abuse or neglect – ‘SEXUAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child", Codes.allYears()),

    /**
     * {@code 19C}: Abuse or neglect – ‘SEXUAL ABUSE’ (adult on child): concerns that services may be
     * required or the child may be suffering or likely to suffer significant harm due to abuse or neglect
     * by an adult
     */
    SEXUAL_ABUSE_ADULT_ON_CHILD("19C", "Abuse or neglect – ‘SEXUAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult", Codes.allYears()),

    /**
     * {@code 20}: Other
     */
    OTHER("20", "Other", Codes.allYears()),

    /**
     * {@code 21}: No factors identified - only use this if there is no evidence of any of the factors
     * above and no further action is being taken SSD wording (S6): "No factors identified - only use this
     * code if there is no evidence of any of the factors listed above or below and no further action is
     * being taken". Rule 8869: "21" alone.
     */
    NO_FACTORS_IDENTIFIED("21", "No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken", Codes.allYears()),

    /**
     * {@code 22A}: Female genital mutilation (FGM) - concerns that services may be required or the child
     * may be at risk due to female genital mutilation
     */
    FEMALE_GENITAL_MUTILATION("22A", "Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation", Codes.allYears()),

    /**
     * {@code 23A}: Abuse linked to faith or belief - concerns that services may be required or the child
     * may be at risk due to abuse linked to faith or belief
     */
    ABUSE_LINKED_TO_FAITH_OR_BELIEF("23A", "Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief", Codes.allYears()),

    /**
     * {@code 24A}: Child criminal exploitation: concerns that services may be required or the child may be
     * at risk of harm due to child criminal exploitation Added in the S2 2022 schema.
     */
    CHILD_CRIMINAL_EXPLOITATION("24A", "Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation", Codes.allYears());

    private static final Map<String, AssessmentFactor> BY_CODE = Codes.index(values());

    private final String code;
    private final String label;
    private final Set<CollectionYear> collectionYears;

    AssessmentFactor(String code, String label, Set<CollectionYear> collectionYears) {
        this.code = code;
        this.label = label;
        this.collectionYears = collectionYears;
    }

    /** The constant whose code is {@code code} (exactly as the census XML writes it), if there is one. */
    public static Optional<AssessmentFactor> fromCode(String code) {
        return Codes.lookup(BY_CODE, code);
    }

    /** The code as the census XML carries it in {@code <AssessmentFactors>}. */
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
