package io.soundport.application.analytics;

import io.soundport.application.shared.BoundedCache;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.PageRequest;

import java.time.Duration;
import java.util.Optional;

/**
 * The tracks stream events and report rows name, found in the organization's catalog: by id, or by ISRC (the first
 * track the catalog lists with it, when several share it). Tracks found are remembered for a minute, so a steady
 * stream of batches about the same tracks does not read the catalog each time; a track deleted meanwhile may still
 * be counted for that minute. Tracks not found are not remembered: one added a moment later is found.
 */
final class CatalogTracks {
    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 100_000;

    private final Tracks tracks;
    private final BoundedCache<TrackKey, TrackId> known;
    private final BoundedCache<IsrcKey, TrackId> isrcs;

    private record TrackKey(OrganizationId organizationId, TrackId trackId) {
    }

    private record IsrcKey(OrganizationId organizationId, Isrc isrc) {
    }

    CatalogTracks(Tracks tracks, Clock clock) {
        this.tracks = tracks;
        this.known = new BoundedCache<>(REMEMBERED, MAX_REMEMBERED, clock);
        this.isrcs = new BoundedCache<>(REMEMBERED, MAX_REMEMBERED, clock);
    }

    /** Whether the organization's catalog has the track. */
    boolean has(OrganizationId org, TrackId id) {
        TrackKey key = new TrackKey(org, id);
        if (known.peek(key).isPresent()) {
            return true;
        }
        Optional<Track> track = tracks.find(org, id);
        track.ifPresent(t -> known.get(key, k -> Optional.of(t.id())));
        return track.isPresent();
    }

    /** The organization's track with this ISRC. */
    Optional<TrackId> withIsrc(OrganizationId org, Isrc isrc) {
        IsrcKey key = new IsrcKey(org, isrc);
        Optional<TrackId> held = isrcs.peek(key);
        if (held.isPresent()) {
            return held;
        }
        Optional<TrackId> track = tracks.list(org, new TrackFilter(null, null, isrc), PageRequest.first(1)).items()
                .stream().findFirst().map(Track::id);
        track.ifPresent(id -> isrcs.get(key, k -> Optional.of(id)));
        return track;
    }
}
