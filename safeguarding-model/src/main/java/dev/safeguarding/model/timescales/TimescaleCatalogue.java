package dev.safeguarding.model.timescales;

import dev.safeguarding.model.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A set of timescales looked up by id: the library's own ({@link Timescales#catalogue()}) with a
 * vendor's or a partnership's added ({@link #with(Timescale...)}).
 *
 * <pre>{@code
 * TimescaleCatalogue ours = Timescales.catalogue().with(preBirthConference);
 * ours.byId("acme.pre-birth-conference").dueFrom(trigger, UkCalendars.englandAndWales());
 * }</pre>
 *
 * <p>Timescales set locally rather than nationally (pre-birth conferences, statutory visits) are for
 * partnerships to supply this way: the library ships none it cannot source ({@code
 * docs/timescales.md}, "Local, not national").
 *
 * <p>Immutable and safe to share between threads; {@code with} returns a new catalogue.
 */
public final class TimescaleCatalogue {

    private final Map<String, Timescale> byId;

    private TimescaleCatalogue(Map<String, Timescale> byId) {
        this.byId = byId;
    }

    /**
     * A catalogue of {@code timescales}, in the order given.
     *
     * @throws NullPointerException  if the collection or an element is null
     * @throws InvalidValueException if two timescales share an id ({@code timescales})
     */
    public static TimescaleCatalogue of(Collection<Timescale> timescales) {
        Objects.requireNonNull(timescales, "timescales");
        return new TimescaleCatalogue(add(new LinkedHashMap<>(), timescales));
    }

    /**
     * This catalogue with {@code timescales} added after its own.
     *
     * @throws NullPointerException  if an element is null
     * @throws InvalidValueException if an id is already in the catalogue or given twice ({@code timescales})
     */
    public TimescaleCatalogue with(Timescale... timescales) {
        return with(Arrays.asList(timescales));
    }

    /**
     * This catalogue with {@code timescales} added after its own.
     *
     * @throws NullPointerException  if the collection or an element is null
     * @throws InvalidValueException if an id is already in the catalogue or given twice ({@code timescales})
     */
    public TimescaleCatalogue with(Collection<Timescale> timescales) {
        Objects.requireNonNull(timescales, "timescales");
        return new TimescaleCatalogue(add(new LinkedHashMap<>(byId), timescales));
    }

    /**
     * The timescale with {@code id}.
     *
     * @throws NullPointerException       if {@code id} is null
     * @throws UnknownTimescaleException  if there is none; its message lists the known ids
     */
    public Timescale byId(String id) {
        Objects.requireNonNull(id, "id");
        Timescale timescale = byId.get(id);
        if (timescale == null) {
            throw new UnknownTimescaleException(id, ids());
        }
        return timescale;
    }

    /**
     * The timescale with {@code id}, or empty.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<Timescale> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /** The ids, in the catalogue's order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The timescales, in the catalogue's order. */
    public List<Timescale> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof TimescaleCatalogue
                && all().equals(((TimescaleCatalogue) other).all());
    }

    @Override
    public int hashCode() {
        return all().hashCode();
    }

    /** The ids. */
    @Override
    public String toString() {
        return "TimescaleCatalogue" + ids();
    }

    private static Map<String, Timescale> add(Map<String, Timescale> map, Collection<Timescale> timescales) {
        List<Timescale> copy = new ArrayList<>(timescales);
        for (Timescale timescale : copy) {
            Objects.requireNonNull(timescale, "timescales: an element is null");
            if (map.putIfAbsent(timescale.id(), timescale) != null) {
                throw new InvalidValueException("timescales",
                        "ids must be unique; '" + timescale.id() + "' is already in the catalogue");
            }
        }
        return map;
    }
}
