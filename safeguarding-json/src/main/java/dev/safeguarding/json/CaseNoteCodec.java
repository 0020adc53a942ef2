package dev.safeguarding.json;

import dev.safeguarding.model.chronology.CaseNote;
import java.util.List;

/**
 * A case note: {@code id}, {@code childId}, {@code visitedOn} and {@code author} (a practitioner) are
 * required; the four headings may be absent or {@code null}; {@code childsVoice} may be absent (empty).
 */
final class CaseNoteCodec implements Codec<CaseNote> {

    private static final List<String> PROPERTIES = Vocabulary.properties("id", "childId", "visitedOn", "author",
            "purposeOfVisit", "observationsOfTheChild", "childsVoice", "progressOnPlan", "directWork");

    @Override
    public Class<CaseNote> type() {
        return CaseNote.class;
    }

    @Override
    public void write(CaseNote note, Out out) {
        out.startObject()
                .string("id", note.id())
                .string("childId", note.childId())
                .date("visitedOn", note.visitedOn())
                .value("author", Codecs.PRACTITIONER, note.author())
                .string("purposeOfVisit", note.purposeOfVisit())
                .string("observationsOfTheChild", note.observationsOfTheChild())
                .array("childsVoice", Codecs.CHILDS_VIEW, note.childsVoice())
                .string("progressOnPlan", note.progressOnPlan())
                .string("directWork", note.directWork())
                .endObject();
    }

    @Override
    public CaseNote read(In in) {
        ObjectIn note = in.object(PROPERTIES);
        return CaseNote.builder()
                .id(note.required("id").string())
                .childId(note.required("childId").string())
                .visitedOn(note.required("visitedOn").date())
                .author(note.required("author").read(Codecs.PRACTITIONER))
                .purposeOfVisit(note.optional("purposeOfVisit").map(In::string))
                .observationsOfTheChild(note.optional("observationsOfTheChild").map(In::string))
                .childsVoice(note.list("childsVoice", Codecs.CHILDS_VIEW))
                .progressOnPlan(note.optional("progressOnPlan").map(In::string))
                .directWork(note.optional("directWork").map(In::string))
                .build();
    }
}
