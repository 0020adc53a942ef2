package dev.safeguarding.census;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Lookups and year sets shared by the census code lists. */
final class Codes {

    private static final Set<CollectionYear> ALL = Collections.unmodifiableSet(EnumSet.allOf(CollectionYear.class));
    private static final Set<CollectionYear> NONE = Collections.unmodifiableSet(EnumSet.noneOf(CollectionYear.class));

    private Codes() {
    }

    /** Every collection year the library knows. */
    static Set<CollectionYear> allYears() {
        return ALL;
    }

    /** No collection year: a historical code, still recognised when read. */
    static Set<CollectionYear> noYears() {
        return NONE;
    }

    /** {@code first} and every later year. */
    static Set<CollectionYear> from(CollectionYear first) {
        return Collections.unmodifiableSet(EnumSet.range(first, CollectionYear.last()));
    }

    /** Every year up to and including {@code last}. */
    static Set<CollectionYear> until(CollectionYear last) {
        return Collections.unmodifiableSet(EnumSet.range(CollectionYear.first(), last));
    }

    /** The constants of a code list by their code. */
    static <E extends Enum<E> & CensusCode> Map<String, E> index(E[] constants) {
        Map<String, E> byCode = new HashMap<>();
        for (E constant : constants) {
            byCode.put(constant.code(), constant);
        }
        return Map.copyOf(byCode);
    }

    /** The constant with {@code code}, exactly as written (codes are case-sensitive in the schema). */
    static <E> Optional<E> lookup(Map<String, E> byCode, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }
}
