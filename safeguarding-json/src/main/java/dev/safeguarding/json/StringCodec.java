package dev.safeguarding.json;

/**
 * A JSON string, for the elements of lists of text ({@code CareArea.subAreas()}). Not registered in
 * {@link Codecs}: a string is not a type of the format, only a part of one.
 */
final class StringCodec implements Codec<String> {

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
}
