package dev.safeguarding.json;

import dev.safeguarding.model.assessment.ChildsView;
import java.util.List;

/**
 * {@code {"text": "...", "method": "OBSERVATION", "recordedBy": {...}, "date": "2017-03-09",
 * "prompt": "CHILD_RESPONDS_TO_PEOPLE"}}; {@code prompt} is optional.
 */
final class ChildsViewCodec implements Codec<ChildsView> {

    private static final List<String> PROPERTIES = Vocabulary.properties("text", "method", "recordedBy", "date",
            "prompt");

    @Override
    public Class<ChildsView> type() {
        return ChildsView.class;
    }

    @Override
    public void write(ChildsView view, Out out) {
        out.startObject()
                .string("text", view.text())
                .value("method", Codecs.VOICE_METHOD, view.method())
                .value("recordedBy", Codecs.CONTRIBUTOR, view.recordedBy())
                .date("date", view.date());
        view.prompt().ifPresent(prompt -> out.value("prompt", Codecs.OBSERVATION_PROMPT, prompt));
        out.endObject();
    }

    @Override
    public ChildsView read(In in) {
        ObjectIn view = in.object(PROPERTIES);
        return ChildsView.builder()
                .text(view.required("text").string())
                .method(view.required("method").read(Codecs.VOICE_METHOD))
                .recordedBy(view.required("recordedBy").read(Codecs.CONTRIBUTOR))
                .date(view.required("date").date())
                .prompt(view.optional("prompt").map(v -> v.read(Codecs.OBSERVATION_PROMPT)))
                .build();
    }
}
