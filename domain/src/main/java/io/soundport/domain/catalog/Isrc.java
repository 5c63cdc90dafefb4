package io.soundport.domain.catalog;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * International Standard Recording Code, {@code CC-XXX-YY-NNNNN}: country, registrant, year, designation.
 * Accepted with or without hyphens; kept in the compact form of ISO 3901 ({@code USRC17607839}).
 */
public record Isrc(String value) {
    private static final Pattern COMPACT = Pattern.compile("^[A-Z]{2}[A-Z0-9]{3}[0-9]{2}[0-9]{5}$");
    private static final Pattern HYPHENATED = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{3}-[0-9]{2}-[0-9]{5}$");

    public Isrc {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("isrc", "must not be blank");
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (HYPHENATED.matcher(upper).matches()) {
            upper = upper.replace("-", "");
        }
        if (!COMPACT.matcher(upper).matches()) {
            throw DomainException.invalid("isrc", "must look like CC-XXX-YY-NNNNN (for example US-RC1-76-07839)");
        }
        value = upper;
    }

    public static Isrc of(String value) {
        return new Isrc(value);
    }

    /** The hyphenated form people read: {@code US-RC1-76-07839}. */
    public String display() {
        return value.substring(0, 2) + "-" + value.substring(2, 5) + "-" + value.substring(5, 7) + "-"
                + value.substring(7);
    }

    @Override
    public String toString() {
        return value;
    }
}
