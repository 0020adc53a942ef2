package dev.safeguarding.json;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON Schema (draft 2020-12) of a document type from the same declarations that write and
 * read it, so that the schema cannot drift from the format. Each value type the document holds is
 * defined once under {@code $defs} and referred to by {@code $ref}; the document's own type is the
 * root.
 *
 * <p>The schema says what the format says: property names and JSON types, which properties are
 * required, the allowed constants, date syntax, the range of whole numbers, no unknown properties, no
 * constant twice in a set. Rules of the model that span several properties (exactly one of a date of
 * birth and an expected date of delivery) or that depend on values (a scaling score from 0 to 10) are
 * the model's, checked when a document is read, and are not in the schema.
 */
final class Schemas {

    /** The dialect of every schema: JSON Schema draft 2020-12. */
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** The start of each schema's {@code $id}; the type's simple name and {@code .schema.json} follow. */
    static final String ID_BASE = "https://safeguarding.dev/schema/" + SafeguardingJson.FORMAT_VERSION + "/";

    private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
    private final Map<String, Class<?>> definedTypes = new LinkedHashMap<>();

    private Schemas() {
    }

    /** A new empty object node. */
    static ObjectNode node() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The whole schema of documents of the type {@code codec} reads, as a document of its own. */
    static ObjectNode of(Codec<?> codec) {
        Schemas schemas = new Schemas();
        ObjectNode schema = node()
                .put("$schema", DIALECT)
                .put("$id", ID_BASE + codec.type().getSimpleName() + ".schema.json")
                .put("title", codec.type().getSimpleName());
        ObjectNode root = codec instanceof ObjectFormat<?, ?> object
                ? object.definition(schemas, true) : codec.schema(schemas);
        schema.setAll(root);
        if (!schemas.definitions.isEmpty()) {
            ObjectNode defs = schema.putObject("$defs");
            schemas.definitions.forEach(defs::set);
        }
        return schema;
    }

    /** A reference to the definition of {@code format}'s type, defining it on first use. */
    ObjectNode reference(ObjectFormat<?, ?> format) {
        String name = format.type().getSimpleName();
        Class<?> defined = definedTypes.putIfAbsent(name, format.type());
        if (defined != null && defined != format.type()) {
            throw new IllegalStateException("two types named " + name);
        }
        if (defined == null) {
            definitions.put(name, node());   // placeholder first: a type may refer to itself
            definitions.put(name, format.definition(this, false));
        }
        return node().put("$ref", "#/$defs/" + name);
    }
}
