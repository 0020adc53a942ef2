package dev.safeguarding.json;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The values read for a type that a factory method makes ({@code Agency.of(id, name, type)}), kept by
 * the index of their property's declaration, and handed to the factory in that order by {@link #next()}.
 * What a document leaves out is {@code null} here: {@link #nextOptional()}, {@link #nextList()} and
 * {@link #nextSet()} turn it into the empty value.
 */
final class Values {

    private final Object[] values;
    private int next;

    Values(int size) {
        this.values = new Object[size];
    }

    void set(int index, Object value) {
        values[index] = value;
    }

    /** The value of the next property, in the order of declaration (null if the document has none). */
    @SuppressWarnings("unchecked")
    <V> V next() {
        return (V) values[next++];
    }

    /** The value of the next property, which is optional. */
    <V> Optional<V> nextOptional() {
        return Optional.ofNullable(next());
    }

    /** The value of the next property, a list (empty if the document has none). */
    <V> List<V> nextList() {
        List<V> list = next();
        return list == null ? List.of() : list;
    }

    /** The value of the next property, a set (empty if the document has none). */
    <V> Set<V> nextSet() {
        Set<V> set = next();
        return set == null ? Set.of() : set;
    }
}
