package dev.safeguarding.json.internal;

/**
 * The rules every reader of the module applies to what a document supplies, in one place: how a name
 * from the document appears in a JSON Pointer, and which strings are not text. Machinery of the module,
 * not API: the package is not exported.
 */
public final class Untrusted {

    /** The rule broken by a string holding an unpaired UTF-16 surrogate, worded for an error message. */
    public static final String UNPAIRED_SURROGATE = "holds an unpaired UTF-16 surrogate (U+D800 to U+DFFF alone),"
            + " which is not text: UTF-8 cannot encode it";

    private Untrusted() {
    }

    /**
     * The JSON Pointer reference token (RFC 6901) for the property {@code name} of an object: the name
     * itself, with {@code ~} as {@code ~0} and {@code /} as {@code ~1}, when the format defines it
     * ({@code defined}); otherwise {@code (unknown property n)}, {@code n} counting the object's
     * properties from 1, so that neither a control character nor personal data that a document puts in a
     * name ever reaches a message or a log.
     *
     * @param name     the name, as the document gives it
     * @param defined  whether the format defines the name (a property of some type, or a key of some map)
     * @param position the place of the property in its object, from 0
     */
    public static String token(String name, boolean defined, int position) {
        return defined ? name.replace("~", "~0").replace("/", "~1") : "(unknown property " + (position + 1) + ")";
    }

    /** The index of the first unpaired UTF-16 surrogate in {@code text}, or -1 if it has none. */
    public static int unpairedSurrogate(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
