package dev.safeguarding.json;

import java.time.LocalDate;

/**
 * Codecs for the elements of lists of plain values (identifiers, dates). Not registered in
 * {@link Codecs}: they are not model types, and {@link SafeguardingJson} does not read or write them on
 * their own.
 */
final class Scalars {

    /** A string element. */
    static final Codec<String> STRING = new Codec<>() {
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
    };

    /** A date element, {@code yyyy-MM-dd}. */
    static final Codec<LocalDate> DATE = new Codec<>() {
        @Override
        public Class<LocalDate> type() {
            return LocalDate.class;
        }

        @Override
        public void write(LocalDate value, Out out) {
            out.string(value.toString());
        }

        @Override
        public LocalDate read(In in) {
            return in.date();
        }
    };

    private Scalars() {
    }
}
