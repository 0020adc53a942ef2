package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.rules.need.ThresholdGuide;
import dev.safeguarding.rules.need.ThresholdProfiles;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Documents to break, assertions on how reading them fails, and the round-trip property every type keeps. */
final class Docs {

    static final SafeguardingJson JSON = SafeguardingJson.standard();

    static final Child CHILD = Child.born("c-1", LocalDate.of(2015, 6, 1));

    static final ThresholdQuestion QUESTION = ThresholdQuestion.builder()
            .child(CHILD)
            .addIndicator(NeedIndicator.of(AssessmentDomain.PARENTING_CAPACITY, LevelOfNeed.COMPLEX))
            .build();

    static final ThresholdProfile PROFILE = ThresholdProfiles.norfolk2023();

    static final ThresholdGuidance GUIDANCE = ThresholdGuide.norfolk2023().assess(QUESTION);

    /** A plain Jackson mapper, to edit documents in tests (not the format's own). */
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Docs() {
    }

    /** {@code text} with single quotes turned into double quotes, so that documents read easily in tests. */
    static String json(String text) {
        return text.replace('\'', '"');
    }

    /** The document of {@code value}, as a tree to edit. */
    static ObjectNode tree(Object value) {
        return (ObjectNode) MAPPER.readTree(JSON.write(value));
    }

    /** Reading {@code text} as {@code type} with {@code json} fails. */
    static SafeguardingJsonException readFails(SafeguardingJson json, String text, Class<?> type) {
        return assertThrows(SafeguardingJsonException.class, () -> json.read(text, type));
    }

    /**
     * Reading {@code text} as {@code type} fails at exactly {@code path}, with a message that contains
     * {@code message}.
     */
    static SafeguardingJsonException failsAt(String path, String message, String text, Class<?> type) {
        return failsAt(JSON, path, message, text, type);
    }

    /** As {@link #failsAt(String, String, String, Class)}, with the given reader. */
    static SafeguardingJsonException failsAt(SafeguardingJson json, String path, String message, String text,
            Class<?> type) {
        SafeguardingJsonException e = readFails(json, text, type);
        assertEquals(path, e.path(), e::getMessage);
        assertTrue(e.getMessage().contains(message), () -> "message: " + e.getMessage());
        return e;
    }

    /**
     * Over 1,000 values of {@code values}: read(write(x)) equals x; write(read(write(x))) equals
     * write(x); the pretty form and the lenient reader read back the same value.
     */
    static <T> void roundTripsExactly(Gen<T> values, Class<T> type) {
        Property.forAll(values, value -> {
            String text = JSON.write(value);
            T again = JSON.read(text, type);
            assertEquals(value, again);
            assertEquals(text, JSON.write(again));
            assertEquals(value, JSON.read(JSON.writePretty(value), type));
            assertEquals(value, SafeguardingJson.lenient().read(text, type));
        });
    }

    /** Everything a log would show of {@code e}: the stack trace with every cause. */
    static String logged(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** Neither what a log would show of {@code e} nor its path holds {@code value}. */
    static void neverShows(String value, SafeguardingJsonException e) {
        assertFalse(logged(e).contains(value), () -> "the error shows the value: " + logged(e));
        assertFalse(e.path().contains(value), e::path);
    }
}
