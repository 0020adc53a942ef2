package dev.safeguarding.model.need;

import java.util.List;

/**
 * The responses to need and the pathways to support that the guidance describes, from self-help to
 * an emergency call.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Pathways to
 * Support and Early Help", "The Children's Advice &amp; Duty Service", "Family Help and High Needs
 * (FHHN) Service" and "Section 47 Duty to Investigate".
 */
public enum Pathway {

    /** Self-help and information, advice and guidance. */
    SELF_HELP_AND_ADVICE("Self-Help & Information / Advice & Guidance",
            "There are many resources where children, young people and families can get useful advice"
                    + " and guidance that assists them with finding solutions to situations without"
                    + " requiring referrals to other services."),

    /** Universal services, accessible to all. */
    UNIVERSAL_SERVICES("Universal: Services Accessible to All",
            "Universal Services are provided to all children and their families through community"
                    + " networks such as schools, primary healthcare, leisure services, voluntary and"
                    + " universal groups. Services are the foundation support for families and will often"
                    + " continue to be involved with families at every level of need."),

    /** Early Help Assessment and Plan, in its three {@linkplain #steps() steps}. */
    EARLY_HELP_ASSESSMENT_AND_PLAN("Early Help Assessment & Plan (EHAP)",
            "Undertaking an Early Help Assessment alongside a family helps record their needs, strengths,"
                    + " views and goals, which leads to the making of plan supported by a team around them"
                    + " (Team Around the Family)."),

    /** A consultation with a Consultant Social Worker in the Children's Advice &amp; Duty Service. */
    CADS_CONSULTATION("Consultation with the Children's Advice & Duty Service (CADS)",
            "A direct line for professionals to a Consultant Social Worker within the Children's Advice"
                    + " and Duty Service, who will provide advice, guidance and signposting, identifying the"
                    + " correct services and support for the child or young person, working to the"
                    + " principle of 'never do nothing'."),

    /** A formal referral, through CADS, to a Family Support team. */
    FAMILY_SUPPORT_REFERRAL("Referral to Family Support",
            "The targeted case holding part of the wider early help offer, where a family may require"
                    + " additional support to meet a range of complex and persistent needs and would benefit"
                    + " from the allocation of a case holding Family Practitioner."),

    /** A formal referral, through CADS, to a Family Assessment and Safeguarding Team. */
    FAST_REFERRAL("Referral to FAST (social work assessment)",
            "If a child is at risk or likely risk of harm requiring a statutory Social Work Assessment and"
                    + " potential ongoing allocation to a case holding Social Worker, the referral will be"
                    + " forwarded to one of the Family Assessment and Safeguarding Teams (FAST)."),

    /** A child protection enquiry under section 47 of the Children Act 1989, through CADS and the MASH. */
    SECTION_47_ENQUIRY("Section 47 enquiry, through CADS and the MASH",
            "For cases that are of high concern, as agreed by the social worker and caller, the Children's"
                    + " Advice and Duty Service will undertake further information gathering about the child and"
                    + " their family from relevant agencies and their own multi-agency records, and from this"
                    + " combination of information will make a decision as to whether a referral needs to be"
                    + " made to the FAST (social care) Team local to the child, for a social work assessment."),

    /** An emergency response. */
    EMERGENCY("Emergency: call 999",
            "If you have immediate concerns for a child's safety, you should call 999 for an emergency"
                    + " response.");

    private final String label;
    private final String description;

    Pathway(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The pathway's name. */
    public String label() {
        return label;
    }

    /** The guidance's description of the pathway. */
    public String description() {
        return description;
    }

    /**
     * The steps of the pathway, in order: the three {@link EarlyHelpStep}s for
     * {@link #EARLY_HELP_ASSESSMENT_AND_PLAN}, none for the others.
     */
    public List<EarlyHelpStep> steps() {
        return this == EARLY_HELP_ASSESSMENT_AND_PLAN ? List.of(EarlyHelpStep.values()) : List.of();
    }
}
