package io.soundport.domain.shared;

import java.util.Objects;

/**
 * One invalid input field: its path in the core's names, those of the Java commands and records (for example
 * {@code tracks[0].durationMs}), and why. An edge renames the path into its own format's names.
 */
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
