package dev.safeguarding.json;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import java.util.List;
import java.util.Optional;

/**
 * The JSON format of the types every framework shares: findings and source passages: each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class CommonFormat {

    private CommonFormat() {
    }

    /** A finding: a source, when there is one, or an error or a query with none. */
    private static Finding finding(Values v) {
        Severity severity = v.next();
        String code = v.next();
        String path = v.next();
        String message = v.next();
        Optional<SourcePassage> source = v.nextOptional();
        return source.map(passage -> Finding.of(severity, code, path, message, passage))
                .orElseGet(() -> severity == Severity.ERROR ? Finding.error(code, path, message)
                        : Finding.query(code, path, message));
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(Severity.class),
                // {@code {"document": "...", "section": "..."}}.
                ObjectFormat.ofValues(SourcePassage.class, v -> SourcePassage.of(v.next(), v.next()))
                        .required("document", String.class, SourcePassage::document)
                        .required("section", String.class, SourcePassage::section)
                        .build(),
                // {@code {"severity": "ERROR", "code": "...", "path": "...", "message": "...", "source": {...}}}.
                ObjectFormat.ofValues(Finding.class, CommonFormat::finding)
                        .required("severity", Severity.class, Finding::severity)
                        .required("code", String.class, Finding::code)
                        .required("path", String.class, Finding::path)
                        .required("message", String.class, Finding::message)
                        .optional("source", SourcePassage.class, Finding::source)
                        .build());
    }
}
