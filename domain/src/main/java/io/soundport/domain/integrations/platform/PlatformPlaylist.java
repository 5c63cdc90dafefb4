package io.soundport.domain.integrations.platform;

import java.util.Objects;

/**
 * A playlist the account owns or follows: id, name, description (null: none), its owner's user id and shown name,
 * whether it is public (null when the platform does not say) and collaborative, how many tracks it holds, and the URL
 * of its largest image (null: none).
 */
public record PlatformPlaylist(SpotifyId id, String name, String description, String ownerId, String ownerName,
                               Boolean isPublic, boolean collaborative, int trackCount, String imageUrl) {
    public PlatformPlaylist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
