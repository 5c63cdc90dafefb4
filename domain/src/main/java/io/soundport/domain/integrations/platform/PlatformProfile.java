package io.soundport.domain.integrations.platform;

import java.util.Objects;

/**
 * The account the access token acts for: its id on the platform (any name, not a {@link SpotifyId}), the name it
 * shows, and, each null when the platform does not say (or the grant lacks the scope), its e-mail address, its
 * country (ISO 3166-1 alpha-2), its subscription ({@code premium}, {@code free}), its number of followers and the URL
 * of its picture.
 */
public record PlatformProfile(String id, String displayName, String email, String country, String product,
                              Integer followers, String imageUrl) {
    public PlatformProfile {
        Objects.requireNonNull(id, "id");
    }
}
