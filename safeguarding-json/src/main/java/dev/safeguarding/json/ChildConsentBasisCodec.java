package dev.safeguarding.json;

import dev.safeguarding.model.sharing.ChildConsentBasis;
import java.util.List;

/**
 * {@code {"gillickCompetent": true, "fraserApplies": false, "fraserCriteriaMet": [], "rationale": "..."}}:
 * {@code gillickCompetent} is required; {@code fraserApplies} may be absent (false), the criteria absent
 * (none) and the rationale absent or {@code null}.
 */
final class ChildConsentBasisCodec implements Codec<ChildConsentBasis> {

    private static final List<String> PROPERTIES = Vocabulary.properties("gillickCompetent", "fraserApplies",
            "fraserCriteriaMet", "rationale");

    @Override
    public Class<ChildConsentBasis> type() {
        return ChildConsentBasis.class;
    }

    @Override
    public void write(ChildConsentBasis basis, Out out) {
        out.startObject()
                .bool("gillickCompetent", basis.gillickCompetent())
                .bool("fraserApplies", basis.fraserApplies())
                .enumSet("fraserCriteriaMet", Codecs.FRASER_CRITERION, basis.fraserCriteriaMet())
                .string("rationale", basis.rationale())
                .endObject();
    }

    @Override
    public ChildConsentBasis read(In in) {
        ObjectIn basis = in.object(PROPERTIES);
        ChildConsentBasis.Builder builder = ChildConsentBasis.builder()
                .gillickCompetent(basis.required("gillickCompetent").bool());
        basis.defaulted("fraserApplies").map(In::bool).ifPresent(builder::fraserApplies);
        return builder
                .fraserCriteriaMet(basis.enumSet("fraserCriteriaMet", Codecs.FRASER_CRITERION))
                .rationale(basis.optional("rationale").map(In::string))
                .build();
    }
}
