package io.soundport.application.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a partial update: kept as it is, cleared, or set to a new value. On the wire an absent field keeps,
 * an empty string clears, anything else sets (after parsing).
 *
 * @param <T> the field's type
 */
public sealed interface Change<T> {
    /** The wire value that clears a field. */
    String CLEAR = "";

    /** The field's value after this change. */
    T applyTo(T current);

    static <T> Change<T> keep() {
        return new Keep<>();
    }

    static <T> Change<T> clear() {
        return new Clear<>();
    }

    static <T> Change<T> to(T value) {
        return new To<>(Objects.requireNonNull(value, "value"));
    }

    /** Null keeps, {@link #CLEAR} clears, anything else is parsed (a parse failure propagates). */
    static <T> Change<T> parse(String raw, Function<String, T> parser) {
        if (raw == null) {
            return keep();
        }
        return raw.isEmpty() ? clear() : to(parser.apply(raw));
    }

    /** Leaves the field as it is. */
    record Keep<T>() implements Change<T> {
        @Override
        public T applyTo(T current) {
            return current;
        }
    }

    /** Removes the field's value. */
    record Clear<T>() implements Change<T> {
        @Override
        public T applyTo(T current) {
            return null;
        }
    }

    /** Sets the field. */
    record To<T>(T value) implements Change<T> {
        @Override
        public T applyTo(T current) {
            return value;
        }
    }
}
