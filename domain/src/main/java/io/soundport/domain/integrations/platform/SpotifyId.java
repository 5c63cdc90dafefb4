package io.soundport.domain.integrations.platform;

import io.soundport.domain.shared.DomainException;

import java.util.regex.Pattern;

/**
 * The id of a track, artist, album or playlist in Spotify's catalog: 22 base62 characters
 * ({@code 3n3Ppam7vgaVa1iaRUc9Lp}), case-sensitive. A user's id is not one of these (it may be any name).
 */
public record SpotifyId(String value) {
    public static final int LENGTH = 22;
    private static final Pattern BASE62 = Pattern.compile("^[0-9A-Za-z]{" + LENGTH + "}$");

    public SpotifyId {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("id", "must not be blank");
        }
        value = value.strip();
        if (!BASE62.matcher(value).matches()) {
            throw DomainException.invalid("id", "must be a Spotify id: " + LENGTH
                    + " letters and digits, such as 3n3Ppam7vgaVa1iaRUc9Lp");
        }
    }

    public static SpotifyId of(String value) {
        return new SpotifyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
