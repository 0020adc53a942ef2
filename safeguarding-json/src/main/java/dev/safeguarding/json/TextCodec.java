package dev.safeguarding.json;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A string as an element of an array ({@code ThreeHouses.worries()}, {@code
 * MapStatement.dangerStatementIds()}). Not a type of the format of its own, so not registered in
 * {@link Codecs}: a helper of the codecs whose values hold lists and sets of strings.
 */
final class TextCodec implements Codec<String> {

    static final TextCodec INSTANCE = new TextCodec();

    private TextCodec() {
    }

    @Override
    public Class<String> type() {
        return String.class;
    }

    @Override
    public void write(String value, Out out) {
        out.string(value);
    }

    @Override
    public String read(In in) {
        return in.string();
    }

    /** A list property of strings; absent means empty. */
    static List<String> list(ObjectIn object, String name) {
        return object.list(name, INSTANCE);
    }

    /**
     * A set property of strings, in the document's order; absent means empty; a string given twice is an
     * error at its second place (the message does not repeat it).
     */
    static Set<String> set(ObjectIn object, String name) {
        Set<String> values = new LinkedHashSet<>();
        object.defaulted(name).ifPresent(array -> array.elements().forEach(element -> {
            if (!values.add(element.read(INSTANCE))) {
                throw element.error("appears more than once; each value may appear only once");
            }
        }));
        return values;
    }
}
