package dev.safeguarding.model.need;

/**
 * The eighteen circumstances the guidance lists as "an indicator guide of the type of circumstances
 * which would lead to a S47 assessment", in its order and with its wording. "These examples are
 * intended as a guide and is not an exhaustive list": a practitioner's concern that is not listed is
 * still a concern.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Section 47,
 * Children Act 1989: Child Protection enquiries".
 */
public enum Section47Indicator {

    /** "Any allegation of abuse or neglect or any suspicious injury in a pre- or non-mobile child." */
    PRE_OR_NON_MOBILE_CHILD_ABUSE_OR_INJURY("Any allegation of abuse or neglect or any suspicious injury in a pre- or non-mobile child."),

    /** "Allegations or suspicions about a serious injury / sexual abuse to a child." */
    SERIOUS_INJURY_OR_SEXUAL_ABUSE("Allegations or suspicions about a serious injury / sexual abuse to a child."),

    /** "Unexplained injuries or bruising in pre-mobile or non-verbal babies or young children (including disabled children)." */
    UNEXPLAINED_INJURY_PRE_MOBILE_OR_NON_VERBAL("Unexplained injuries or bruising in pre-mobile or non-verbal babies or young children (including disabled children)."),

    /** "Inconsistent explanations or an admission about a clear non-accidental injury." */
    NON_ACCIDENTAL_INJURY_EXPLANATION_OR_ADMISSION("Inconsistent explanations or an admission about a clear non-accidental injury."),

    /** "Repeated allegations or reasonable suspicions of non-accidental injury." */
    REPEATED_NON_ACCIDENTAL_INJURY("Repeated allegations or reasonable suspicions of non-accidental injury."),

    /** "A child being traumatised injured or neglected as a result of domestic violence." */
    DOMESTIC_VIOLENCE_HARM("A child being traumatised injured or neglected as a result of domestic violence."),

    /** "Repeated allegations involving serious verbal threats and / or emotional abuse." */
    REPEATED_THREATS_OR_EMOTIONAL_ABUSE("Repeated allegations involving serious verbal threats and / or emotional abuse."),

    /** "Allegations / reasonable suspicions of serious neglect." */
    SERIOUS_NEGLECT("Allegations / reasonable suspicions of serious neglect."),

    /** "Medical referral of non-organic failure to thrive in under-fives." */
    NON_ORGANIC_FAILURE_TO_THRIVE("Medical referral of non-organic failure to thrive in under-fives."),

    /** "Direct allegation of sexual abuse made by child or abuser's confession to such abuse." */
    DIRECT_ALLEGATION_OR_CONFESSION_OF_SEXUAL_ABUSE("Direct allegation of sexual abuse made by child or abuser's confession to such abuse."),

    /** "Any allegation suggesting connections between sexually abused children in different families or more than one abuser." */
    CONNECTED_SEXUAL_ABUSE("Any allegation suggesting connections between sexually abused children in different families or more than one abuser."),

    /** "An individual (adult or child) posing a risk to children." */
    INDIVIDUAL_POSING_RISK("An individual (adult or child) posing a risk to children."),

    /** "Any suspicious injury or allegation involving a child subject of a current child protection plan or looked after by a local authority." */
    CHILD_ON_PLAN_OR_LOOKED_AFTER("Any suspicious injury or allegation involving a child subject of a current child protection plan or looked after by a local authority."),

    /** "No available parent and child vulnerable to significant harm (e.g. an abandoned baby)." */
    NO_AVAILABLE_PARENT("No available parent and child vulnerable to significant harm (e.g. an abandoned baby)."),

    /** "Suspicion that child has suffered or is at risk of significant harm due to fabricated or induced illness." */
    FABRICATED_OR_INDUCED_ILLNESS("Suspicion that child has suffered or is at risk of significant harm due to fabricated or induced illness."),

    /** "A child at risk of significant harm due to exploitation or trafficking." */
    EXPLOITATION_OR_TRAFFICKING("A child at risk of significant harm due to exploitation or trafficking."),

    /** "Pregnancy in a child aged under 13." */
    PREGNANCY_UNDER_13("Pregnancy in a child aged under 13."),

    /** "A child at risk of FGM, honour based violence or forced marriage." */
    FGM_HONOUR_BASED_VIOLENCE_OR_FORCED_MARRIAGE("A child at risk of FGM, honour based violence or forced marriage.");

    private final String label;

    Section47Indicator(String label) {
        this.label = label;
    }

    /** The indicator as the guidance words it. */
    public String label() {
        return label;
    }
}
