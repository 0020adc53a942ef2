package dev.safeguarding.testing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Generators;
import dev.safeguarding.testing.Property;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text field of every value type of the model holds text: a string with an unpaired UTF-16
 * surrogate ({@code "Ann\ud800e"}) is rejected by the builder, naming the field and the rule, never the
 * value. Such a string cannot be written as UTF-8 (a JSON Lines export fails halfway; {@code getBytes}
 * turns it silently into {@code ?}).
 *
 * <p>The types and their text fields are found by reflection (every public value type, each of its
 * accessors of type {@code String}, {@code Optional<String>}, {@code List<String>} or {@code Set<String>}),
 * so a field added tomorrow is covered without this test naming it.
 */
class TextFieldsTest {

    private static final String NOT_TEXT = "Ann\ud800e";

    @Test
    void everyTextFieldOfEveryValueTypeRejectsAnUnpairedSurrogate() {
        List<String> checked = new ArrayList<>();
        List<String> missingGenerators = new ArrayList<>();
        for (Class<?> type : valueTypes()) {
            List<Method> fields = textFields(type);
            if (fields.isEmpty()) {
                continue;
            }
            Optional<? extends Gen<?>> values = Generators.of(type);
            if (values.isEmpty()) {
                missingGenerators.add(type.getName());
                continue;
            }
            Property.forAll(20, values.get(), value -> {
                for (Method field : fields) {
                    InvalidValueException e = rebuildWith(type, value, field);
                    assertEquals(field.getName(), e.field(), () -> type.getSimpleName() + ": " + e.getMessage());
                    assertTrue(e.rule().contains("unpaired UTF-16 surrogate"), e::getMessage);
                    assertFalse(e.getMessage().contains("Ann"), e::getMessage);
                }
            });
            fields.forEach(field -> checked.add(type.getSimpleName() + "." + field.getName()));
        }
        assertEquals(List.of(), missingGenerators, "value types with text fields but no generator");
        assertTrue(checked.contains("Child.name") && checked.contains("ThreeHouses.worries")
                && checked.contains("MapStatement.dangerStatementIds"), checked::toString);
    }

    @Test
    void theSameTextWithItsSurrogatesPairedIsAccepted() {
        String paired = "Ann\ud83d\ude00e";
        assertEquals(Optional.of(paired), dev.safeguarding.model.people.Child.builder().id("c-1")
                .dateOfBirth(java.time.LocalDate.of(2015, 6, 1)).name(paired).build().name());
    }

    /** {@code value} rebuilt with {@code field} set to text that is not text: the builder's exception. */
    private static InvalidValueException rebuildWith(Class<?> type, Object value, Method field) {
        try {
            Object builder = builderOf(type);
            call(builder, "from", type, value);
            Object bad = isCollection(field) ? List.of(NOT_TEXT) : NOT_TEXT;
            call(builder, field.getName(), isCollection(field) ? Iterable.class : String.class, bad);
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            build.invoke(builder);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                return invalid;
            }
            throw new AssertionError(type.getSimpleName() + "." + field.getName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + "." + field.getName() + ": " + e, e);
        }
        return fail(type.getSimpleName() + "." + field.getName() + " accepted a string with an unpaired surrogate");
    }

    private static Object builderOf(Class<?> type) throws ReflectiveOperationException {
        Method builder;
        try {
            builder = type.getMethod("builder");
        } catch (NoSuchMethodException e) {
            builder = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName())
                    .getDeclaredMethod("builder");
        }
        builder.setAccessible(true);
        return builder.invoke(null);
    }

    private static void call(Object builder, String name, Class<?> parameter, Object argument)
            throws ReflectiveOperationException {
        Method method = builder.getClass().getMethod(name, parameter);
        method.setAccessible(true);
        method.invoke(builder, argument);
    }

    private static boolean isCollection(Method field) {
        return Collection.class.isAssignableFrom(field.getReturnType());
    }

    /** The abstract accessors whose values are text: String, Optional, List or Set of String. */
    private static List<Method> textFields(Class<?> type) {
        List<Method> fields = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (!Modifier.isAbstract(method.getModifiers()) || method.getParameterCount() != 0) {
                continue;
            }
            Type returned = method.getGenericReturnType();
            boolean text = returned == String.class
                    || returned instanceof ParameterizedType generic
                            && (generic.getRawType() == Optional.class || generic.getRawType() == List.class
                                    || generic.getRawType() == java.util.Set.class)
                            && generic.getActualTypeArguments()[0] == String.class;
            if (text) {
                fields.add(method);
            }
        }
        fields.sort((a, b) -> a.getName().compareTo(b.getName()));
        return fields;
    }

    /**
     * Every public value type of the model: an abstract class with a generated {@code Immutable} sibling,
     * read from the model's jar (or classes) on the test class path.
     */
    private static List<Class<?>> valueTypes() {
        JavaClasses model = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.safeguarding.model");
        TreeSet<String> names = new TreeSet<>();
        for (JavaClass type : model) {
            if (type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass()
                    && model.contain(type.getPackageName() + ".Immutable" + type.getSimpleName())) {
                names.add(type.getName());
            }
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            try {
                types.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(types.size() > 40, "found only " + types.size() + " value types");
        return types;
    }
}
