package dev.safeguarding.json;

import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.sharing.ConsentScope;
import java.util.List;

/**
 * {@code {"information": "...", "agencies": [{...}], "purpose": "..."}}; {@code agencies} may be absent
 * (empty), though the model asks for at least one.
 */
final class ConsentScopeCodec implements Codec<ConsentScope> {

    private static final List<String> PROPERTIES = Vocabulary.properties("information", "agencies", "purpose");

    @Override
    public Class<ConsentScope> type() {
        return ConsentScope.class;
    }

    @Override
    public void write(ConsentScope scope, Out out) {
        out.startObject()
                .string("information", scope.information())
                .array("agencies", Codecs.AGENCY, scope.agencies())
                .string("purpose", scope.purpose())
                .endObject();
    }

    @Override
    public ConsentScope read(In in) {
        ObjectIn scope = in.object(PROPERTIES);
        String information = scope.required("information").string();
        List<Agency> agencies = scope.list("agencies", Codecs.AGENCY);
        return ConsentScope.of(information, agencies, scope.required("purpose").string());
    }
}
