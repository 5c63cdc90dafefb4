package io.soundport.domain.catalog;

import java.util.Objects;

/**
 * Whose asset it is: the track an audio file belongs to, or the release a cover belongs to. A subject has at most one
 * asset; storing another replaces it.
 */
public record AssetSubject(MediaKind kind, String id) {
    public AssetSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        switch (kind) {
            case AUDIO -> TrackId.of(id);
            case ARTWORK -> ReleaseId.of(id);
        }
    }

    public static AssetSubject audioOf(TrackId track) {
        return new AssetSubject(MediaKind.AUDIO, track.value());
    }

    public static AssetSubject artworkOf(ReleaseId release) {
        return new AssetSubject(MediaKind.ARTWORK, release.value());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + id;
    }
}
