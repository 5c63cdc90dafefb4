package io.soundport.domain.catalog;

import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.shared.DomainException;
import io.soundport.domain.shared.Validation;
import io.soundport.domain.shared.event.EventMeta;

import java.time.Instant;
import java.util.Objects;

/**
 * A recording in the catalog, on a release ({@code releaseId} and {@code position} set) or on its own.
 * Duration in milliseconds, between 1 second and 24 hours.
 */
public record Track(TrackId id, OrganizationId organizationId, ReleaseId releaseId, ArtistId artistId, String title,
                    Isrc isrc, long durationMs, boolean explicit, Integer position, Instant createdAt,
                    Instant updatedAt, long version) {
    public static final long MAX_DURATION_MS = 24L * 60 * 60 * 1000;

    public Track {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        title = Validation.requireText(title, "title", 300);
        checkDuration(durationMs);
        if (position != null) {
            checkPosition(position);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static long checkDuration(long durationMs) {
        if (durationMs < 1_000 || durationMs > MAX_DURATION_MS) {
            throw DomainException.invalid("durationMs", "must be between 1000 (1 s) and " + MAX_DURATION_MS + " (24 h)");
        }
        return durationMs;
    }

    public static int checkPosition(int position) {
        if (position < 1 || position > 999) {
            throw DomainException.invalid("position", "must be between 1 and 999");
        }
        return position;
    }

    public Track edit(String newTitle, Isrc newIsrc, long newDurationMs, boolean newExplicit, Integer newPosition,
                      ReleaseId newReleaseId, ArtistId newArtistId, Instant now) {
        return new Track(id, organizationId, newReleaseId, newArtistId, newTitle, newIsrc, newDurationMs, newExplicit,
                newPosition, createdAt, now, version);
    }

    /** Raises {@code track.created} about this track, as added. */
    public TrackEvent.TrackCreated created(EventMeta meta) {
        return new TrackEvent.TrackCreated(meta, this);
    }

    /** Raises {@code track.updated} about this track, as stored after the change. */
    public TrackEvent.TrackUpdated updated(EventMeta meta) {
        return new TrackEvent.TrackUpdated(meta, this);
    }

    /** Raises {@code track.deleted} about this track, as it was. */
    public TrackEvent.TrackDeleted deleted(EventMeta meta) {
        return new TrackEvent.TrackDeleted(meta, this);
    }
}
