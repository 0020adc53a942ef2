package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import java.util.List;

/**
 * {@code {"childId": "c-1", "statements": [...], "scalingQuestions": [...], "judgements": [...],
 * "threeHouses": [...], "observations": [...]}}; the lists are always written and may be absent when
 * reading (empty). A broken link (a goal naming an id that is not a danger statement, a judgement of a
 * question not on the map) is an error at the list that holds it.
 */
final class SignsOfSafetyMapCodec implements Codec<SignsOfSafetyMap> {

    private static final List<String> PROPERTIES = Vocabulary.properties("childId", "statements", "scalingQuestions",
            "judgements", "threeHouses", "observations");

    @Override
    public Class<SignsOfSafetyMap> type() {
        return SignsOfSafetyMap.class;
    }

    @Override
    public void write(SignsOfSafetyMap map, Out out) {
        out.startObject()
                .string("childId", map.childId())
                .array("statements", Codecs.MAP_STATEMENT, map.statements())
                .array("scalingQuestions", Codecs.SCALING_QUESTION, map.scalingQuestions())
                .array("judgements", Codecs.SCALING_JUDGEMENT, map.judgements())
                .array("threeHouses", Codecs.THREE_HOUSES, map.threeHouses())
                .array("observations", Codecs.OBSERVATION, map.observations())
                .endObject();
    }

    @Override
    public SignsOfSafetyMap read(In in) {
        ObjectIn map = in.object(PROPERTIES);
        return SignsOfSafetyMap.builder()
                .childId(map.required("childId").string())
                .statements(map.list("statements", Codecs.MAP_STATEMENT))
                .scalingQuestions(map.list("scalingQuestions", Codecs.SCALING_QUESTION))
                .judgements(map.list("judgements", Codecs.SCALING_JUDGEMENT))
                .threeHouses(map.list("threeHouses", Codecs.THREE_HOUSES))
                .observations(map.list("observations", Codecs.OBSERVATION))
                .build();
    }
}
