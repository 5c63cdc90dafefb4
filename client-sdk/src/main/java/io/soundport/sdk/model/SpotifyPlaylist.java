package io.soundport.sdk.model;

/**
 * A playlist the account owns or follows.
 *
 * @param id            Spotify's id of the playlist (22 letters and digits)
 * @param name          the name
 * @param description   its description, or null
 * @param ownerId       Spotify's id of the account that owns it, or null
 * @param ownerName     the owner's display name, or null
 * @param isPublic      whether it shows on the owner's profile; null when Spotify does not say
 * @param collaborative whether others may edit it
 * @param trackCount    how many tracks it holds
 * @param imageUrl      its cover, or null
 */
public record SpotifyPlaylist(String id, String name, String description, String ownerId, String ownerName,
                              Boolean isPublic, boolean collaborative, int trackCount, String imageUrl) {
}
