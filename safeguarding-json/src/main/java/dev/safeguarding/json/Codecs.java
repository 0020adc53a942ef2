package dev.safeguarding.json;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The formats of the practice frameworks, one class each, and the codec of each type, found by class.
 * A type added to the model gets its line in its framework's format, and a generator in the testing
 * module for the round-trip tests.
 */
final class Codecs {

    /** The codecs of the plain values properties hold; not types of the format of their own. */
    private static final Map<Class<?>, Codec<?>> SCALARS = Map.of(String.class, Scalars.STRING,
            LocalDate.class, Scalars.DATE, Integer.class, Scalars.INT, Boolean.class, Scalars.BOOLEAN);

    private static final Map<Class<?>, Codec<?>> BY_TYPE;
    private static final Set<String> NAMES;

    static {
        List<Codec<?>> codecs = Stream.of(CommonFormat.codecs(), PeopleFormat.codecs(), NeedFormat.codecs(),
                        TimescalesFormat.codecs(), AssessmentFormat.codecs(), FlourishFormat.codecs(),
                        SharingFormat.codecs(), SignsOfSafetyFormat.codecs(), MultiagencyFormat.codecs(),
                        ChronologyFormat.codecs(), PreBirthFormat.codecs(), CscApiFormat.codecs())
                .flatMap(List::stream).toList();
        Map<Class<?>, Codec<?>> byType = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        names.add(ObjectFormat.FORMAT_VERSION);
        for (Codec<?> codec : codecs) {
            if (byType.put(codec.type(), codec) != null) {
                throw new IllegalStateException("two codecs for " + codec.type().getName());
            }
            if (codec instanceof ObjectFormat<?, ?> object) {
                names.addAll(object.propertyNames());
            } else if (codec instanceof EnumCodec<?> constants) {
                names.addAll(constants.keys());
            }
        }
        BY_TYPE = Map.copyOf(byType);
        NAMES = Set.copyOf(names);
        for (Codec<?> codec : codecs) {
            if (codec instanceof ObjectFormat<?, ?> object) {
                object.link(Codecs::linked);
            }
        }
    }

    private Codecs() {
    }

    private static Codec<?> linked(Class<?> type) {
        Codec<?> codec = SCALARS.get(type);
        return codec != null ? codec : forType(type);
    }

    /** The types the format knows. */
    static Set<Class<?>> types() {
        return BY_TYPE.keySet();
    }

    /** Whether {@code name} is a property name or a constant's key that the format defines. */
    static boolean definesName(String name) {
        return NAMES.contains(name);
    }

    /**
     * The codec for {@code type}, exactly.
     *
     * @throws IllegalArgumentException listing the supported types, if the format does not know it
     */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> forType(Class<T> type) {
        Codec<?> codec = BY_TYPE.get(type);
        if (codec == null) {
            throw unsupported(type);
        }
        return (Codec<T>) codec;
    }

    /**
     * The codec for the class of {@code value} or the nearest superclass the format knows (the model's
     * values are instances of generated subclasses; enum constants with bodies are subclasses too).
     *
     * @throws IllegalArgumentException listing the supported types, if the format knows none
     */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> forValue(T value) {
        Codec<?> codec = nearest(value.getClass());
        if (codec == null) {
            throw unsupported(value.getClass());
        }
        return (Codec<T>) codec;
    }

    /** Whether the format knows {@code type} or a superclass of it. */
    static boolean supports(Class<?> type) {
        return nearest(type) != null;
    }

    private static Codec<?> nearest(Class<?> type) {
        for (Class<?> known = type; known != null; known = known.getSuperclass()) {
            Codec<?> codec = BY_TYPE.get(known);
            if (codec != null) {
                return codec;
            }
        }
        return null;
    }

    private static IllegalArgumentException unsupported(Class<?> type) {
        return new IllegalArgumentException("SafeguardingJson has no format for " + type.getName()
                + "; it reads and writes: " + BY_TYPE.keySet().stream().map(Class::getName).sorted()
                        .collect(Collectors.joining(", ")));
    }
}
