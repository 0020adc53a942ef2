package dev.safeguarding.json;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import java.util.List;

/** {@code {"severity": "ERROR", "code": "...", "path": "...", "message": "...", "source": {...}}}. */
final class FindingCodec implements Codec<Finding> {

    private static final List<String> PROPERTIES = Vocabulary.properties("severity", "code", "path", "message",
            "source");

    @Override
    public Class<Finding> type() {
        return Finding.class;
    }

    @Override
    public void write(Finding finding, Out out) {
        out.startObject()
                .value("severity", Codecs.SEVERITY, finding.severity())
                .string("code", finding.code())
                .string("path", finding.path())
                .string("message", finding.message());
        finding.source().ifPresent(source -> out.value("source", Codecs.SOURCE_PASSAGE, source));
        out.endObject();
    }

    @Override
    public Finding read(In in) {
        ObjectIn finding = in.object(PROPERTIES);
        Severity severity = finding.required("severity").read(Codecs.SEVERITY);
        String code = finding.required("code").string();
        String path = finding.required("path").string();
        String message = finding.required("message").string();
        return finding.optional("source").map(source -> source.read(Codecs.SOURCE_PASSAGE))
                .map(source -> Finding.of(severity, code, path, message, source))
                .orElseGet(() -> severity == Severity.ERROR ? Finding.error(code, path, message)
                        : Finding.query(code, path, message));
    }
}
