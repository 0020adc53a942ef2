package dev.safeguarding.json;

import dev.safeguarding.model.signsofsafety.Observation;
import java.util.List;

/**
 * {@code {"observer": {...}, "observedOn": "2017-05-02", "subject": "CHILD", "parentId": "m-1", "prompt":
 * "CHILD_TRACKS_WITH_THE_EYES", "cues": ["MOVING_EYES"], "note": "..."}}; {@code parentId}, {@code prompt}
 * and {@code note} are optional, {@code cues} is always written (in enum order) and may be absent when
 * reading.
 */
final class ObservationCodec implements Codec<Observation> {

    private static final List<String> PROPERTIES = Vocabulary.properties("observer", "observedOn", "subject",
            "parentId", "prompt", "cues", "note");

    @Override
    public Class<Observation> type() {
        return Observation.class;
    }

    @Override
    public void write(Observation observation, Out out) {
        out.startObject()
                .value("observer", Codecs.CONTRIBUTOR, observation.observer())
                .date("observedOn", observation.observedOn())
                .value("subject", Codecs.OBSERVATION_SUBJECT, observation.subject())
                .string("parentId", observation.parentId());
        observation.prompt().ifPresent(prompt -> out.value("prompt", Codecs.OBSERVATION_PROMPT, prompt));
        out.enumSet("cues", Codecs.BABY_CUE, observation.cues())
                .string("note", observation.note())
                .endObject();
    }

    @Override
    public Observation read(In in) {
        ObjectIn observation = in.object(PROPERTIES);
        return Observation.builder()
                .observer(observation.required("observer").read(Codecs.CONTRIBUTOR))
                .observedOn(observation.required("observedOn").date())
                .subject(observation.required("subject").read(Codecs.OBSERVATION_SUBJECT))
                .parentId(observation.optional("parentId").map(In::string))
                .prompt(observation.optional("prompt").map(p -> p.read(Codecs.OBSERVATION_PROMPT)))
                .cues(observation.enumSet("cues", Codecs.BABY_CUE))
                .note(observation.optional("note").map(In::string))
                .build();
    }
}
