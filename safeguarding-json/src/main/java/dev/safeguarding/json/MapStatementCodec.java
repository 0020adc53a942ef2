package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.MapStatement;
import java.util.List;

/**
 * {@code {"id": "d-1", "category": "DANGER_STATEMENT", "text": "...", "contributor": {...}, "agency": {...},
 * "recordedOn": "2017-05-02", "dangerStatementIds": ["d-1"]}}; {@code agency} is left out when empty,
 * {@code dangerStatementIds} is always written and may be absent when reading (empty).
 */
final class MapStatementCodec implements Codec<MapStatement> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "category", "text", "contributor",
            "agency", "recordedOn", "dangerStatementIds");

    @Override
    public Class<MapStatement> type() {
        return MapStatement.class;
    }

    @Override
    public void write(MapStatement statement, Out out) {
        out.startObject()
                .string("id", statement.id())
                .value("category", Codecs.MAP_CATEGORY, statement.category())
                .string("text", statement.text())
                .value("contributor", Codecs.CONTRIBUTOR, statement.contributor());
        statement.agency().ifPresent(agency -> out.value("agency", Codecs.AGENCY, agency));
        out.date("recordedOn", statement.recordedOn())
                .array("dangerStatementIds", TextCodec.INSTANCE, statement.dangerStatementIds())
                .endObject();
    }

    @Override
    public MapStatement read(In in) {
        ObjectIn statement = in.object(PROPERTIES);
        return MapStatement.builder()
                .id(statement.required("id").string())
                .category(statement.required("category").read(Codecs.MAP_CATEGORY))
                .text(statement.required("text").string())
                .contributor(statement.required("contributor").read(Codecs.CONTRIBUTOR))
                .agency(statement.optional("agency").map(a -> a.read(Codecs.AGENCY)))
                .recordedOn(statement.required("recordedOn").date())
                .dangerStatementIds(TextCodec.set(statement, "dangerStatementIds"))
                .build();
    }
}
