package dev.safeguarding.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every generator of this package, found by type: for tests that must hold for every type of the model
 * (a vendor's own JSON or database mapping of every record, the check that builders reject what is not
 * text), so that a type with a new generator is covered without a test naming it.
 *
 * <pre>{@code
 * Gen<Chronology> chronologies = Generators.of(Chronology.class).orElseThrow();
 * }</pre>
 *
 * <p>A type's generators are the public static methods returning {@code Gen<Type>} in {@link ModelGen} and
 * its siblings that take nothing or one date (given from {@link ModelGen#dates()}), one of them chosen
 * evenly for each value; a type with none is drawn from the values of a type that holds it (a grade
 * description from a graded care profile); an enum's generator gives its constants. The order of the
 * search is fixed, so a seed gives the same values on every run.
 */
public final class Generators {

    private static final List<Class<?>> SOURCES = List.of(ModelGen.class, AssessmentGen.class, ChronologyGen.class,
            MultiagencyGen.class, SharingGen.class, SignsOfSafetyGen.class, TimescaleGen.class);

    private static final Map<Class<?>, Gen<?>> BY_TYPE = collect();

    private Generators() {
    }

    /**
     * A generator of values of {@code type}: its constants for an enum, otherwise one of its generators
     * chosen evenly for each value; empty if the package has none.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Optional<Gen<T>> of(Class<T> type) {
        if (type.isEnum()) {
            return Optional.of((Gen<T>) Gen.enumValues((Class) type));
        }
        return Optional.ofNullable((Gen<T>) BY_TYPE.get(type));
    }

    /**
     * Every type of the model the search above found a generator for, ordered by name: for a test over
     * every record a vendor stores or sends. ({@link #of(Class)} answers for any enum, listed here or not.)
     *
     * @return the types, in the order of their names
     */
    public static List<Class<?>> types() {
        return BY_TYPE.keySet().stream().sorted(Comparator.comparing(Class::getName)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<Class<?>, Gen<?>> collect() {
        Map<Class<?>, List<Gen<Object>>> found = new LinkedHashMap<>();
        for (Class<?> source : SOURCES) {
            // in a fixed order: reflection gives methods in no particular order, and a seeded run must draw the same
            Method[] methods = source.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
            for (Method method : methods) {
                Type returned = method.getGenericReturnType();
                boolean noArgument = method.getParameterCount() == 0;
                boolean oneDate = method.getParameterCount() == 1 && method.getParameterTypes()[0] == LocalDate.class;
                if (Modifier.isStatic(method.getModifiers()) && (noArgument || oneDate)
                        && returned instanceof ParameterizedType generic && generic.getRawType() == Gen.class
                        && generic.getActualTypeArguments()[0] instanceof Class<?> type
                        && type.getPackageName().startsWith("dev.safeguarding.model")) {
                    found.computeIfAbsent(type, t -> new ArrayList<>()).add(noArgument ? (Gen<Object>) call(method)
                            : ModelGen.dates().flatMap(date -> (Gen<Object>) call(method, date)));
                }
            }
        }
        Map<Class<?>, Gen<?>> byType = new LinkedHashMap<>();
        found.forEach((type, gens) -> byType.put(type,
                random -> gens.get(random.nextInt(gens.size())).generate(random)));
        for (Class<?> holder : List.copyOf(byType.keySet())) {
            Method[] accessors = holder.getMethods();
            Arrays.sort(accessors, Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
            for (Method accessor : accessors) {
                Class<?> held = heldType(accessor);
                if (held != null && !byType.containsKey(held) && !held.isEnum()) {
                    Gen<?> holders = byType.get(holder);
                    byType.put(held, random -> {
                        for (int i = 0; i < 1000; i++) {
                            List<?> values = values(call(accessor, holders.generate(random)));
                            if (!values.isEmpty()) {
                                return values.get(random.nextInt(values.size()));
                            }
                        }
                        throw new IllegalStateException("no " + held.getSimpleName() + " in 1000 of " + holder);
                    });
                }
            }
        }
        return Map.copyOf(byType);
    }

    /** The model type an accessor returns, alone or in an Optional, list, set or map's values; else null. */
    private static Class<?> heldType(Method accessor) {
        if (Modifier.isStatic(accessor.getModifiers()) || accessor.getParameterCount() != 0) {
            return null;
        }
        Type returned = accessor.getGenericReturnType();
        if (returned instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            returned = arguments[arguments.length - 1];
        }
        return returned instanceof Class<?> type && type.getPackageName().startsWith("dev.safeguarding.model")
                ? type : null;
    }

    private static List<?> values(Object held) {
        if (held instanceof Optional<?> optional) {
            return optional.stream().toList();
        }
        if (held instanceof Collection<?> collection) {
            return List.copyOf(collection);
        }
        if (held instanceof Map<?, ?> map) {
            return List.copyOf(map.values());
        }
        return held == null ? List.of() : List.of(held);
    }

    private static Object call(Method method, Object... arguments) {
        try {
            return Modifier.isStatic(method.getModifiers()) ? method.invoke(null, arguments)
                    : method.invoke(arguments[0]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + method, e);
        }
    }
}
