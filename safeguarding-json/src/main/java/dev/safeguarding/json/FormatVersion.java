package dev.safeguarding.json;

/**
 * The {@value ObjectFormat#FORMAT_VERSION} a top-level document may carry: the major version of the
 * format it was written in. Within a major version the format only grows (new optional properties, new
 * constants), so a reader reads every document of its major version, and documents without the
 * property; a document of a later major version is refused, saying so.
 */
final class FormatVersion {

    private FormatVersion() {
    }

    /** Checks the version under the parser. */
    static void check(In in) {
        int version = in.integer();
        if (version != SafeguardingJson.FORMAT_VERSION) {
            throw in.error("not a format version this reader reads: it reads version "
                    + SafeguardingJson.FORMAT_VERSION + " (and documents that carry no version)");
        }
    }
}
