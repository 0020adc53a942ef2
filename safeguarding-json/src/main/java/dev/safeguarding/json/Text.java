package dev.safeguarding.json;

/** Checks on text read from documents. */
final class Text {

    /** The rule broken by a string holding half of a UTF-16 surrogate pair. */
    static final String UNPAIRED_SURROGATE =
            "not well-formed text: holds an unpaired UTF-16 surrogate, which has no UTF-8 encoding";

    private Text() {
    }

    /** Whether every surrogate in {@code text} is half of a pair. */
    static boolean isWellFormed(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }
}
