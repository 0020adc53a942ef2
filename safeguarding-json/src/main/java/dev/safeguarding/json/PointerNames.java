package dev.safeguarding.json;

/**
 * Property names in JSON Pointers and messages. A name the format defines (a property of one of its
 * types, or a constant's key) is shown, escaped as RFC 6901 asks ({@code ~} as {@code ~0}, {@code /} as
 * {@code ~1}). Any other name comes from the document and may hold anything (a child's name, a line
 * break that would forge a log line), so it is never shown: {@value #UNKNOWN} stands in its place, and
 * the pointer still has one segment per level.
 */
final class PointerNames {

    /** What stands in a pointer for a property name the format does not define. */
    static final String UNKNOWN = "(unknown)";

    private PointerNames() {
    }

    /** The segment of a pointer for the property {@code name}. */
    static String segment(String name) {
        if (!Codecs.definesName(name)) {
            return UNKNOWN;
        }
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name
                : name.replace("~", "~0").replace("/", "~1");
    }
}
