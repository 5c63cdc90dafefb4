package io.soundport.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every field error of one input before rejecting it, so a caller learns all that is wrong at once.
 * Value objects throw on their own; this names the field of the input (in the core's names) that held the value.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Builds a value, recording a failure under {@code field}; returns null when it failed. */
    public <T> T field(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            if (e.details().isEmpty()) {
                errors.add(new FieldError(field, e.getMessage()));
            } else {
                e.details().forEach(d -> errors.add(new FieldError(field, d.message())));
            }
            return null;
        }
    }

    /** Records errors of a nested object under a prefix such as {@code tracks[2]}. */
    public <T> T nested(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR) {
                throw e;
            }
            e.details().forEach(d -> errors.add(d.under(prefix)));
            return null;
        }
    }

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(List.copyOf(errors));
        }
    }

    // Single-field checks used by value objects and commands.

    /** Single-line text, trimmed: not blank, not too long, only characters {@link StoredText} lets be stored. */
    public static String requireText(String value, String field, int maxLength) {
        return text(value, field, maxLength, false);
    }

    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return requireText(value, field, maxLength);
    }

    /** Text that may span lines (a description, a message body): line feeds, carriage returns and tabs allowed. */
    public static String optionalMultilineText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, maxLength, true);
    }

    /** Text that may span lines and must be there: not blank, not too long, only what {@link StoredText} stores. */
    public static String requireMultilineText(String value, String field, int maxLength) {
        return text(value, field, maxLength, true);
    }

    private static String text(String value, String field, int maxLength, boolean multiline) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw DomainException.invalid(field, "must be at most " + maxLength + " characters");
        }
        return StoredText.check(trimmed, field, multiline);
    }
}
