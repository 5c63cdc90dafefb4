package io.soundport.domain.shared;

import java.util.Objects;

/** One invalid input field: its path as the caller sent it (for example {@code tracks[0].isrc}) and why. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public FieldError under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        return new FieldError(prefix + (field.isEmpty() || field.startsWith("[") ? "" : ".") + field, message);
    }
}
