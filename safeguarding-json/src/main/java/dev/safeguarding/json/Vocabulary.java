package dev.safeguarding.json;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names the format defines: the property names each codec declares and the keys of every enum. Only
 * these are ever repeated in an error's message or {@link SafeguardingJsonException#path() path()}; any
 * other name a document gives is replaced there (see {@link dev.safeguarding.json.internal.Untrusted#token}),
 * since it may hold a control character that forges a log line, or personal data.
 *
 * <p>Filled once, as the codecs are created when {@link Codecs} is loaded, and only read afterwards.
 */
final class Vocabulary {

    private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();

    private Vocabulary() {
    }

    /** Declares the property names of one type of the format: {@code names}, as a list. */
    static List<String> properties(String... names) {
        List<String> properties = List.of(names);
        NAMES.addAll(properties);
        return properties;
    }

    /** Declares the keys of an enum, which name map entries ({@code responses}, {@code stageTimescales}). */
    static void keys(Collection<String> keys) {
        NAMES.addAll(keys);
    }

    /** Whether the format defines {@code name}, as a property of some type or a key of some enum. */
    static boolean defines(String name) {
        Codecs.types();   // every codec, and so every name, is declared once Codecs is loaded
        return NAMES.contains(name);
    }
}
