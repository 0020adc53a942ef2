package dev.safeguarding.model.need;

import java.util.List;

/**
 * The three bands of the "Responses to Need" column of the shared-language table, with the
 * "Resources to Support Presenting Needs" the table gives for each.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Establishing a
 * Shared Language", table "Language we may use to Describe Need".
 */
public enum ResponseBand {

    /** Universal services, and self-help, information, advice and guidance. */
    UNIVERSAL("Universal and Self-Help & Information Advice & Guidance",
            "Universal: Services provided routinely and available to all children & families by schools,"
                    + " nurseries, 0-19 Healthy Child Programme, midwifery, GP and Voluntary and Community"
                    + " Organisations. Services are the foundation support for families and will often"
                    + " continue to be involved with families at every level of need. Self-Help &"
                    + " Information Advice & Guidance: Where children, young people and families –"
                    + " including unborn babies / pregnancy – can get useful advice and guidance that"
                    + " assists them with finding solutions to situations without requiring referrals to"
                    + " other services.",
            List.of("Norfolk Community Directory", "Just One Norfolk", "Family Information Service",
                    "Family Hubs", "NSCP Website"), Pathway.UNIVERSAL_SERVICES),

    /** Early help. */
    EARLY_HELP("Early Help",
            "Early Help: Consider starting an Early Help Assessment & Plan or making a request for a"
                    + " consultation with an Early Help Advisor. Requests for Early Help advice can be"
                    + " completed by families or professionals on behalf of a family with consent. Families"
                    + " can also access this pathway if they go to a family hub site or ask a professional"
                    + " in the community for more support.",
            List.of("Early Help"), Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN),

    /** The Children's Advice &amp; Duty Service. */
    CADS("Children's Advice & Duty Service",
            "Children's Advice & Duty Service: CADS is a team of Consultant Social Workers who have had"
                    + " specialist training to coach and empower workers to respond to situations where"
                    + " there are worries about child's welfare. The aim is to get the right support to"
                    + " children and families first time.",
            List.of("CADS Phone: 0344 800 8021"), Pathway.CADS_CONSULTATION);

    private final String label;
    private final String description;
    private final List<String> resources;
    private final Pathway pathway;

    ResponseBand(String label, String description, List<String> resources, Pathway pathway) {
        this.label = label;
        this.description = description;
        this.resources = resources;
        this.pathway = pathway;
    }

    /** The band's name. */
    public String label() {
        return label;
    }

    /** The table's "Responses to Need" text for the band. */
    public String description() {
        return description;
    }

    /**
     * The pathway the band's text names first: universal services for the universal band ("Services
     * provided routinely and available to all"), an Early Help Assessment and Plan for the early-help band
     * ("Consider starting an Early Help Assessment &amp; Plan"), a consultation with CADS for the CADS band.
     * The Norfolk threshold profile answers each level with its band's pathway, so the table, the levels and
     * the threshold guide give one answer for one level.
     */
    public Pathway pathway() {
        return pathway;
    }

    /** The table's "Resources to Support Presenting Needs" for the band, in its order; unmodifiable. */
    public List<String> resources() {
        return resources;
    }
}
