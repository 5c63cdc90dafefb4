package io.soundport.domain.catalog.metadata;

import io.soundport.domain.shared.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A MusicBrainz identifier: a UUID, kept in lower case ({@code b10bbbfc-cf9e-42e0-be17-e2c3e1d2600d}). */
public record Mbid(String value) {
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    public Mbid {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("mbid", "must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!UUID.matcher(value).matches()) {
            throw DomainException.invalid("mbid", "must be a MusicBrainz id (a UUID such as "
                    + "b10bbbfc-cf9e-42e0-be17-e2c3e1d2600d)");
        }
    }

    public static Mbid of(String value) {
        return new Mbid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
