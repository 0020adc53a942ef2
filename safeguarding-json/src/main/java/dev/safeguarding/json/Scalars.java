package dev.safeguarding.json;

import java.time.LocalDate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Codecs for the plain values that properties hold (text, dates, whole numbers, true or false). Not
 * registered in {@link Codecs}: they are not model types, and {@link SafeguardingJson} does not read or
 * write them on their own.
 */
final class Scalars {

    /** A string. */
    static final Codec<String> STRING = new Scalar<>(String.class) {
        @Override
        public void write(String value, Out out) {
            out.string(value);
        }

        @Override
        public String read(In in) {
            return in.string();
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return Schemas.node().put("type", "string");
        }
    };

    /** A date, {@code yyyy-MM-dd}. */
    static final Codec<LocalDate> DATE = new Scalar<>(LocalDate.class) {
        @Override
        public void write(LocalDate value, Out out) {
            out.string(value.toString());
        }

        @Override
        public LocalDate read(In in) {
            return in.date();
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return Schemas.node().put("type", "string").put("format", "date")
                    .put("pattern", "^([+-][0-9]{4,}|[0-9]{4})-[0-9]{2}-[0-9]{2}$");
        }
    };

    /** A whole number in the range of {@code int}. */
    static final Codec<Integer> INT = new Scalar<>(Integer.class) {
        @Override
        public void write(Integer value, Out out) {
            out.integer(value);
        }

        @Override
        public Integer read(In in) {
            return in.integer();
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return Schemas.node().put("type", "integer").put("minimum", Integer.MIN_VALUE)
                    .put("maximum", Integer.MAX_VALUE);
        }
    };

    /** {@code true} or {@code false}. */
    static final Codec<Boolean> BOOLEAN = new Scalar<>(Boolean.class) {
        @Override
        public void write(Boolean value, Out out) {
            out.bool(value);
        }

        @Override
        public Boolean read(In in) {
            return in.bool();
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return Schemas.node().put("type", "boolean");
        }
    };

    private Scalars() {
    }

    private abstract static class Scalar<T> implements Codec<T> {

        private final Class<T> type;

        Scalar(Class<T> type) {
            this.type = type;
        }

        @Override
        public Class<T> type() {
            return type;
        }
    }
}
