package io.soundport.application.analytics;

import io.soundport.application.shared.BoundedCache;
import io.soundport.domain.analytics.RecordedFacts;
import io.soundport.domain.analytics.StreamFact;
import io.soundport.domain.analytics.StreamFacts;
import io.soundport.domain.catalog.Isrc;
import io.soundport.domain.catalog.Track;
import io.soundport.domain.catalog.TrackFilter;
import io.soundport.domain.catalog.TrackId;
import io.soundport.domain.catalog.Tracks;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.identity.OrganizationId;
import io.soundport.domain.identity.Permission;
import io.soundport.domain.port.Clock;
import io.soundport.domain.shared.PageRequest;
import io.soundport.domain.shared.Validation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts stream events: each names a track of the caller's catalog (by id, or by ISRC: the first track the catalog lists with it, when several share it),
 * happened no later than a few minutes from now, and is counted once by its event id. The whole batch is checked
 * before anything is counted. Tracks found are remembered for a minute, so a steady stream of batches about the same
 * tracks does not read the catalog each time; a track deleted meanwhile may still be counted for that minute.
 */
public final class StreamIngestion {
    /** How far ahead of this server's clock an event may be (the sender's clock may run ahead). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 100_000;

    private final StreamFacts facts;
    private final Tracks tracks;
    private final Clock clock;
    private final BoundedCache<TrackKey, TrackId> knownTracks;
    private final BoundedCache<IsrcKey, TrackId> isrcs;

    private record TrackKey(OrganizationId organizationId, TrackId trackId) {
    }

    private record IsrcKey(OrganizationId organizationId, Isrc isrc) {
    }

    public StreamIngestion(StreamFacts facts, Tracks tracks, Clock clock) {
        this.facts = facts;
        this.tracks = tracks;
        this.clock = clock;
        this.knownTracks = new BoundedCache<>(REMEMBERED, MAX_REMEMBERED, clock);
        this.isrcs = new BoundedCache<>(REMEMBERED, MAX_REMEMBERED, clock);
    }

    public RecordedStreams record(Caller caller, RecordStreamsCommand command) {
        caller.require(Permission.WRITE);
        OrganizationId org = caller.organizationId();
        Instant now = clock.now();
        Instant latest = now.plus(CLOCK_SKEW);
        Validation v = new Validation();
        Map<TrackId, Boolean> found = new HashMap<>();
        Map<Isrc, Optional<TrackId>> byIsrc = new HashMap<>();
        List<StreamFact> batch = new ArrayList<>(command.events().size());
        for (int i = 0; i < command.events().size(); i++) {
            RequestedStream event = command.events().get(i);
            String at = "events[" + i + "]";
            TrackId track;
            if (event.trackId() != null) {
                track = found.computeIfAbsent(event.trackId(), id -> exists(org, id)) ? event.trackId() : null;
                v.require(track != null, at + ".trackId", "is not a track of this organization's catalog");
            } else {
                track = byIsrc.computeIfAbsent(event.isrc(), isrc -> trackOf(org, isrc)).orElse(null);
                v.require(track != null, at + ".isrc", "no track of this organization's catalog has this ISRC");
            }
            v.require(!event.occurredAt().isAfter(latest), at + ".occurredAt", "must not be in the future");
            if (track != null) {
                batch.add(new StreamFact(event.key(), track, event.store(), event.country(), event.occurredAt(),
                        event.count(), event.revenue()));
            }
        }
        v.throwIfInvalid();
        RecordedFacts recorded = facts.record(org, batch, now);
        return new RecordedStreams(batch.size(), recorded.recorded(), recorded.duplicates());
    }

    private boolean exists(OrganizationId org, TrackId id) {
        TrackKey key = new TrackKey(org, id);
        if (knownTracks.peek(key).isPresent()) {
            return true;
        }
        Optional<Track> track = tracks.find(org, id);
        track.ifPresent(t -> knownTracks.get(key, k -> Optional.of(t.id())));
        return track.isPresent();
    }

    private Optional<TrackId> trackOf(OrganizationId org, Isrc isrc) {
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
