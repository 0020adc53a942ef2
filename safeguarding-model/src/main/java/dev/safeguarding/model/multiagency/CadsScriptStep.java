package dev.safeguarding.model.multiagency;

/**
 * The seven steps of the script a Consultant Social Worker in the Children's Advice and Duty Service
 * (CADS) follows in a consultation, in order: a checklist for a {@link CadsConsultation}. CADS "adhere
 * to a script to bring out the caller's concerns as well as identifying resilience and protective
 * factors. The emphasis is as much on advice as it is on duty." The labels quote the guidance.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Children's
 * Advice &amp; Duty Service".
 */
public enum CadsScriptStep {

    /** Step 1: the caller's details and the reason for the call. */
    CALLER_AND_REASON("acquire the caller's details and the reason for the call"),

    /** Step 2: the family's details and the worries. */
    FAMILY_AND_WORRIES("ask for details of the family and a brief description of the worries"),

    /** Step 3: the family's records. */
    EVALUATE_RECORDS("evaluate the family's records in order to understand their journey and any historic or"
            + " current risk"),

    /** Step 4: consent. */
    CLARIFY_CONSENT("clarify consent and explain how it can be obtained and any interim actions to take"),

    /** Step 5: read back and name the problem. */
    NAME_THE_PROBLEM("read back the information, 'naming the problem' and ask any further clarification"
            + " questions"),

    /** Step 6: the caller's relationship with the family and the outcome they look for. */
    CALLER_RELATIONSHIP_AND_OUTCOME("check the caller's relationship with the family and what outcome they are"
            + " looking for"),

    /** Step 7: the agreed action plan. */
    AGREED_ACTION_PLAN("reflect on the information they have and formulate an agreed action plan with clear"
            + " outcomes");

    private final String label;

    CadsScriptStep(String label) {
        this.label = label;
    }

    /** The step's number in the script, 1 to 7. */
    public int number() {
        return ordinal() + 1;
    }

    /** The step in the guidance's words ("The Consultant Social Worker will: ..."). */
    public String label() {
        return label;
    }
}
