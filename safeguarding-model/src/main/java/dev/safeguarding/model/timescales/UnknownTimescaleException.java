package dev.safeguarding.model.timescales;

import java.util.List;

/**
 * No timescale of a catalogue has the id asked for. The message lists the ids the catalogue knows, so
 * that a typing slip is easy to see; {@link #knownIds()} gives them as data.
 */
public final class UnknownTimescaleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String id;
    /** An array, not a List, so that the exception stays serializable whatever list it was given. */
    private final String[] knownIds;

    UnknownTimescaleException(String id, List<String> knownIds) {
        super("no timescale has the id '" + id + "'; the known ids are " + String.join(", ", knownIds));
        this.id = id;
        this.knownIds = knownIds.toArray(new String[0]);
    }

    /** The id asked for. */
    public String id() {
        return id;
    }

    /** The ids the catalogue knows, in the catalogue's order. */
    public List<String> knownIds() {
        return List.of(knownIds);
    }
}
