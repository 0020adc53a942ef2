package dev.safeguarding.json;

import dev.safeguarding.model.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format of a value type, declared once: one line per property, each with its JSON name, its codec,
 * the model's accessor and the builder's setter. Writing, reading, the error pointers and the JSON Schema
 * all follow from that declaration.
 *
 * <pre>{@code
 * ObjectFormat.of(Child.class, Child::builder, Child.Builder::build)
 *         .required("id", Scalars.STRING, Child::id, Child.Builder::id)
 *         .optional("dateOfBirth", Scalars.DATE, Child::dateOfBirth, Child.Builder::dateOfBirth)
 *         .build();
 * }</pre>
 *
 * <p>The kinds of property, and what the format does with each:
 * <ul>
 *   <li>{@linkplain Declaration#required required}: always written; missing is an error.</li>
 *   <li>{@linkplain Declaration#optional optional} (an {@code Optional} in the model): written when
 *       present; absent and {@code null} both mean empty.</li>
 *   <li>{@linkplain Declaration#defaulted defaulted} (a default in the model): always written; absent
 *       means the model's default; {@code null} is an error.</li>
 *   <li>{@linkplain Declaration#list list}, {@linkplain Declaration#enumSet set of constants},
 *       {@linkplain Declaration#textSet set of strings}: arrays, always written (sets of constants in enum
 *       order); absent means empty; a value twice in a set is an error at its second place.</li>
 *   <li>{@linkplain Declaration#map map} keyed by an enum: an object, written in enum order; a key that is
 *       not a constant is an error (in lenient mode too: keys are data, not properties).</li>
 * </ul>
 * Properties are written in the order declared and read in any order, straight from the parser into the
 * builder. An unknown property is an error that lists the declared ones (a lenient reader skips it); a
 * property given twice is an error at its second place. A top-level object may also carry
 * {@value #FORMAT_VERSION} (see {@link SafeguardingJson#FORMAT_VERSION}).
 *
 * @param <T> the value type
 * @param <B> its builder
 */
final class ObjectFormat<T, B> implements Codec<T> {

    /** The property a top-level document may carry: the major version of the format it was written in. */
    static final String FORMAT_VERSION = "formatVersion";

    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties;
    private final Map<String, Property<T, B>> byName;
    /** The properties, by {@link Property#index}. */
    private final Property<T, B>[] byIndex;
    /**
     * For each property, by {@link Property#index}, the name as the parser last gave it: the parser's
     * names are canonical (one instance for each name, parse after parse), so a name is usually found by
     * comparing references, without hashing it or comparing its characters. Shared by the threads that
     * read, without locks: an element is a reference to an immutable string, written whole; a thread that
     * sees a stale one, or none, only looks the name up in {@link #byName}.
     */
    private final String[] lastNames;
    /** A bit for each required property, by {@link Property#index} (used when there are at most 64 properties). */
    private final long requiredBits;
    private final String expectedNames;

    private ObjectFormat(Declaration<T, B> declaration) {
        this.type = declaration.type;
        this.newBuilder = declaration.newBuilder;
        this.build = declaration.build;
        this.properties = List.copyOf(declaration.properties);
        Map<String, Property<T, B>> names = new HashMap<>();
        for (Property<T, B> property : properties) {
            if (names.put(property.name, property) != null) {
                throw new IllegalStateException(type.getSimpleName() + " declares " + property.name + " twice");
            }
        }
        this.byName = Map.copyOf(names);
        @SuppressWarnings("unchecked")
        Property<T, B>[] indexed = (Property<T, B>[]) properties.toArray(new Property<?, ?>[0]);
        this.byIndex = indexed;
        this.lastNames = new String[indexed.length];
        long required = 0;
        for (Property<T, B> property : indexed) {
            if (property.required && property.index < Long.SIZE) {
                required |= 1L << property.index;
            }
        }
        this.requiredBits = required;
        this.expectedNames = String.join(", ", properties.stream().map(p -> p.name).toList());
    }

    /** Starts the declaration of the format of {@code type}, built by {@code newBuilder} and {@code build}. */
    static <T, B> Declaration<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
        return new Declaration<>(type, newBuilder, build, false);
    }

    /**
     * Starts the declaration of the format of {@code type}, made by a factory method from the values of
     * its properties, which {@code create} takes with {@link Values#next()} in the order they are declared.
     */
    static <T> Declaration<T, Values> ofValues(Class<T> type, Function<Values, T> create) {
        Declaration<T, Values> declaration = new Declaration<>(type, null, create, true);
        return declaration;
    }

    /**
     * Finds the codec of each property's type. Called once, by {@link Codecs}, when every format is
     * registered (so that formats may refer to one another, and to themselves, in any order).
     */
    void link(Function<Class<?>, Codec<?>> codecs) {
        for (Property<T, B> property : properties) {
            property.link(codecs);
        }
    }

    @Override
    public Class<T> type() {
        return type;
    }

    /** The names of the properties, in the order they are written. */
    List<String> propertyNames() {
        return properties.stream().map(p -> p.name).toList();
    }

    @Override
    public void write(T value, Out out) {
        out.startObject();
        if (out.takeFormatVersion()) {
            out.integer(FORMAT_VERSION, SafeguardingJson.FORMAT_VERSION);
        }
        for (Property<T, B> property : properties) {
            if (property.omittedWhen == null || !property.omittedWhen.test(property.value(value))) {
                property.write(value, out);
            }
        }
        out.endObject();
    }

    @Override
    public T read(In in) {
        in.startObject();
        boolean root = in.atRoot();
        B builder = newBuilder == null ? factoryValues() : newBuilder.get();
        // the properties given so far: a bit each (no array made), or, past 64 properties, a flag each
        long seenBits = 0;
        boolean[] seen = byIndex.length > Long.SIZE ? new boolean[byIndex.length] : null;
        Set<String> unknownSeen = null;
        int position = -1;
        int next = 0;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            position++;
            Property<T, B> property = find(name, next);
            if (property == null) {
                if (root && name.equals(FORMAT_VERSION)) {
                    in.enter(name, position);
                    FormatVersion.check(in);
                    in.leave();
                    continue;
                }
                if (!in.lenient()) {
                    throw new SafeguardingJsonException(in.pointerTo(name, position),
                            "unknown property; expected one of: " + expectedNames, null);
                }
                if (unknownSeen == null) {
                    unknownSeen = new HashSet<>();
                }
                if (!unknownSeen.add(name)) {
                    throw duplicate(in, name, position);
                }
                in.skipValue();
                continue;
            }
            int index = property.index;
            boolean again;
            if (seen == null) {
                again = (seenBits & (1L << index)) != 0;
                seenBits |= 1L << index;
            } else {
                again = seen[index];
                seen[index] = true;
            }
            if (again) {
                throw duplicate(in, name, position);
            }
            next = property.index + 1;
            in.enter(name, position);
            property.read(in, builder);
            in.leave();
        }
        if (seen != null || (seenBits & requiredBits) != requiredBits) {
            for (Property<T, B> property : byIndex) {
                boolean given = seen != null ? seen[property.index] : (seenBits & (1L << property.index)) != 0;
                if (property.required && !given) {
                    throw new SafeguardingJsonException(in.pointerTo(property.name, -1), "required, but missing",
                            null);
                }
            }
        }
        return build(in, builder);
    }

    /**
     * The property named {@code name}, or null. Properties usually come in the order they are declared
     * (the order they are written, an absent optional one skipped), so the names by reference (see
     * {@link #lastNames}) are tried from the one after the last found, {@code next}; then the map.
     */
    private @Nullable Property<T, B> find(String name, int next) {
        String[] last = lastNames;
        for (int i = next; i < last.length; i++) {
            if (last[i] == name) {
                return byIndex[i];
            }
        }
        Property<T, B> property = byName.get(name);
        if (property != null) {
            last[property.index] = name;
        }
        return property;
    }

    @SuppressWarnings("unchecked")
    private B factoryValues() {
        return (B) new Values(properties.size());
    }

    private static SafeguardingJsonException duplicate(In in, String name, int position) {
        return new SafeguardingJsonException(in.pointerTo(name, position),
                "duplicate property: a property may appear only once in an object", null);
    }

    /**
     * The value the builder builds. A value the model rejects becomes an error here: an
     * {@link InvalidValueException} at the pointer of the field it names, with its rule as the message;
     * anything else a builder throws at this object's pointer.
     */
    private T build(In in, B builder) {
        try {
            return build.apply(builder);
        } catch (InvalidValueException e) {
            throw new SafeguardingJsonException(in.pointerTo(e.field(), -1), e.rule(), e);
        } catch (IllegalStateException | NullPointerException e) {
            // The model's builders name attributes in these messages, never values.
            throw new SafeguardingJsonException(in.pointer(), "not a valid " + type.getSimpleName(), e);
        } catch (RuntimeException e) {
            // Not kept as the cause: its message is not known to be free of the value.
            throw new SafeguardingJsonException(in.pointer(), "not a valid " + type.getSimpleName()
                    + " (" + e.getClass().getName() + ")", null);
        }
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
        return schemas.reference(this);
    }

    /** The definition of this object in a JSON Schema: its properties, which are required, nothing else. */
    ObjectNode definition(Schemas schemas, boolean root) {
        ObjectNode definition = Schemas.node().put("type", "object");
        ObjectNode schemaProperties = definition.putObject("properties");
        if (root) {
            schemaProperties.putObject(FORMAT_VERSION).put("const", SafeguardingJson.FORMAT_VERSION)
                    .put("description", "the major version of the format the document was written in");
        }
        ArrayNode required = Schemas.node().arrayNode();
        for (Property<T, B> property : properties) {
            schemaProperties.set(property.name, property.schema(schemas));
            if (property.required) {
                required.add(property.name);
            }
        }
        if (!required.isEmpty()) {
            definition.set("required", required);
        }
        definition.put("additionalProperties", false);
        return definition;
    }

    /**
     * The declaration of an object's format, one property at a time, in the order they are written.
     *
     * @param <T> the value type
     * @param <B> its builder
     */
    static final class Declaration<T, B> {

        private final Class<T> type;
        private final Supplier<B> newBuilder;
        private final Function<B, T> build;
        private final List<Property<T, B>> properties = new ArrayList<>();
        private final boolean factory;

        private Declaration(Class<T> type, Supplier<B> newBuilder, Function<B, T> build, boolean factory) {
            this.type = type;
            this.newBuilder = newBuilder;
            this.build = build;
            this.factory = factory;
        }

        /** A property of the type {@code type} that is always written and must be present. */
        <V> Declaration<T, B> required(String name, Class<V> type, Function<T, V> get, BiConsumer<B, V> set) {
            return add(new Single<>(name, true, type, get, set));
        }

        /** A property with a default in the model: always written; absent means the default. */
        <V> Declaration<T, B> defaulted(String name, Class<V> type, Function<T, V> get, BiConsumer<B, V> set) {
            return add(new Single<>(name, false, type, get, set));
        }

        /** An {@code Optional} in the model: written when present; absent or {@code null} means empty. */
        <V> Declaration<T, B> optional(String name, Class<V> type, Function<T, Optional<V>> get,
                BiConsumer<B, V> set) {
            return add(new OptionalProperty<>(name, type, get, set));
        }

        /** A list, written in its order; absent means empty. */
        <V> Declaration<T, B> list(String name, Class<V> type, Function<T, ? extends Collection<V>> get,
                BiConsumer<B, List<V>> set) {
            return add(new ArrayProperty<T, B, V, List<V>>(name, type, get, set, ArrayList::new, false, false));
        }

        /** A set of constants, written in enum order; absent means empty; a constant twice is an error. */
        <E extends Enum<E>> Declaration<T, B> enumSet(String name, Class<E> type, Function<T, Set<E>> get,
                BiConsumer<B, Set<E>> set) {
            return add(new ArrayProperty<T, B, E, Set<E>>(name, type, get, set, () -> EnumSet.noneOf(type), true, true));
        }

        /** A set of strings, written and read in its order; absent means empty; a string twice is an error. */
        Declaration<T, B> textSet(String name, Function<T, Set<String>> get, BiConsumer<B, Set<String>> set) {
            return add(new ArrayProperty<T, B, String, Set<String>>(name, String.class, get, set, LinkedHashSet::new,
                    true, false));
        }

        /**
         * A map keyed by the constants of an enum: an object, written in enum order; absent means empty; a
         * key that is not a constant is an error, in lenient mode too.
         */
        <K extends Enum<K>, V> Declaration<T, B> map(String name, Class<K> keys, Class<V> values,
                Function<T, Map<K, V>> get, BiConsumer<B, Map<K, V>> set) {
            return add(new MapProperty<>(name, keys, values, get, set));
        }

        // For types made by a factory method rather than a builder (ofValues): the value is kept for the
        // factory, which takes the values in the order the properties are declared (Values.next()).

        /** As {@link #required(String, Class, Function, BiConsumer)}, for a type made by a factory. */
        <V> Declaration<T, B> required(String name, Class<V> type, Function<T, V> get) {
            return required(name, type, get, slot());
        }

        /** As {@link #optional(String, Class, Function, BiConsumer)}, for a type made by a factory. */
        <V> Declaration<T, B> optional(String name, Class<V> type, Function<T, Optional<V>> get) {
            return optional(name, type, get, slot());
        }

        /** As {@link #list(String, Class, Function, BiConsumer)}, for a type made by a factory. */
        <V> Declaration<T, B> list(String name, Class<V> type, Function<T, ? extends Collection<V>> get) {
            return list(name, type, get, slot());
        }

        /** As {@link #enumSet(String, Class, Function, BiConsumer)}, for a type made by a factory. */
        <E extends Enum<E>> Declaration<T, B> enumSet(String name, Class<E> type, Function<T, Set<E>> get) {
            return enumSet(name, type, get, slot());
        }

        /** The setter that keeps the value of the property being declared for the factory. */
        private <V> BiConsumer<B, V> slot() {
            if (!factory) {
                throw new IllegalStateException(type.getSimpleName() + " is built by a builder: give each setter");
            }
            int index = properties.size();
            return (values, value) -> ((Values) values).set(index, value);
        }

        /**
         * Marks the property declared last as one added within the format's major version: written only
         * when true (a defaulted boolean whose default is false), so that a value without it is the same
         * document as before the property existed.
         */
        Declaration<T, B> omittedWhenFalse() {
            return omitted(Boolean.FALSE::equals);
        }

        /**
         * Marks the property declared last as one added within the format's major version: written only
         * when not empty (a list or set), so that a value without it is the same document as before the
         * property existed.
         */
        Declaration<T, B> omittedWhenEmpty() {
            return omitted(value -> value instanceof Collection<?> collection && collection.isEmpty());
        }

        private Declaration<T, B> omitted(Predicate<Object> isDefault) {
            properties.get(properties.size() - 1).omittedWhen = isDefault;
            return this;
        }

        /** The format, as declared. */
        ObjectFormat<T, B> build() {
            return new ObjectFormat<>(this);
        }

        private Declaration<T, B> add(Property<T, B> property) {
            property.index = properties.size();
            properties.add(property);
            return this;
        }
    }

    /** One declared property: how it is written, read into the builder, and described in a schema. */
    private abstract static class Property<T, B> {

        final String name;
        final boolean required;
        int index;
        /** The values not written (the default of a property added within the major version), or null. */
        @Nullable Predicate<Object> omittedWhen;

        Property(String name, boolean required) {
            this.name = name;
            this.required = required;
        }

        /** Finds the codecs of the values. */
        abstract void link(Function<Class<?>, Codec<?>> codecs);

        @SuppressWarnings("unchecked")
        static <V> Codec<V> codec(Function<Class<?>, Codec<?>> codecs, Class<V> type) {
            return (Codec<V>) codecs.apply(type);
        }

        abstract void write(T value, Out out);

        /** The value of this property in {@code value}. */
        abstract Object value(T value);

        /** Reads the value under the parser into {@code builder}. */
        abstract void read(In in, B builder);

        abstract ObjectNode schema(Schemas schemas);
    }

    /**
     * A property whose values are of one type {@code V}, read by that type's codec (found when the formats
     * are linked); {@code A} is what the model's accessor returns (the value, an {@code Optional} of it, or a
     * collection of them).
     */
    private abstract static class Typed<T, B, V, A> extends Property<T, B> {

        final Class<V> type;
        final Function<T, A> get;
        Codec<V> codec;

        Typed(String name, boolean required, Class<V> type, Function<T, A> get) {
            super(name, required);
            this.type = type;
            this.get = get;
        }

        @Override
        void link(Function<Class<?>, Codec<?>> codecs) {
            codec = codec(codecs, type);
        }

        @Override
        Object value(T value) {
            return get.apply(value);
        }
    }

    private static final class Single<T, B, V> extends Typed<T, B, V, V> {

        private final BiConsumer<B, V> set;

        Single(String name, boolean required, Class<V> type, Function<T, V> get, BiConsumer<B, V> set) {
            super(name, required, type, get);
            this.set = set;
        }

        @Override
        void write(T value, Out out) {
            out.value(name, codec, get.apply(value));
        }

        @Override
        void read(In in, B builder) {
            set.accept(builder, codec.read(in));
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            return codec.schema(schemas);
        }
    }

    private static final class OptionalProperty<T, B, V> extends Typed<T, B, V, Optional<V>> {

        private final BiConsumer<B, V> set;

        OptionalProperty(String name, Class<V> type, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
            super(name, false, type, get);
            this.set = set;
        }

        @Override
        void write(T value, Out out) {
            Optional<V> present = get.apply(value);
            if (present.isPresent()) {
                out.value(name, codec, present.get());
            }
        }

        @Override
        void read(In in, B builder) {
            if (!in.isNull()) {
                set.accept(builder, codec.read(in));
            }
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            ObjectNode schema = Schemas.node();
            schema.putArray("anyOf").add(codec.schema(schemas)).add(Schemas.node().put("type", "null"));
            return schema;
        }
    }

    /**
     * A list or a set: a JSON array. A set refuses a value given twice, at its second place; a set of
     * constants is written in enum order.
     */
    private static final class ArrayProperty<T, B, V, C extends Collection<V>>
            extends Typed<T, B, V, Collection<V>> {

        private final BiConsumer<B, C> set;
        private final Supplier<C> newCollection;
        private final boolean unique;
        private final boolean enumOrder;

        @SuppressWarnings("unchecked")
        ArrayProperty(String name, Class<V> type, Function<T, ? extends Collection<V>> get, BiConsumer<B, C> set,
                Supplier<C> newCollection, boolean unique, boolean enumOrder) {
            super(name, false, type, (Function<T, Collection<V>>) get);
            this.set = set;
            this.newCollection = newCollection;
            this.unique = unique;
            this.enumOrder = enumOrder;
        }

        @Override
        void write(T value, Out out) {
            Collection<V> values = get.apply(value);
            if (enumOrder) {
                List<V> constants = new ArrayList<>(values);
                constants.sort(java.util.Comparator.comparingInt(constant -> ((Enum<?>) constant).ordinal()));
                values = constants;
            }
            out.array(name, codec, values);
        }

        @Override
        void read(In in, B builder) {
            in.startArray();
            C values = newCollection.get();
            for (int i = 0; in.nextElement(); i++) {
                in.enter(i);
                if (!values.add(codec.read(in)) && unique) {
                    throw in.error("appears more than once; each value may appear only once");
                }
                in.leave();
            }
            set.accept(builder, values);
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            ObjectNode schema = Schemas.node().put("type", "array");
            if (unique) {
                schema.put("uniqueItems", true);
            }
            schema.set("items", codec.schema(schemas));
            return schema;
        }
    }

    /** A map keyed by an enum's constants: a JSON object whose names are the constants' keys. */
    private static final class MapProperty<T, B, K extends Enum<K>, V> extends Typed<T, B, V, Map<K, V>> {

        private final Class<K> keyType;
        private final BiConsumer<B, Map<K, V>> set;
        private EnumCodec<K> keys;

        MapProperty(String name, Class<K> keyType, Class<V> valueType, Function<T, Map<K, V>> get,
                BiConsumer<B, Map<K, V>> set) {
            super(name, false, valueType, get);
            this.keyType = keyType;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        void link(Function<Class<?>, Codec<?>> codecs) {
            super.link(codecs);
            keys = (EnumCodec<K>) codec(codecs, keyType);
        }

        @Override
        void write(T value, Out out) {
            Map<K, V> map = get.apply(value);
            out.startObject(name);
            for (K key : keys.type().getEnumConstants()) {
                V entry = map.get(key);
                if (entry != null) {
                    out.value(keys.key(key), codec, entry);
                }
            }
            out.endObject();
        }

        @Override
        void read(In in, B builder) {
            in.startObject();
            Map<K, V> map = new EnumMap<>(keys.type());
            int position = -1;
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                position++;
                K key = keys.find(name);
                in.enter(name, position);
                if (key == null) {
                    throw in.error("not a known " + keys.type().getSimpleName() + "; expected one of: "
                            + keys.expectedKeys());
                }
                if (map.containsKey(key)) {
                    throw in.error("duplicate property: a property may appear only once in an object");
                }
                map.put(key, codec.read(in));
                in.leave();
            }
            set.accept(builder, map);
        }

        @Override
        ObjectNode schema(Schemas schemas) {
            ObjectNode schema = Schemas.node().put("type", "object");
            schema.set("propertyNames", keys.schema(schemas));
            schema.set("additionalProperties", codec.schema(schemas));
            return schema;
        }
    }
}
