package io.soundport.sdk.model;

import java.util.Objects;

/**
 * A closed set of values the API answers (a status, a kind, a role...), as an enum with an {@code UNKNOWN} member.
 * A newer server may send a value this version of the SDK does not know: it reads as {@code UNKNOWN} and never fails,
 * and the record that holds it keeps the string as received in a {@code ...Value()} accessor
 * ({@code release.status()} is the enum, {@code release.statusValue()} the raw string).
 * <p>
 * The same enums are what params take; a param refuses {@code UNKNOWN}, which names no value the server accepts.
 */
public interface ApiEnum {
    /**
     * The constant's name, as {@link Enum#name()} gives it.
     *
     * @return the name
     */
    String name();

    /**
     * The value on the wire. {@code UNKNOWN} has none: its record's {@code ...Value()} accessor has the string sent.
     *
     * @return the value as the API writes it, such as {@code DRAFT} or {@code read}
     */
    default String value() {
        return name();
    }

    /**
     * Whether this is a value this SDK knows.
     *
     * @return false for {@code UNKNOWN}
     */
    default boolean isKnown() {
        return !name().equals("UNKNOWN");
    }

    /**
     * The constant whose {@link #value()} is {@code value}.
     *
     * @param type  the enum
     * @param value the value as received, or null
     * @param <E>   the enum's type
     * @return the constant, {@code UNKNOWN} for a value this SDK does not know, null for null
     */
    static <E extends Enum<E> & ApiEnum> E fromValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.isKnown() && constant.value().equals(value)) {
                return constant;
            }
        }
        return Enum.valueOf(type, "UNKNOWN");
    }

    /**
     * Refuses {@code UNKNOWN} where a value is sent to the server.
     *
     * @param constant the constant, or null
     * @param field    the param's name, for the message
     * @param <E>      the enum's type
     * @return the constant
     * @throws IllegalArgumentException when it is {@code UNKNOWN}
     */
    static <E extends ApiEnum> E requireKnown(E constant, String field) {
        if (constant != null && !constant.isKnown()) {
            throw new IllegalArgumentException(Objects.requireNonNull(field, "field")
                    + " cannot be UNKNOWN: it stands for a value this SDK does not know and is never sent");
        }
        return constant;
    }
}
