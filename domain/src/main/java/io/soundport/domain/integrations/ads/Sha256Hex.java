package io.soundport.domain.integrations.ads;

import io.soundport.domain.shared.DomainException;

import java.util.regex.Pattern;

/** The SHA-256 of a normalized customer value, in lower-case hex: what Meta matches people by, never the value. */
public record Sha256Hex(String value) {
    private static final Pattern HEX = Pattern.compile("^[0-9a-f]{64}$");

    public Sha256Hex {
        if (value == null || !HEX.matcher(value).matches()) {
            throw DomainException.invalid("hash", "must be a SHA-256 in lower-case hex");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
