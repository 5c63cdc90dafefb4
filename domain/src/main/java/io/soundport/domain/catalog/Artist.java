package io.soundport.domain.catalog;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A performing artist in an organization's catalog, with optional MusicBrainz and Spotify identities. */
public record Artist(ArtistId id, OrganizationId organizationId, String name, String musicbrainzId, String spotifyId,
                     Instant createdAt, Instant updatedAt, long version) {
    private static final Pattern SPOTIFY_ID = Pattern.compile("^[0-9A-Za-z]{22}$");

    public Artist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        name = Validation.requireText(name, "name", 300);
        musicbrainzId = checkMusicbrainzId(musicbrainzId);
        spotifyId = checkSpotifyId(spotifyId);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static String checkMusicbrainzId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (v.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(v).toString();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("musicbrainzId", "must be a MusicBrainz id (a UUID)");
        }
    }

    public static String checkSpotifyId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!SPOTIFY_ID.matcher(v).matches()) {
            throw DomainException.invalid("spotifyId", "must be a Spotify id (22 letters and digits)");
        }
        return v;
    }

    public Artist rename(String newName, String newMusicbrainzId, String newSpotifyId, Instant now) {
        return new Artist(id, organizationId, newName, newMusicbrainzId, newSpotifyId, createdAt, now, version);
    }

    /** Raises {@code artist.created} about this artist, as added. */
    public ArtistEvent.ArtistCreated created(EventMeta meta) {
        return new ArtistEvent.ArtistCreated(meta, this);
    }

    /** Raises {@code artist.updated} about this artist, as stored after the change. */
    public ArtistEvent.ArtistUpdated updated(EventMeta meta) {
        return new ArtistEvent.ArtistUpdated(meta, this);
    }

    /** Raises {@code artist.deleted} about this artist, as it was. */
    public ArtistEvent.ArtistDeleted deleted(EventMeta meta) {
        return new ArtistEvent.ArtistDeleted(meta, this);
    }
}
